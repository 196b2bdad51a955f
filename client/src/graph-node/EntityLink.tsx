import { Link } from "react-router";
import { type FragmentType, getFragmentData } from "../__generated__";
import { EntityLink_NodeFragmentDoc } from "../__generated__/graphql";
import { LabelBadge } from "./LabelBadge";
import { entityPath } from "./entity-ref";

/** A link to a node's page, with its label (and kind) as a badge unless `bare`. */
export function EntityLink(props: { node: FragmentType<typeof EntityLink_NodeFragmentDoc>; bare?: boolean }) {
  const node = getFragmentData(EntityLink_NodeFragmentDoc, props.node);
  return (
    <span className="entity-link">
      <Link to={entityPath(node.ref)}>{node.name}</Link>
      {props.bare ? null : <LabelBadge label={node.label} kind={node.kind} />}
    </span>
  );
}
