import { useTranslation } from "react-i18next";
import { type FragmentType, getFragmentData } from "../__generated__";
import { Evidence_EdgeFragmentDoc } from "../__generated__/graphql";

type EvidenceRef = FragmentType<typeof Evidence_EdgeFragmentDoc>;

/** Evidence printed in full: the source and the quote (or the note, marked unverified with its reason). */
export function PrintedEvidence(props: { edges: EvidenceRef[] }) {
  const { t } = useTranslation();
  const edges = props.edges.map((edge) => getFragmentData(Evidence_EdgeFragmentDoc, edge));
  if (edges.length === 0 || edges.some((edge) => !edge.source || !edge.quote))
    return <span className="missing-evidence">{t("yearlyReview.missingEvidence")}</span>;
  return (
    <ul className="printed-evidence">
      {edges.map((edge) => (
        <li key={edge.id}>
          <cite>{edge.source}</cite>
          {edge.confidence === "unverified" &&
            ` (${t("evidence.unverified")}${edge.reason ? ` : ${edge.reason}` : ""})`}{" "}
          <q lang="fr">{edge.quote}</q>
        </li>
      ))}
    </ul>
  );
}
