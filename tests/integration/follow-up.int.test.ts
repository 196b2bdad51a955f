// Following a programme: axes → actions → indicators, the 2023 results linked to the 2024 targets of
// the same measure, results recorded with a verified quote (or unverified with a reason) and read
// against the bound, deliverables received with their document (found by search), every edit audited
// and revertible.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  DeliverablesDueSoonDocument,
  HistoryDocument,
  ProgrammeFollowUpDocument,
  ReceiveDeliverableDocument,
  RecordIndicatorResultDocument,
  RemoveIndicatorResultDocument,
  RevertChangeDocument,
  SearchDocument,
} from "../../client/src/__generated__/graphql.js";
import { buildDeliverable } from "../../server/deliverables/deliverable-tables.js";
import { toXlsx } from "../../server/deliverables/deliverable-files.js";
import { addDays, isoToday } from "../../server/follow-up/progress.js";
import { aNode, aRelationship, factSet } from "../helpers/fact-builders.js";
import { TestServer } from "../helpers/test-server.js";

describe("following a programme", () => {
  let server: TestServer;
  let editor: string;
  let admin: string;
  let viewer: string;
  const id = (name: string) => `${server.source}-${name}`;
  const passage = "Le pôle a organisé 2 soirées de réseautage au premier semestre 2024";
  const text = `Rapport d'étape.\n${passage.replace("soirées de", "soirées\nde")}, avec 140 participants.`;

  beforeAll(async () => {
    server = await TestServer.start();
    [editor, admin, viewer] = await Promise.all([
      server.token("editor"),
      server.token("admin"),
      server.token("viewer"),
    ]);
    const programme = aNode("Programme", id("programme")).with({ kind: "ACTION_PROGRAMME", year: 2024 });
    const previousProgramme = aNode("Programme", id("programme-2023")).with({ kind: "ACTION_PROGRAMME", year: 2023 });
    const axis = aNode("Programme", id("axe-3")).with({ kind: "AXIS", year: 2024, number: 3 });
    const animate = aNode("Action", id("animer")).with({
      name: "Animer la communauté des adhérents industriels",
      year: 2024,
      number: 2,
    });
    const kit = aNode("Action", id("kit")).with({ name: "Mettre à jour le kit commercial", year: 2024, number: 1 });
    const evenings = aNode("Indicator", id("soirees")).with({
      name: "Soirées de réseautage",
      value: 2,
      unit: "soirées",
      year: 2024,
      kind: "TARGET",
      bound: "EXACT",
      series: id("soirees"),
      measure: "COUNT",
    });
    const eveningsBefore = aNode("Indicator", id("soirees-2023")).with({
      name: "Soirées réseautage co-organisées",
      value: 3,
      unit: "soirées",
      year: 2023,
      kind: "RESULT",
      bound: "EXACT",
      series: id("soirees"),
      measure: "COUNT",
    });
    const members = aNode("Indicator", id("adherents")).with({
      name: "Adhérents",
      value: 260,
      unit: "adhérents",
      year: 2024,
      kind: "TARGET",
      bound: "MIN",
      series: id("adherents"),
      measure: "STOCK",
    });
    // A document as an upload makes it: a title and its text, no name.
    const report = {
      build: () => ({
        label: "Document" as const,
        key: id("rapport"),
        properties: { title: "Rapport d'étape 2024", text },
        sources: [],
      }),
    };
    const soon = aNode("Deliverable", id("tableau")).with({
      name: "Tableau des rencontres",
      deadline: addDays(isoToday(), 10),
    });
    const overdue = aNode("Deliverable", id("bilan")).with({ name: "Bilan RSE", deadline: addDays(isoToday(), -5) });
    const later = aNode("Deliverable", id("rapport-final")).with({
      name: "Rapport final",
      deadline: addDays(isoToday(), 90),
    });
    await server.save(
      factSet(
        programme,
        previousProgramme,
        axis,
        animate,
        kit,
        evenings,
        eveningsBefore,
        members,
        report,
        soon,
        overdue,
        later,
        aRelationship("PART_OF", axis.ref, programme.ref),
        aRelationship("HAS_ACTION", axis.ref, animate.ref).quoting("Animer la communauté des adhérents industriels"),
        aRelationship("HAS_ACTION", axis.ref, kit.ref).quoting("Mettre à jour le kit commercial PMT"),
        aRelationship("HAS_INDICATOR", animate.ref, evenings.ref),
        aRelationship("HAS_INDICATOR", axis.ref, members.ref),
        aRelationship("HAS_INDICATOR", previousProgramme.ref, eveningsBefore.ref),
        aRelationship("OWES", axis.ref, soon.ref),
        aRelationship("OWES", axis.ref, overdue.ref),
        aRelationship("OWES", programme.ref, later.ref),
      ),
    );
  });
  afterAll(async () => {
    await server?.close();
  });

  const followUp = async () =>
    (await server.execute(ProgrammeFollowUpDocument, { ref: `Programme:${id("programme")}` })).programmeFollowUp!;
  const indicatorLine = async (key: string) =>
    (await followUp()).axes
      .flatMap((axis) => axis.indicators)
      .find((line) => line.indicator.ref === `Indicator:${key}`)!;

  it("shows each axis with its actions in order, each with its indicators, then the axis's own", async () => {
    const [axis, ...others] = (await followUp()).axes;
    expect(others).toEqual([]);
    expect(axis!.number).toBe(3);
    expect(
      axis!.actions.map((action) => [
        action.action.ref,
        action.number,
        action.evidence.quote,
        action.indicators.map((line) => line.indicator.ref),
      ]),
    ).toEqual([
      [`Action:${id("kit")}`, 1, "Mettre à jour le kit commercial PMT", []],
      [`Action:${id("animer")}`, 2, "Animer la communauté des adhérents industriels", [`Indicator:${id("soirees")}`]],
    ]);
    expect(axis!.ownIndicators.map((line) => line.indicator.ref)).toEqual([`Indicator:${id("adherents")}`]);
    expect(axis!.indicators.map((line) => [line.indicator.ref, line.action?.ref ?? null])).toEqual([
      [`Indicator:${id("adherents")}`, null],
      [`Indicator:${id("soirees")}`, `Action:${id("animer")}`],
    ]);
  });

  it("finds a document by its title and an action by its name in the search", async () => {
    const documents = (
      await server.execute(SearchDocument, { text: "rapport etape", labels: ["Document"], limit: 100 })
    ).search;
    expect(documents.hits.map((hit) => hit.node.ref)).toContain(`Document:${id("rapport")}`);
    expect(documents.hits.every((hit) => hit.node.label === "Document")).toBe(true);
    const actions = (await server.execute(SearchDocument, { text: "PMT Connect", labels: ["Action"] })).search;
    expect(actions.hits.map((hit) => hit.node.ref)).toEqual(["Action:pmt-animation-2024-axe-3-action-6"]);
  });

  it("links each 2023 result of the seed to the 2024 target that measures the same thing", async () => {
    const { records } = await server.driver.executeQuery(
      `MATCH (result:Indicator {year: 2023, kind: 'RESULT'}), (target:Indicator {year: 2024, kind: 'TARGET'})
       WHERE result.series = target.series AND result.id STARTS WITH 'pmt-animation-'
       RETURN result.id AS result, target.id AS target ORDER BY result`,
    );
    expect(records.map((record) => [record.get("result"), record.get("target")])).toEqual([
      ["pmt-animation-2023-comites-pmt-asd", "pmt-animation-2024-axe-5-comites-asd"],
      ["pmt-animation-2023-prestations-revelateur", "pmt-animation-2024-axe-3-prestations-revelateur"],
      ["pmt-animation-2023-prestations-riposte", "pmt-animation-2024-axe-3-prestations-riposte"],
      ["pmt-animation-2023-prestations-rse", "pmt-animation-2024-axe-3-prestations"],
      ["pmt-animation-2023-reunions-nationales-gifas", "pmt-animation-2024-axe-5-rencontres-gifas-clusters"],
      ["pmt-animation-2023-roadshows", "pmt-animation-2024-axe-3-pmt-connect"],
      ["pmt-animation-2023-soirees-reseautage", "pmt-animation-2024-axe-3-soirees-reseautage"],
    ]);
  });

  it("shows the seed's 2024 targets by axis and action, each paired target beside its 2023 result", async () => {
    const seed = (await server.execute(ProgrammeFollowUpDocument, { ref: "Programme:pmt-animation-2024" }))
      .programmeFollowUp!;
    const lines = seed.axes.flatMap((axis) => axis.indicators);
    expect(lines).toHaveLength(24);
    expect(seed.axes.map((axis) => [axis.number, axis.actions.length, axis.ownIndicators.length])).toEqual([
      [1, 3, 0],
      [2, 6, 0],
      [3, 18, 2],
      [4, 1, 1],
      [5, 4, 0],
      [null, 0, 1],
    ]);
    const byAction = seed.axes.flatMap((axis) => axis.actions.flatMap((action) => action.indicators));
    expect(byAction).toHaveLength(20);
    const connect = seed.axes[2]!.actions.find((action) => action.number === 6)!;
    expect(connect).toMatchObject({
      action: { ref: "Action:pmt-animation-2024-axe-3-action-6" },
      evidence: { source: "gbm-2024-00098", quote: expect.stringContaining("Organiser 2 « PMT Connect »") },
      indicators: [{ indicator: { ref: "Indicator:pmt-animation-2024-axe-3-pmt-connect" } }],
    });
    expect(seed.axes[2]!.ownIndicators.map((line) => line.indicator.ref)).toEqual([
      "Indicator:pmt-animation-2024-axe-3-entreprises-adherentes-gbm",
      "Indicator:pmt-animation-2024-axe-3-visites-entreprises-gbm",
    ]);
    const evenings = lines.find(
      (line) => line.indicator.ref === "Indicator:pmt-animation-2024-axe-3-soirees-reseautage",
    )!;
    expect(evenings.previous).toMatchObject({
      indicator: { ref: "Indicator:pmt-animation-2023-soirees-reseautage" },
      value: 2,
      year: 2023,
      kind: "RESULT",
    });
    expect(lines.filter((line) => line.previous !== null)).toHaveLength(7);
    expect(seed.deliverables).toHaveLength(14);
    const gbm = seed.funding.filter((fact) => fact.funder.ref === "Organization:gbm");
    expect(gbm.map((fact) => [fact.year, fact.amount])).toEqual([
      [2021, 45_000],
      [2022, 45_000],
      [2023, 45_000],
      [2024, 45_000],
    ]);
    expect(seed.funding.every((fact) => fact.evidence.source !== "" && fact.evidence.quote !== "")).toBe(true);
    expect(seed.deliverables.every((line) => line.deadline === "2025-04-30")).toBe(true);
  });

  it("records a result quoted from a document, and reads it against the target's bound", async () => {
    const before = await indicatorLine(id("soirees"));
    expect(before).toMatchObject({ state: "NO_RESULT", achieved: null, previous: { value: 3, year: 2023 } });

    const recorded = await server.execute(
      RecordIndicatorResultDocument,
      {
        input: {
          indicator: `Indicator:${id("soirees")}`,
          value: 1,
          date: "2024-06-30",
          evidence: { source: id("rapport"), quote: passage, confidence: "stated" },
        },
        why: "rapport d'étape",
      },
      editor,
    );
    expect(recorded.recordIndicatorResult.change.action).toBe("RECORD_RESULT");
    expect(recorded.recordIndicatorResult.indicator).toMatchObject({ achieved: 1, ratio: 0.5, state: "BELOW" });

    await server.execute(
      RecordIndicatorResultDocument,
      {
        input: {
          indicator: `Indicator:${id("soirees")}`,
          value: 1,
          periodStart: "2024-07-01",
          periodEnd: "2024-12-31",
          evidence: {
            quote: "compté sur la liste d'émargement",
            confidence: "unverified",
            reason: "pas encore de rapport",
          },
        },
        why: "second semestre",
      },
      editor,
    );
    const after = await indicatorLine(id("soirees"));
    expect(after).toMatchObject({ achieved: 2, ratio: 1, state: "MET" });
    expect(after.results.map((result) => [result.value, result.evidence.source, result.evidence.confidence])).toEqual([
      [1, id("rapport"), "stated"],
      [1, `entered by ${server.source}:editor`, "unverified"],
    ]);
  });

  it("keeps the latest result of a stock instead of adding them up", async () => {
    for (const [value, date] of [
      [255, "2024-09-30"],
      [240, "2024-03-31"],
    ] as const) {
      await server.execute(
        RecordIndicatorResultDocument,
        {
          input: {
            indicator: `Indicator:${id("adherents")}`,
            value,
            date,
            evidence: { quote: "fichier des adhérents", confidence: "unverified", reason: "fichier interne" },
          },
          why: "point trimestriel",
        },
        editor,
      );
    }
    expect(await indicatorLine(id("adherents"))).toMatchObject({ measure: "STOCK", achieved: 255, state: "BELOW" });
  });

  it("refuses a quote the document does not hold, an unverified result without reason, and a viewer", async () => {
    const input = {
      indicator: `Indicator:${id("soirees")}`,
      value: 1,
      date: "2024-06-30",
      evidence: { source: id("rapport"), quote: "3 soirées de réseautage", confidence: "stated" as const },
    };
    const misquoted = await server.post(RecordIndicatorResultDocument, { input, why: "essai" }, editor);
    expect(misquoted.body.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: "input.evidence.quote", code: "QUOTE_NOT_IN_DOCUMENT" }),
    ]);
    const noReason = await server.post(
      RecordIndicatorResultDocument,
      { input: { ...input, evidence: { quote: "note", confidence: "unverified" } }, why: "essai" },
      editor,
    );
    expect(noReason.body.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: "input.evidence.reason", code: "REASON_REQUIRED" }),
    ]);
    const asViewer = await server.post(RecordIndicatorResultDocument, { input, why: "essai" }, viewer);
    expect(asViewer.status).toBe(403);
    expect((await indicatorLine(id("soirees"))).results).toHaveLength(2);
  });

  it("reverts a recorded result, audited in the indicator's history", async () => {
    const recorded = await server.execute(
      RecordIndicatorResultDocument,
      {
        input: {
          indicator: `Indicator:${id("soirees")}`,
          value: 5,
          date: "2024-12-31",
          evidence: { source: id("rapport"), quote: "avec 140 participants", confidence: "stated" },
        },
        why: "saisie erronée",
      },
      editor,
    );
    expect((await indicatorLine(id("soirees"))).achieved).toBe(7);
    const reverted = await server.execute(
      RevertChangeDocument,
      { id: recorded.recordIndicatorResult.change.id, why: "valeur fausse" },
      admin,
    );
    expect(reverted.revertChange.change.action).toBe("REMOVE_RESULT");
    expect((await indicatorLine(id("soirees"))).achieved).toBe(2);
    const history = (await server.execute(HistoryDocument, { ref: `Indicator:${id("soirees")}` }, editor)).history;
    expect(history.map((change) => change.action)).toContain("REMOVE_RESULT");
    expect(history.filter((change) => change.action === "RECORD_RESULT")).toHaveLength(3);
  });

  it("lists what falls due within 30 days, late ones included, and marks a deliverable received with its document", async () => {
    const due = (await server.execute(DeliverablesDueSoonDocument, { days: 30 })).deliverablesDueSoon.filter((line) =>
      line.deliverable.ref.includes(server.source),
    );
    expect(due.map((line) => [line.deliverable.name, line.status])).toEqual([
      ["Bilan RSE", "LATE"],
      ["Tableau des rencontres", "DUE"],
    ]);

    const received = await server.execute(
      ReceiveDeliverableDocument,
      {
        input: {
          deliverable: `Deliverable:${id("tableau")}`,
          document: `Document:${id("rapport")}`,
          receivedOn: isoToday(),
        },
        why: "reçu par courriel",
      },
      editor,
    );
    expect(received.receiveDeliverable.deliverable).toMatchObject({
      status: "RECEIVED",
      receivedOn: isoToday(),
      document: { ref: `Document:${id("rapport")}`, name: "Rapport d'étape 2024" },
    });
    const again = await server.post(
      ReceiveDeliverableDocument,
      {
        input: {
          deliverable: `Deliverable:${id("tableau")}`,
          document: `Document:${id("rapport")}`,
          receivedOn: isoToday(),
        },
        why: "doublon",
      },
      editor,
    );
    expect(again.body.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ code: "ALREADY_RECEIVED" })]);
    const stillDue = (await server.execute(DeliverablesDueSoonDocument, { days: 30 })).deliverablesDueSoon;
    expect(stillDue.map((line) => line.deliverable.ref)).not.toContain(`Deliverable:${id("tableau")}`);

    await server.execute(
      RevertChangeDocument,
      { id: received.receiveDeliverable.change.id, why: "mauvais document" },
      admin,
    );
    const line = (await followUp()).deliverables.find(
      (item) => item.deliverable.ref === `Deliverable:${id("tableau")}`,
    );
    expect(line).toMatchObject({ status: "DUE", receivedOn: null, document: null });
  });

  it("builds the yearly review of the seed's programme, every line with its source and quote", async () => {
    const review = await buildDeliverable(
      server.driver,
      "yearly-review",
      { year: 2024 },
      { database: inject("neo4j").database },
    );
    const sections = new Set(review.rows.map((row) => row.section));
    expect([...sections]).toEqual(["Financement", "Objectifs et résultats", "Livrables"]);
    expect(review.rows.filter((row) => row.section === "Objectifs et résultats")).toHaveLength(24);
    expect(review.rows.filter((row) => row.section === "Livrables")).toHaveLength(14);
    expect(review.rows.find((row) => row.line === "Soirées de réseautage")).toMatchObject({
      group: "Axe 3 : L'animation",
      action: "Animer la communauté des adhérents industriels (20 manifestations, dont 2 soirées de réseautage)",
      target: "2 soirées",
      previous: 2,
      state: "aucun résultat saisi",
      source: "gbm-2024-00098",
    });
    expect(review.rows.filter((row) => !row.source || !row.quote)).toEqual([]);
    const workbook = await toXlsx(review);
    expect(workbook.subarray(0, 2).toString()).toBe("PK");
  });

  it("removes a recorded result, audited, refused to a viewer and for an unknown id, and revertible", async () => {
    const before = (await indicatorLine(id("soirees"))).achieved ?? 0;
    const recorded = await server.execute(
      RecordIndicatorResultDocument,
      {
        input: {
          indicator: `Indicator:${id("soirees")}`,
          value: 4,
          date: "2024-11-15",
          evidence: { quote: "saisi deux fois", confidence: "unverified", reason: "en attente du rapport" },
        },
        why: "doublon à retirer",
      },
      editor,
    );
    const resultId = recorded.recordIndicatorResult.indicator!.results.find((result) => result.value === 4)!.id;
    expect((await indicatorLine(id("soirees"))).achieved).toBe(before + 4);

    const refused = await server.post(RemoveIndicatorResultDocument, { id: resultId, why: "essai" }, viewer);
    expect(refused.status).toBe(403);
    const unknown = await server.post(RemoveIndicatorResultDocument, { id: "pas-de-resultat", why: "essai" }, editor);
    expect(unknown.body.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: "id", code: "UNKNOWN_RESULT" }),
    ]);

    const removed = await server.execute(
      RemoveIndicatorResultDocument,
      { id: resultId, why: "saisi deux fois" },
      editor,
    );
    expect(removed.removeIndicatorResult.change.action).toBe("REMOVE_RESULT");
    expect(removed.removeIndicatorResult.indicator!.results.map((result) => result.id)).not.toContain(resultId);
    expect((await indicatorLine(id("soirees"))).achieved).toBe(before);
    const history = (await server.execute(HistoryDocument, { ref: `Indicator:${id("soirees")}` }, editor)).history;
    expect(history.find((change) => change.id === removed.removeIndicatorResult.change.id)?.action).toBe(
      "REMOVE_RESULT",
    );

    await server.execute(RevertChangeDocument, { id: removed.removeIndicatorResult.change.id, why: "erreur" }, admin);
    const restored = await indicatorLine(id("soirees"));
    expect(restored.achieved).toBe(before + 4);
    expect(restored.results.find((result) => result.id === resultId)).toMatchObject({ value: 4 });
  });
});
