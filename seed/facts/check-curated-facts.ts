// Checks the curated fact files: quotes found verbatim in their source, references resolved,
// identities unique, relationship endpoints and required properties as the vocabulary says.
// Run: npx tsx seed/facts/check-curated-facts.ts (its unit test runs it on every `npm test`).

import { fileURLToPath } from "node:url";
import { factId, type Label, type RelationshipFact } from "../../graph/fact-model.js";
import { parseNodeRef } from "../../graph/node-ref.js";
import { communeRecords } from "../../graph/communes/reference-data.js";
import { foldWhiteSpace } from "../quote-check.js";
import { readSeedDocuments } from "../seed-documents.js";
import { slugId } from "../../graph/slug.js";
import { loadCuratedFacts, type CuratedFacts, type FactOrigin } from "./read-curated-facts.js";

/** Nodes created by other extractors that curated facts may reference without defining. */
const externalRefs = new Set(["Territory:242500361", "Document:gbm-2024-00098"]);

/** Endpoint labels and required properties of each relationship type. */
const relationshipRules: Record<string, { from: Label[]; to: Label[]; required?: string[] }> = {
  BUREAU_MEMBER_OF: { from: ["Organization"], to: ["Organization"], required: ["role"] },
  MEMBER_OF: { from: ["Organization"], to: ["Organization"] },
  PARTNER_OF: { from: ["Organization"], to: ["Organization"], required: ["context"] },
  PART_OF: { from: ["Organization", "Programme", "Event"], to: ["Organization", "Programme"] },
  LOCATED_IN: { from: ["Organization"], to: ["Commune"], required: ["role"] },
  PARTICIPATED_IN: { from: ["Organization", "Person"], to: ["Event"], required: ["role", "year"] },
  ORGANIZES: { from: ["Organization"], to: ["Event"], required: ["role"] },
  HELD_IN: { from: ["Event"], to: ["Commune", "Territory", "Place"] },
  TARGETS: { from: ["Event", "Programme"], to: ["Market"] },
  ACTIVE_IN: { from: ["Organization"], to: ["Market"] },
  FUNDS: {
    from: ["Organization"],
    to: ["Programme", "Organization", "Project"],
    required: ["amount", "currency", "year"],
  },
  RUNS: { from: ["Organization"], to: ["Programme"] },
  TAKES_PART_IN: { from: ["Organization"], to: ["Programme", "Project"], required: ["role"] },
  HOLDS_ROLE: { from: ["Person"], to: ["Organization", "Commune"], required: ["title"] },
  PROSPECTS: { from: ["Organization"], to: ["Commune"], required: ["context", "year"] },
  HAS_INDICATOR: { from: ["Programme", "Action"], to: ["Indicator"] },
  HAS_ACTION: { from: ["Programme"], to: ["Action"] },
  OWES: { from: ["Programme"], to: ["Deliverable"] },
  ABOUT: { from: ["Deliverable"], to: ["Event"] },
  HAS_BUDGET_LINE: { from: ["Programme"], to: ["BudgetLine"] },
  PARTY_TO: { from: ["Organization"], to: ["Convention"], required: ["role", "representative"] },
  HAS_CLAUSE: { from: ["Convention", "Programme"], to: ["Clause"] },
  SUPPORTS: { from: ["Convention"], to: ["Programme"] },
  CHARGED_TO: { from: ["Convention"], to: ["Programme"], required: ["amount", "currency", "year"] },
  AUTHORISES: { from: ["Document"], to: ["Convention"] },
  EDITION_OF: { from: ["Event"], to: ["EventSeries"] },
};

/** Allowed values of enumerated node properties, per label. */
const nodeEnums: Partial<Record<Label, Record<string, Array<string | null>>>> = {
  Organization: { kind: ["COMPANY", "CLUSTER", "SCHOOL", "RESEARCH", "PUBLIC_BODY", "ASSOCIATION", "OTHER"] },
  Territory: { kind: ["EPCI", "DEPARTMENT", "REGION"] },
  Indicator: { kind: ["TARGET", "RESULT"], bound: ["MIN", "APPROX", "EXACT"], measure: ["COUNT", "STOCK", "SHARE"] },
  BudgetLine: { side: ["EXPENSE", "REVENUE"], sector: ["PRIVATE", "PUBLIC", null] },
  Clause: { kind: ["OBLIGATION", "CONDITION", "PAYMENT", "CEILING", "EXCLUSION", "DURATION"] },
};

/** Properties every node of a label must have, with their type. */
const nodeRequired: Partial<Record<Label, Record<string, "string" | "number">>> = {
  Organization: { name: "string", kind: "string" },
  Person: { name: "string" },
  Commune: { name: "string" },
  Territory: { name: "string", kind: "string" },
  Event: { name: "string", kind: "string", year: "number" },
  Market: { name: "string" },
  Programme: { name: "string", kind: "string" },
  Project: { name: "string" },
  Indicator: { name: "string", value: "number", unit: "string", year: "number", kind: "string" },
  Action: { name: "string", number: "number" },
  Deliverable: { name: "string", description: "string" },
  BudgetLine: { name: "string", amount: "number", currency: "string", year: "number", side: "string" },
  Convention: { name: "string", amount: "number", currency: "string", year: "number" },
  Clause: { name: "string", kind: "string" },
  EventSeries: { name: "string" },
  Place: { name: "string", country: "string" },
};

/** INSEE codes of the current communes. */
function inseeCodes(): Set<string> {
  return new Set(
    communeRecords()
      .filter((commune) => commune.type === "commune-actuelle")
      .map((commune) => commune.code),
  );
}

/** Slugs of the councillors named in a council deliberation ("M. Nicolas BODIN" → nicolas-bodin). */
function councillorSlugs(text: string): Set<string> {
  const names = text.matchAll(/\b(?:M\.|Mme)\s+((?:\p{Lu}[\p{L}'-]*\s+)+?\p{Lu}[\p{Lu}'-]+)\b/gu);
  return new Set([...names].map((m) => slugId(m[1]!)));
}

/** Checks a set of curated facts; returns the problems found (empty when all is well) and warnings. */
export function checkFacts(facts: CuratedFacts): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  const at = (o: FactOrigin | undefined, what: string) => `${o?.file}#${o?.index} ${what}`;

  const sourceTexts = new Map([...readSeedDocuments()].map(([id, text]) => [id, foldWhiteSpace(text)]));
  const councillors = new Set([...sourceTexts.values()].flatMap((t) => [...councillorSlugs(t)]));
  const communes = inseeCodes();

  const defined = new Map<string, Record<string, unknown>>();
  facts.nodes.forEach((node, i) => {
    const ref = `${node.label}:${node.key}`;
    const where = at(facts.nodeOrigins[i], ref);
    if (defined.has(ref)) errors.push(`${where}: node defined twice`);
    defined.set(ref, node.properties);
    if (!node.key || node.key !== node.key.trim()) errors.push(`${where}: empty or padded key`);
    for (const [name, value] of Object.entries(node.properties)) {
      const values = Array.isArray(value) ? value : [value];
      if (values.some((v) => v !== null && !["string", "number", "boolean"].includes(typeof v))) {
        errors.push(`${where}: property ${name} is not a scalar or a list of scalars`);
      }
    }
    for (const [name, type] of Object.entries(nodeRequired[node.label] ?? {})) {
      if (typeof node.properties[name] !== type) errors.push(`${where}: ${name} must be a ${type}`);
    }
    for (const [name, allowed] of Object.entries(nodeEnums[node.label] ?? {})) {
      const value = node.properties[name] ?? null;
      if (name in node.properties || !allowed.includes(null)) {
        if (!allowed.includes(value as string | null))
          errors.push(`${where}: ${name}=${JSON.stringify(value)} not in ${allowed.join("|")}`);
      }
    }
  });

  const resolves = (ref: string): boolean => {
    if (defined.has(ref) || externalRefs.has(ref)) return true;
    const { label, key } = parseNodeRef(ref);
    if (label === "Commune") return communes.has(key);
    if (label === "Person") return councillors.has(key);
    return false;
  };

  const identities = new Set<string>();
  const used = new Set<string>();
  facts.relationships.forEach((rel: RelationshipFact, i) => {
    const id = factId(rel);
    const where = at(facts.relationshipOrigins[i], id);
    if (identities.has(id)) errors.push(`${where}: relationship identity repeated (add a distinct key)`);
    identities.add(id);
    for (const ref of [rel.from, rel.to]) {
      used.add(ref);
      try {
        if (!resolves(ref))
          errors.push(`${where}: ${ref} is not defined (nor an INSEE commune, a councillor or an external node)`);
      } catch (e) {
        errors.push(`${where}: ${(e as Error).message}`);
      }
    }
    const rule = relationshipRules[rel.type];
    if (!rule) {
      errors.push(`${where}: unknown relationship type ${rel.type}`);
    } else {
      const fromLabel = rel.from.split(":")[0] as Label;
      const toLabel = rel.to.split(":")[0] as Label;
      if (!rule.from.includes(fromLabel) || !rule.to.includes(toLabel)) {
        errors.push(
          `${where}: ${rel.type} goes ${rule.from.join("|")} → ${rule.to.join("|")}, not ${fromLabel} → ${toLabel}`,
        );
      }
      for (const name of rule.required ?? []) {
        if (rel.properties[name] === undefined) errors.push(`${where}: missing properties.${name}`);
      }
    }
    if (rel.type === "FUNDS" && rel.properties.currency !== "EUR") errors.push(`${where}: FUNDS currency must be EUR`);
    const text = sourceTexts.get(rel.source);
    if (text === undefined) errors.push(`${where}: unknown source ${rel.source}`);
    else if (typeof rel.quote !== "string" || !rel.quote.trim()) errors.push(`${where}: missing quote`);
    else if (!text.includes(foldWhiteSpace(rel.quote)))
      errors.push(`${where}: quote not found in ${rel.source}: «${rel.quote}»`);
    if (rel.confidence !== "stated" && rel.confidence !== "unverified")
      errors.push(`${where}: confidence ${String(rel.confidence)}`);
    if (rel.confidence === "unverified" && !rel.reason) errors.push(`${where}: unverified fact without a reason`);
  });

  for (const ref of defined.keys()) if (!used.has(ref)) warnings.push(`${ref}: defined but in no relationship`);
  return { errors, warnings };
}

/** Counts items by a name. */
function countBy<T>(items: T[], name: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[name(item)] = (counts[name(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const facts = loadCuratedFacts();
  const { errors, warnings } = checkFacts(facts);
  console.log(`${facts.nodes.length} nodes, ${facts.relationships.length} relationships`);
  console.log(
    "nodes by label:",
    countBy(facts.nodes, (n) => n.label),
  );
  console.log(
    "relationships by type:",
    countBy(facts.relationships, (r) => r.type),
  );
  console.log("unverified:", facts.relationships.filter((r) => r.confidence === "unverified").map(factId));
  for (const w of warnings) console.warn(`warning: ${w}`);
  for (const e of errors) console.error(`error: ${e}`);
  console.log(errors.length ? `${errors.length} error(s)` : "all facts check out");
  process.exitCode = errors.length ? 1 : 0;
}
