// The follow-up's edits: a result recorded against an indicator, a deliverable marked received.
// Each runs in the caller's write transaction with its audit entry (server/editing/audit-trail.ts),
// and is undone by revertChange (./follow-up-reverts.ts).
import { randomUUID } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import { nodeProperties, toPlain } from "../../graph/property-values.js";
import { quoteFoundIn } from "../../graph/quote-text.js";
import { parseNodeRef } from "../../graph/node-ref.js";
import { recordChange } from "../editing/audit-trail.js";
import { FieldChecks } from "../editing/edit-errors.js";
import type { DeliverableReceiptInput, IndicatorResultInput } from "../__generated__/resolvers-types.js";
import { deliverables, indicatorProgress, type RunCypher } from "./programme-follow-up.js";

/** A result as its audit entry keeps it: enough to remove it, or to write it again. */
export interface ResultSnapshot {
  indicator: string;
  /** Who recorded it: the result's `sources` name them (`entered by <user>`) beside its evidence's source. */
  by: string;
  result: { id: string; value: number; date: string | null; periodStart: string | null; periodEnd: string | null };
  evidence: { source: string; quote: string; confidence: string; reason: string | null };
}

/** A receipt as its audit entry keeps it. */
export interface ReceiptSnapshot {
  deliverable: string;
  document: string | null;
  receivedOn: string | null;
  evidence?: { source: string; quote: string; confidence: string };
}

/** The statements of an open transaction as RunCypher. */
export function inTransaction(tx: ManagedTransaction): RunCypher {
  return async (cypher, parameters) => (await tx.run(cypher, parameters)).records;
}

/** A Date argument (the scalar gives a Neo4j Date, a test may give a string) as an ISO date, or null. */
function isoDate(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(toPlain(value));
  return /^\d{4}-\d{2}-\d{2}$/u.test(text) ? text : null;
}

/** The key of a ref of the expected label, or null (a problem is recorded at `field`). */
function keyOf(ref: string, label: string, field: string, checks: FieldChecks): string | null {
  let parsed: ReturnType<typeof parseNodeRef> | null;
  try {
    parsed = parseNodeRef(ref);
  } catch {
    parsed = null;
  }
  checks.check(parsed?.label === label, field, `give a ${label} reference such as ${label}:<id> (got "${ref}")`, {
    code: "WRONG_LABEL",
    values: { expected: label, got: ref },
  });
  return parsed?.label === label ? parsed.key : null;
}

/** A Document id from an evidence source (`gbm-2024-00098` or `Document:gbm-2024-00098`). */
function documentId(source: string): string {
  return source.startsWith("Document:") ? source.slice("Document:".length) : source;
}

/** Writes the result and its HAS_RESULT relationship; the snapshot says what was written. */
export async function writeResult(tx: ManagedTransaction, snapshot: ResultSnapshot): Promise<boolean> {
  const written = await tx.run(
    `MATCH (i:Indicator {id: $indicator})
     CREATE (r:IndicatorResult) SET r = $result, r.year = i.year
     CREATE (i)-[h:HAS_RESULT]->(r) SET h = $evidence
     RETURN count(r) AS written`,
    {
      indicator: parseNodeRef(snapshot.indicator).key,
      result: nodeProperties("IndicatorResult", {
        ...snapshot.result,
        sources: [...new Set([snapshot.evidence.source, `entered by ${snapshot.by}`])],
      }),
      evidence: { ...snapshot.evidence },
    },
  );
  return Number(written.records[0]?.get("written") ?? 0) === 1;
}

/** Records a result against an indicator, its evidence checked: a document's passage found in its text, or an unverified note with its reason. */
export async function recordIndicatorResult(
  tx: ManagedTransaction,
  input: IndicatorResultInput,
  by: string,
  why: string,
) {
  const checks = new FieldChecks();
  const indicatorId = keyOf(input.indicator, "Indicator", "input.indicator", checks);
  const date = isoDate(input.date);
  const periodStart = isoDate(input.periodStart);
  const periodEnd = isoDate(input.periodEnd);
  const quote = input.evidence.quote.trim();
  const reason = input.evidence.reason?.trim() || null;
  checks
    .check(Number.isFinite(input.value) && input.value >= 0, "input.value", "a value of 0 or more", {
      code: "VALUE_RANGE",
    })
    .check(
      (date !== null) !== (periodStart !== null || periodEnd !== null),
      "input.date",
      "give the day of the result, or a period (its first and last days), not both",
      { code: "DATE_OR_PERIOD" },
    )
    .check(
      date !== null || (periodStart !== null && periodEnd !== null && periodStart <= periodEnd),
      "input.periodEnd",
      "a period needs its first and last days, the last not before the first",
      { code: "PERIOD_RANGE" },
    )
    .check(quote !== "", "input.evidence.quote", "give the passage that states the result, or a note", {
      code: "QUOTE_REQUIRED",
    })
    .check(
      input.evidence.confidence !== "unverified" || !!reason,
      "input.evidence.reason",
      "say why an unverified result is recorded",
      { code: "REASON_REQUIRED" },
    )
    .check(
      input.evidence.confidence !== "stated" || !!input.evidence.source?.trim(),
      "input.evidence.source",
      "a stated result quotes a document: give its id",
      { code: "DOCUMENT_REQUIRED" },
    );
  checks.throwIfAny();

  const found = await tx.run("MATCH (i:Indicator {id: $id}) RETURN i.id", { id: indicatorId });
  new FieldChecks()
    .check(found.records.length === 1, "input.indicator", `no indicator is ${input.indicator}`, {
      code: "UNKNOWN_NODE",
      values: { ref: input.indicator },
    })
    .throwIfAny();
  let source = input.evidence.source?.trim() || `entered by ${by}`;
  const touches = [input.indicator];
  if (input.evidence.confidence === "stated") {
    source = documentId(source);
    const document = await tx.run("MATCH (d:Document {id: $id}) RETURN d.text AS text", { id: source });
    const text = document.records[0]?.get("text") as unknown;
    new FieldChecks()
      .check(document.records.length === 1, "input.evidence.source", `no document has the id "${source}"`, {
        code: "UNKNOWN_DOCUMENT",
        values: { id: source },
      })
      .throwIfAny();
    new FieldChecks()
      .check(
        typeof text === "string" && quoteFoundIn(quote, text),
        "input.evidence.quote",
        `the passage is not in the text of document ${source}: quote it word for word, or record the result as unverified with a note`,
        { code: "QUOTE_NOT_IN_DOCUMENT", values: { document: source } },
      )
      .throwIfAny();
    touches.push(`Document:${source}`);
  }
  const snapshot: ResultSnapshot = {
    indicator: input.indicator,
    by,
    result: { id: randomUUID(), value: input.value, date, periodStart, periodEnd },
    evidence: { source, quote, confidence: input.evidence.confidence, reason },
  };
  await writeResult(tx, snapshot);
  const change = await recordChange(tx, {
    by,
    action: "RECORD_RESULT",
    entity: input.indicator,
    relationship: snapshot.result.id,
    why,
    after: snapshot,
    touches,
  });
  return { change, indicator: await indicatorProgress(inTransaction(tx), indicatorId!), deliverable: null };
}

/** Sets or clears a deliverable's receipt: its date and the FULFILLED_BY relationship to its document. */
export async function writeReceipt(tx: ManagedTransaction, receipt: ReceiptSnapshot): Promise<void> {
  const deliverableId = parseNodeRef(receipt.deliverable).key;
  await tx.run("MATCH (d:Deliverable {id: $id}) OPTIONAL MATCH (d)-[f:FULFILLED_BY]->() DELETE f", {
    id: deliverableId,
  });
  await tx.run("MATCH (d:Deliverable {id: $id}) SET d += $values", {
    id: deliverableId,
    values: nodeProperties("Deliverable", { receivedOn: receipt.receivedOn }),
  });
  if (receipt.document && receipt.evidence) {
    await tx.run(
      `MATCH (d:Deliverable {id: $id}), (document:Document {id: $document})
       CREATE (d)-[f:FULFILLED_BY]->(document) SET f = $evidence`,
      { id: deliverableId, document: parseNodeRef(receipt.document).key, evidence: receipt.evidence },
    );
  }
}

/** The receipt a deliverable has now (its date and document). */
export async function currentReceipt(tx: ManagedTransaction, deliverable: string): Promise<ReceiptSnapshot | null> {
  const result = await tx.run(
    `MATCH (d:Deliverable {id: $id}) OPTIONAL MATCH (d)-[f:FULFILLED_BY]->(document:Document)
     RETURN d.receivedOn AS receivedOn, document.id AS document, properties(f) AS evidence`,
    { id: parseNodeRef(deliverable).key },
  );
  const record = result.records[0];
  if (!record) return null;
  const evidence = record.get("evidence") as ReceiptSnapshot["evidence"] | null;
  const documentKey = record.get("document") as string | null;
  return {
    deliverable,
    receivedOn: isoDate(record.get("receivedOn")),
    document: documentKey ? `Document:${documentKey}` : null,
    ...(evidence ? { evidence } : {}),
  };
}

/** Marks a deliverable received on a day, fulfilled by a document of the graph. */
export async function receiveDeliverable(
  tx: ManagedTransaction,
  input: DeliverableReceiptInput,
  by: string,
  why: string,
  today: string,
) {
  const checks = new FieldChecks();
  const deliverableId = keyOf(input.deliverable, "Deliverable", "input.deliverable", checks);
  const documentKey = keyOf(input.document, "Document", "input.document", checks);
  const receivedOn = isoDate(input.receivedOn);
  checks.check(receivedOn !== null, "input.receivedOn", "give the day it was received", { code: "DATE_REQUIRED" });
  checks.throwIfAny();
  const found = await tx.run(
    "OPTIONAL MATCH (d:Deliverable {id: $deliverable}) OPTIONAL MATCH (document:Document {id: $document}) RETURN d, document.title AS title, document IS NOT NULL AS hasDocument",
    { deliverable: deliverableId, document: documentKey },
  );
  const record = found.records[0]!;
  new FieldChecks()
    .check(record.get("d") !== null, "input.deliverable", `no deliverable is ${input.deliverable}`, {
      code: "UNKNOWN_NODE",
      values: { ref: input.deliverable },
    })
    .check(record.get("hasDocument") === true, "input.document", `no document is ${input.document}`, {
      code: "UNKNOWN_DOCUMENT",
      values: { id: input.document },
    })
    .throwIfAny();
  const before = (await currentReceipt(tx, input.deliverable))!;
  new FieldChecks()
    .check(
      before.receivedOn === null,
      "input.deliverable",
      `already received on ${before.receivedOn}: revert that receipt first`,
      {
        code: "ALREADY_RECEIVED",
        values: { on: String(before.receivedOn) },
      },
    )
    .throwIfAny();
  const title = String(record.get("title") ?? documentKey);
  const after: ReceiptSnapshot = {
    deliverable: input.deliverable,
    document: input.document,
    receivedOn,
    evidence: {
      source: `entered by ${by}`,
      quote: `${title} (Document:${documentKey}), reçu le ${receivedOn}`,
      confidence: "stated",
    },
  };
  await writeReceipt(tx, after);
  const change = await recordChange(tx, {
    by,
    action: "RECEIVE_DELIVERABLE",
    entity: input.deliverable,
    why,
    before,
    after,
    touches: [input.deliverable, input.document],
  });
  const [line] = await deliverables(inTransaction(tx), { deliverable: deliverableId! }, today);
  return { change, indicator: null, deliverable: line ?? null };
}

/** Removes a recorded result (its HAS_RESULT evidence with it); the audit entry keeps it whole, so revertChange writes it again. */
export async function removeIndicatorResult(tx: ManagedTransaction, resultId: string, by: string, why: string) {
  const found = await tx.run(
    `MATCH (i:Indicator)-[h:HAS_RESULT]->(r:IndicatorResult {id: $id})
     RETURN i.id AS indicator, properties(r) AS result, properties(h) AS evidence`,
    { id: resultId },
  );
  const record = found.records[0];
  new FieldChecks()
    .check(record !== undefined, "id", `no recorded result has the id "${resultId}"`, {
      code: "UNKNOWN_RESULT",
      values: { id: resultId },
    })
    .throwIfAny();
  const result = toPlain(record!.get("result")) as Record<string, unknown>;
  const evidence = toPlain(record!.get("evidence")) as Partial<Record<string, string>>;
  const indicatorId = String(record!.get("indicator"));
  const author = (result.sources as string[] | undefined)
    ?.find((source) => source.startsWith("entered by "))
    ?.slice("entered by ".length);
  const snapshot: ResultSnapshot = {
    indicator: `Indicator:${indicatorId}`,
    by: author ?? by,
    result: {
      id: resultId,
      value: Number(result.value),
      date: isoDate(result.date),
      periodStart: isoDate(result.periodStart),
      periodEnd: isoDate(result.periodEnd),
    },
    evidence: {
      source: evidence.source ?? "",
      quote: evidence.quote ?? "",
      confidence: evidence.confidence ?? "stated",
      reason: evidence.reason ?? null,
    },
  };
  await tx.run("MATCH (r:IndicatorResult {id: $id}) DETACH DELETE r", { id: resultId });
  const documentRef =
    snapshot.evidence.confidence === "stated" ? `Document:${documentId(snapshot.evidence.source)}` : null;
  const change = await recordChange(tx, {
    by,
    action: "REMOVE_RESULT",
    entity: snapshot.indicator,
    relationship: resultId,
    why,
    before: snapshot,
    touches: [snapshot.indicator, ...(documentRef ? [documentRef] : [])],
  });
  return { change, indicator: await indicatorProgress(inTransaction(tx), indicatorId), deliverable: null };
}
