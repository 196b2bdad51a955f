// The facts a person adds from an organisation's page: which nodes each kind of relationship goes
// to, which details it takes, and the mutation's input built from the form's text.
import { relationshipDetails, type RelationshipDetail } from "../../../graph/relationship-details";
import type { EditableRelationship, EntityLabel, RelationshipInput } from "../__generated__/graphql";
import { parseDecimal } from "./form-numbers";

/** A detail a fact may carry beyond its evidence. */
export type FactDetail = RelationshipDetail;

/** What each kind of fact goes to and which details it takes (FUNDS needs an amount). */
export const factKinds: Record<
  EditableRelationship,
  { targets: EntityLabel[]; details: FactDetail[]; required: FactDetail[] }
> = {
  PARTICIPATED_IN: { targets: ["Event"], details: [...relationshipDetails.PARTICIPATED_IN], required: [] },
  MEMBER_OF: { targets: ["Organization"], details: [...relationshipDetails.MEMBER_OF], required: [] },
  PARTNER_OF: { targets: ["Organization"], details: [...relationshipDetails.PARTNER_OF], required: [] },
  FUNDS: {
    targets: ["Programme", "Organization", "Project"],
    details: [...relationshipDetails.FUNDS],
    required: ["amount"],
  },
  LOCATED_IN: { targets: ["Commune"], details: [...relationshipDetails.LOCATED_IN], required: [] },
};

/** The kinds in the order the form offers them. */
export const factKindOrder: EditableRelationship[] = [
  "PARTICIPATED_IN",
  "MEMBER_OF",
  "PARTNER_OF",
  "FUNDS",
  "LOCATED_IN",
];

/** The form's fields as typed (text), and the choices made. */
export interface FactFormValues {
  type: EditableRelationship;
  /** The `ref` of the other end, once picked. */
  to: string | null;
  role: string;
  year: string;
  amount: string;
  context: string;
  source: string;
  quote: string;
  /** Null until the person chooses: there is no default. */
  confidence: "stated" | "unverified" | null;
  reason: string;
}

/** The fields of the fact form that errors can be shown at. */
export const factFormFields = [
  "type",
  "to",
  "role",
  "year",
  "amount",
  "context",
  "evidence.source",
  "evidence.quote",
  "evidence.confidence",
  "evidence.reason",
  "why",
] as const;

/** What is wrong before sending, by field: a message key of `editing.problems`. */
export type LocalProblems = Partial<
  Record<(typeof factFormFields)[number], "pickOther" | "chooseConfidence" | "wholeYear" | "number">
>;

/**
 * The mutation's input from the form, with only the details the kind takes; or the problems that
 * keep it from being sent (the other end not picked, the confidence not chosen, a number that is
 * not one). Empty quotes and missing reasons are the server's to refuse, at their field.
 */
export function relationshipInput(
  from: string,
  values: FactFormValues,
): { input: RelationshipInput | null; problems: LocalProblems } {
  const problems: LocalProblems = {};
  const kind = factKinds[values.type];
  if (!values.to) problems.to = "pickOther";
  if (!values.confidence) problems["evidence.confidence"] = "chooseConfidence";
  const takes = (detail: FactDetail) => kind.details.includes(detail);
  let year: number | undefined;
  if (takes("year") && values.year.trim() !== "") {
    year = Number(values.year.trim());
    if (!Number.isInteger(year)) problems.year = "wholeYear";
  }
  let amount: number | undefined;
  if (takes("amount") && values.amount.trim() !== "") {
    amount = parseDecimal(values.amount) ?? undefined;
    if (amount === undefined) problems.amount = "number";
  }
  if (Object.keys(problems).length > 0) return { input: null, problems };
  const text = (value: string) => (value.trim() === "" ? undefined : value.trim());
  const input: RelationshipInput = {
    type: values.type,
    from,
    to: values.to!,
    evidence: {
      quote: values.quote,
      confidence: values.confidence!,
      ...(text(values.source) ? { source: text(values.source) } : {}),
      ...(values.confidence === "unverified" && text(values.reason) ? { reason: text(values.reason) } : {}),
    },
  };
  if (takes("role") && text(values.role)) input.role = text(values.role);
  if (takes("context") && text(values.context)) input.context = text(values.context);
  if (year !== undefined) input.year = year;
  if (amount !== undefined) input.amount = amount;
  return { input, problems };
}
