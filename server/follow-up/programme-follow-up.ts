// Reads a programme's follow-up: its axes' actions and indicators for a year against the results
// recorded, the same measure the year before, and the deliverables it owes with their status. Runs in
// a read query, or inside an edit's transaction to answer with the line it changed.
import type { Node, Record as Neo4jRecord, Relationship } from "neo4j-driver";
import neo4j from "neo4j-driver";
import { RefIndex, toGraphNode } from "../../graph/graph-values.js";
import { toNumber, toPlain } from "../../graph/property-values.js";
import type { ResolversParentTypes } from "../__generated__/resolvers-types.js";
import type { IndicatorBound, IndicatorKind, IndicatorMeasure } from "../__generated__/resolvers-types.js";
import { groupIntoAxes, type IndicatorProgress } from "./follow-up-axes.js";
import { achievedValue, addDays, deliverableStatus, progressRatio, progressState, resultDay } from "./progress.js";

/** The follow-up without its funding (./funding-received.ts adds it). */
export type ProgrammeFollowUp = Omit<ResolversParentTypes["ProgrammeFollowUp"], "funding">;
export type { IndicatorProgress };
export type DeliverableFollowUp = ResolversParentTypes["DeliverableFollowUp"];

/** Runs one Cypher statement and gives its records: a read query, or a statement of an open transaction. */
export type RunCypher = (cypher: string, parameters: Record<string, unknown>) => Promise<Neo4jRecord[]>;

/** A Date (or any stored value) as an ISO string, or null. */
function isoText(value: unknown): string | null {
  return value === null || value === undefined ? null : String(toPlain(value));
}

/** The axes (or the programme itself) of a programme. */
const axisOfProgramme = "(axis.id = $programme OR EXISTS { (axis)-[:PART_OF]->(:Programme {id: $programme}) })";

/**
 * The indicators `where` selects (on `i`), set on an action or on a programme or axis, with the axis
 * they fall under (`axisWhere` selects it), their results and the previous year's measure.
 */
const indicatorsCypher = (where: string, axisWhere: string) => `
  MATCH (owner)-[h:HAS_INDICATOR]->(i:Indicator)
  WHERE (owner:Programme OR owner:Action) AND ${where}
  OPTIONAL MATCH (actionAxis:Programme)-[:HAS_ACTION]->(owner)
  WITH owner, h, i, coalesce(actionAxis, owner) AS axis
  WHERE ${axisWhere}
  CALL (i) {
    OPTIONAL MATCH (i)-[hr:HAS_RESULT]->(r:IndicatorResult)
    RETURN collect([r, hr]) AS results
  }
  CALL (i) {
    OPTIONAL MATCH (previousOwner)-[ph:HAS_INDICATOR]->(previous:Indicator)
    WHERE i.series IS NOT NULL AND previous.series = i.series AND previous.year = i.year - 1
    RETURN previousOwner, ph, previous ORDER BY previous.kind, previous.id LIMIT 1
  }
  RETURN axis, owner, h, i, results, previousOwner, ph, previous
  ORDER BY axis.number IS NULL, axis.number, i.name`;

/** The actions of a programme's axes, with the HAS_ACTION relationship that states each. */
const actionsCypher = `
  MATCH (axis:Programme)-[ha:HAS_ACTION]->(a:Action)
  WHERE ${axisOfProgramme}
  RETURN axis, ha, a
  ORDER BY axis.number, a.number`;

/** One indicator's follow-up line from a record of indicatorsCypher. */
function toIndicatorProgress(record: Neo4jRecord, refs: RefIndex): IndicatorProgress {
  const ownerNode = record.get("owner") as Node;
  const [owner, indicator] = refs.add([ownerNode, record.get("i") as Node]);
  const props = (record.get("i") as Node).properties as Record<string, unknown>;
  const results = (record.get("results") as Array<[Node | null, Relationship | null]>)
    .filter((pair): pair is [Node, Relationship] => pair[0] !== null)
    .map(([result, relationship]) => {
      refs.add([result]);
      const values = result.properties as Record<string, unknown>;
      return {
        id: String(values.id),
        value: toNumber(values.value) ?? 0,
        date: isoText(values.date),
        periodStart: isoText(values.periodStart),
        periodEnd: isoText(values.periodEnd),
        evidence: refs.edge(relationship),
      };
    })
    .sort((a, b) => (resultDay(a) ?? "").localeCompare(resultDay(b) ?? ""));
  const measure = (props.measure as IndicatorMeasure | undefined) ?? "COUNT";
  const bound = (props.bound as IndicatorBound | undefined) ?? null;
  const target = toNumber(props.value) ?? 0;
  const achieved = achievedValue(
    measure,
    results.map((result) => ({ value: result.value, on: resultDay(result) })),
  );
  const previousNode = record.get("previous") as Node | null;
  let previous: IndicatorProgress["previous"] = null;
  if (previousNode) {
    const [, previousIndicator] = refs.add([record.get("previousOwner") as Node, previousNode]);
    const previousProps = previousNode.properties as Record<string, unknown>;
    previous = {
      indicator: previousIndicator!,
      value: toNumber(previousProps.value) ?? 0,
      unit: typeof previousProps.unit === "string" ? previousProps.unit : null,
      year: toNumber(previousProps.year) ?? 0,
      kind: previousProps.kind as IndicatorKind,
      evidence: refs.edge(record.get("ph") as Relationship),
    };
  }
  return {
    indicator: indicator!,
    series: typeof props.series === "string" ? props.series : null,
    measure,
    target,
    unit: typeof props.unit === "string" ? props.unit : null,
    bound,
    results,
    achieved,
    ratio: progressRatio(achieved, target),
    state: progressState(achieved, target, bound),
    previous,
    evidence: refs.edge(record.get("h") as Relationship),
    action: ownerNode.labels.includes("Action") ? owner! : null,
  };
}

/** The deliverables of a programme and its axes (or one deliverable, or those due before a day). */
const deliverablesCypher = `
  MATCH (owner:Programme)-[o:OWES]->(d:Deliverable)
  WHERE ($programme IS NULL OR owner.id = $programme OR EXISTS { (owner)-[:PART_OF]->(:Programme {id: $programme}) })
    AND ($deliverable IS NULL OR d.id = $deliverable)
    AND ($dueBy IS NULL OR (d.receivedOn IS NULL AND d.deadline <= $dueBy))
  OPTIONAL MATCH (d)-[f:FULFILLED_BY]->(document:Document)
  OPTIONAL MATCH (owner)-[:PART_OF]->(parent:Programme)
  RETURN owner, o, d, f, document, coalesce(parent, owner) AS programme
  ORDER BY d.deadline IS NULL, d.deadline, d.name`;

function toDeliverableFollowUp(record: Neo4jRecord, today: string): DeliverableFollowUp {
  const refs = new RefIndex();
  const [owner, deliverable, programme] = refs.add([
    record.get("owner") as Node,
    record.get("d") as Node,
    record.get("programme") as Node,
  ]);
  const props = (record.get("d") as Node).properties as Record<string, unknown>;
  const documentNode = record.get("document") as Node | null;
  const [document] = documentNode ? refs.add([documentNode]) : [null];
  const deadline = isoText(props.deadline);
  const receivedOn = isoText(props.receivedOn);
  const fulfilment = record.get("f") as Relationship | null;
  return {
    deliverable: deliverable!,
    owedBy: owner!,
    programme: programme!,
    deadline,
    deadlineBasis: typeof props.deadlineBasis === "string" ? props.deadlineBasis : null,
    status: deliverableStatus(receivedOn, deadline, today),
    receivedOn,
    document: document ?? null,
    evidence: refs.edge(record.get("o") as Relationship),
    fulfilment: fulfilment ? refs.edge(fulfilment) : null,
  };
}

/** A programme's follow-up for a year (the programme's own by default); null for an unknown programme. */
export async function programmeFollowUp(
  run: RunCypher,
  programmeId: string,
  year: number | null,
  today: string,
): Promise<ProgrammeFollowUp | null> {
  const [found] = await run("MATCH (p:Programme {id: $id}) RETURN p", { id: programmeId });
  if (!found) return null;
  const programmeNode = found.get("p") as Node;
  const programme = toGraphNode(programmeNode);
  const followedYear = year ?? programme.year ?? Number(today.slice(0, 4));
  const [records, actionRecords, owed] = await Promise.all([
    run(indicatorsCypher("i.year = $year", axisOfProgramme), { programme: programmeId, year: neo4j.int(followedYear) }),
    run(actionsCypher, { programme: programmeId }),
    deliverables(run, { programme: programmeId }, today),
  ]);
  const refs = new RefIndex();
  const axisOf = (record: Neo4jRecord) => {
    const node = record.get("axis") as Node;
    return { axis: refs.add([node])[0]!, number: toNumber(node.properties.number) };
  };
  const actions = actionRecords.map((record) => {
    const actionNode = record.get("a") as Node;
    const [, action] = refs.add([record.get("axis") as Node, actionNode]);
    return {
      ...axisOf(record),
      action: {
        action: action!,
        number: toNumber(actionNode.properties.number) ?? 0,
        evidence: refs.edge(record.get("ha") as Relationship),
        indicators: [],
      },
    };
  });
  const indicators = records.map((record) => ({ ...axisOf(record), line: toIndicatorProgress(record, refs) }));
  return {
    programme,
    year: followedYear,
    axes: groupIntoAxes(actions, indicators),
    deliverables: owed,
  };
}

/** One indicator's follow-up line, or null when it is not an indicator of the graph. */
export async function indicatorProgress(run: RunCypher, indicatorId: string): Promise<IndicatorProgress | null> {
  const records = await run(indicatorsCypher("i.id = $indicator", "true"), { indicator: indicatorId });
  return records[0] ? toIndicatorProgress(records[0], new RefIndex()) : null;
}

/** Deliverables with their status: of a programme, one of them, or those not received by a day. */
export async function deliverables(
  run: RunCypher,
  filter: { programme?: string; deliverable?: string; dueBy?: string },
  today: string,
): Promise<DeliverableFollowUp[]> {
  const records = await run(deliverablesCypher, {
    programme: filter.programme ?? null,
    deliverable: filter.deliverable ?? null,
    dueBy: filter.dueBy ? new neo4j.types.Date(...isoParts(filter.dueBy)) : null,
  });
  return records.map((record) => toDeliverableFollowUp(record, today));
}

/** Deliverables not received whose deadline is within `days` days of today, or past. */
export function deliverablesDueSoon(run: RunCypher, days: number, today: string): Promise<DeliverableFollowUp[]> {
  return deliverables(run, { dueBy: addDays(today, days) }, today);
}

function isoParts(day: string): [number, number, number] {
  const [year, month, date] = day.split("-").map(Number);
  return [year!, month!, date!];
}
