import { type FragmentType, getFragmentData } from "../__generated__";
import { SearchOption_NodeFragmentDoc } from "../__generated__/graphql";
import { LabelBadge } from "../graph-node";

/** One suggestion of the search: the node's name, then its label, kind and year. */
export function SearchOption(props: { node: FragmentType<typeof SearchOption_NodeFragmentDoc> }) {
  const node = getFragmentData(SearchOption_NodeFragmentDoc, props.node);
  return (
    <>
      <span className="option-name">{node.name}</span>
      <span className="option-meta">
        <LabelBadge label={node.label} kind={node.kind} />
        {node.year ? <span className="option-year">{node.year}</span> : null}
      </span>
    </>
  );
}
