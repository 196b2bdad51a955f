// A council deliberation → facts: the document, its councillors, who attended, who was absent, who
// voted through whom, who presided, reported, kept the minutes, and who declared an interest.
import type { FactSet, NodeFact } from "../../graph/fact-model.js";
import { communeFacts } from "../../graph/communes/gbm-territory.js";
import { checkCounts } from "./check-counts.js";
import { documentNode, questionOf } from "./document-node.js";
import type { ExtractionContext } from "./extraction-context.js";
import { addAttendanceFacts, addProxyFacts } from "./list-facts.js";
import { parseAttendance } from "./parse-attendance.js";
import { parseHeader } from "./parse-header.js";
import { parseProxies } from "./parse-proxies.js";
import { parseReport } from "./parse-report.js";
import { parseSignatures } from "./parse-signatures.js";
import { parseVote } from "./parse-vote.js";
import { PersonRegistry } from "./person-registry.js";
import { addRepresents } from "./represents.js";
import { RelationshipCollector } from "./relationship-collector.js";
import { addRoleFacts } from "./role-facts.js";

/** The facts of one deliberation, and everything the extraction noticed but could not settle. */
export interface CouncilExtraction {
  facts: FactSet;
  warnings: string[];
}

/** The GBM institution, which holds the council offices. */
function gbmNode(documentId: string): NodeFact {
  return {
    label: "Organization",
    key: "gbm",
    properties: { name: "Grand Besançon Métropole", kind: "PUBLIC_BODY" },
    sources: [documentId],
  };
}

/** Extracts the facts of a council deliberation in the GBM format from its text. */
export function extractCouncil(text: string, documentId: string): CouncilExtraction {
  const { header, warnings: headerWarnings } = parseHeader(text);
  const { report, warnings: reportWarnings } = parseReport(text);
  const { vote, warnings: voteWarnings } = parseVote(text);
  const present = parseAttendance(text, "present");
  const absent = parseAttendance(text, "absent");
  const proxies = parseProxies(text);
  const context: ExtractionContext = {
    documentId,
    document: `Document:${documentId}`,
    people: new PersonRegistry(),
    facts: new RelationshipCollector(documentId),
    listings: [],
    warnings: [
      ...headerWarnings,
      ...reportWarnings,
      ...present.warnings,
      ...absent.warnings,
      ...proxies.warnings,
      ...voteWarnings,
    ],
  };
  addAttendanceFacts(context, present.entries, absent.entries);
  addProxyFacts(context, proxies.entries);
  addRoleFacts(context, header, report, parseSignatures(text), vote);
  const { people, facts, warnings } = context;
  warnings.push(...addRepresents(context.listings, facts), ...people.warnings, ...facts.warnings);
  warnings.push(
    ...checkCounts({
      present: present.entries,
      absent: absent.entries,
      proxies: proxies.entries,
      membersInOffice: header.membersInOffice,
      question: questionOf(header, report),
      vote,
    }),
  );
  // The communes the document names; a former one brings its successor and MERGED_INTO from the reference.
  const communes = communeFacts(
    facts.targets("Commune").map((ref) => ref.slice("Commune:".length)),
    [documentId],
  );
  const nodes: NodeFact[] = [
    documentNode(documentId, header, report, vote),
    ...people.nodes(documentId),
    ...communes.nodes,
    ...(facts.targets("Organization").includes("Organization:gbm") ? [gbmNode(documentId)] : []),
  ];
  return { facts: { nodes, relationships: [...facts.relationships, ...communes.relationships] }, warnings };
}
