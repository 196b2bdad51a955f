// The convention's deliverable tables, generated from a small world of this file's own: a territory
// with one commune in it and one out, a pole, firms and a lab, events, a programme action, research
// projects and a funded programme. Each table must say what the graph says; the CSV and XLSX files
// must read back as the table; the HTTP routes serve them.
import type { AddressInfo } from "node:net";
import express from "express";
import Papa from "papaparse";
import readXlsxFile from "read-excel-file/node";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { RelationshipFact } from "../../graph/fact-model.js";
import { toCsv, toXlsx } from "../../server/deliverables/deliverable-files.js";
import type { DeliverableRow } from "../../server/deliverables/deliverable-table.js";
import { buildDeliverable, deliverableTables } from "../../server/deliverables/deliverable-tables.js";
import { deliverablesRouter } from "../../server/deliverables/deliverables-router.js";
import { aNode, aRelationship, anOrganization, factSet } from "../helpers/fact-builders.js";
import { TestServer } from "../helpers/test-server.js";

describe("the convention's deliverable tables", () => {
  let server: TestServer;
  const database = inject("neo4j").database;
  let run: string;
  let territory: string;
  let pole: string;
  let programme: string;
  const names = {
    member: "", // a member firm in the territory, at the fair, in the health project
    outsider: "", // a member firm outside the territory
    newcomer: "", // a firm in the territory, not a member, in a programme action
    lab: "", // a research body in the territory
    fair: "",
    oldFair: "",
    action: "",
    axis: "",
    project: "",
    otherProject: "",
    funder: "",
  };

  /** Rows of this file's world only (the seeded graph holds other events and actions). */
  const ours = (rows: DeliverableRow[], key: string) => rows.filter((row) => String(row[key]).includes(run));

  beforeAll(async () => {
    server = await TestServer.start();
    run = server.uniqueId("deliverables");
    for (const key of Object.keys(names) as Array<keyof typeof names>) names[key] = `${key} ${run}`;
    territory = server.uniqueId("T");
    pole = server.uniqueId("pole");
    programme = server.uniqueId("programme");
    const zone = aNode("Territory", territory).with({ kind: "EPCI", name: `Territoire ${run}` });
    const inside = aNode("Commune", server.uniqueId("C")).with({ name: "Villebelle", country: "FR" });
    const outside = aNode("Commune", server.uniqueId("C")).with({ name: "Villeloin", country: "FR" });
    const cluster = anOrganization(pole).named(`Pôle ${run}`).ofKind("CLUSTER");
    const member = aNode("Organization", server.uniqueId("member")).with({
      name: names.member,
      kind: "COMPANY",
      siren: "123456782",
      headcount: 12,
      sizeBand: "11",
      revenue: 1_500_000.5,
    });
    const outsider = aNode("Organization", server.uniqueId("outsider")).with({
      name: names.outsider,
      kind: "COMPANY",
      headcount: 3,
      sizeBand: "32", // the register's band decides: 250 to 499 staff, not an SME
    });
    const newcomer = anOrganization(server.uniqueId("newcomer")).named(names.newcomer);
    const lab = anOrganization(server.uniqueId("lab")).named(names.lab).ofKind("RESEARCH");
    const funder = anOrganization(server.uniqueId("funder")).named(names.funder).ofKind("PUBLIC_BODY");
    const fair = aNode("Event", server.uniqueId("fair")).with({ name: names.fair, year: 2024, kind: "salon" });
    const oldFair = aNode("Event", server.uniqueId("old-fair")).with({ name: names.oldFair, year: 2023 });
    const axis = aNode("Programme", server.uniqueId("axis")).with({ name: names.axis, kind: "AXIS", year: 2024 });
    const action = aNode("Programme", server.uniqueId("action")).with({ name: names.action, kind: "SERVICE" });
    const deliverable = aNode("Deliverable", server.uniqueId("deliverable")).with({ name: "Tableau par évènement" });
    const project = aNode("Project", server.uniqueId("project")).with({
      name: names.project,
      totalAmount: 1_000_000,
      publicAid: 400_000,
      currency: "EUR",
      patentsFiled: 1,
      jobsCreatedOrKept: 3,
    });
    const otherProject = aNode("Project", server.uniqueId("project")).with({
      name: names.otherProject,
      totalAmount: 5,
    });
    const funded = aNode("Programme", programme).with({ name: `Programme financé ${run}`, year: 2024 });
    const fees = aNode("BudgetLine", server.uniqueId("fees")).with({
      name: "Cotisations",
      amount: 10_000,
      currency: "EUR",
      year: 2024,
      side: "REVENUE",
      sector: "PRIVATE",
      forecast: true,
    });
    const secondSource: RelationshipFact = {
      ...aRelationship("PARTICIPATED_IN", member.ref, fair.ref)
        .withProperties({ role: "co-exposant", year: 2024 })
        .build(),
      key: "second",
    };
    await server.save(
      factSet(
        zone,
        inside,
        outside,
        cluster,
        member,
        outsider,
        newcomer,
        lab,
        funder,
        fair,
        oldFair,
        axis,
        action,
        deliverable,
        project,
        otherProject,
        funded,
        fees,
        aRelationship("PART_OF", inside.ref, zone.ref),
        ...[member, newcomer, lab].map((organization) => aRelationship("LOCATED_IN", organization.ref, inside.ref)),
        aRelationship("LOCATED_IN", outsider.ref, outside.ref),
        aRelationship("MEMBER_OF", member.ref, cluster.ref).withProperties({ year: 2024 }),
        aRelationship("MEMBER_OF", outsider.ref, cluster.ref),
        aRelationship("ACTIVE_IN", member.ref, "Market:HEALTH"),
        aRelationship("PARTICIPATED_IN", member.ref, fair.ref).withProperties({ role: "exposant", year: 2024 }),
        { build: () => secondSource },
        aRelationship("PARTICIPATED_IN", outsider.ref, fair.ref).withProperties({ role: "visiteur", year: 2024 }),
        aRelationship("PARTICIPATED_IN", lab.ref, fair.ref).withProperties({ year: 2024 }),
        aRelationship("PARTICIPATED_IN", member.ref, oldFair.ref).withProperties({ year: 2023 }),
        aRelationship("PART_OF", action.ref, axis.ref),
        aRelationship("OWES", axis.ref, deliverable.ref),
        aRelationship("ABOUT", deliverable.ref, fair.ref),
        aRelationship("TAKES_PART_IN", newcomer.ref, action.ref).withProperties({ role: "accompagnée", year: 2024 }),
        ...[member, lab, outsider].map((organization) =>
          aRelationship("TAKES_PART_IN", organization.ref, project.ref).withProperties({
            role: "partenaire",
            year: 2024,
          }),
        ),
        aRelationship("TARGETS", project.ref, "Market:HEALTH"),
        aRelationship("TAKES_PART_IN", member.ref, otherProject.ref).withProperties({ year: 2024 }),
        aRelationship("FUNDS", funder.ref, funded.ref).withProperties({
          amount: 30_000,
          currency: "EUR",
          year: 2024,
          forecast: true,
        }),
        aRelationship("FUNDS", member.ref, funded.ref).withProperties({ amount: 10_000, currency: "EUR", year: 2024 }),
        aRelationship("HAS_BUDGET_LINE", funded.ref, fees.ref),
      ),
    );
  });

  afterAll(async () => {
    await server?.close();
  });

  it("lists the six tables with their French titles", () => {
    expect(deliverableTables.map((table) => table.id)).toEqual([
      "participants-per-event",
      "participants-per-action",
      "member-firms",
      "research-projects",
      "programme-funding",
      "yearly-review",
    ]);
    expect(deliverableTables[0]!.title).toBe("Participants par évènement");
  });

  it("gives per event the participants, the number of firms and those of the territory flagged (axe 4)", async () => {
    const table = await buildDeliverable(
      server.driver,
      "participants-per-event",
      { year: 2024, territory },
      { database },
    );
    expect(table.columns.find((column) => column.key === "inTerritory")!.header).toBe(`Territoire ${territory}`);
    expect(
      ours(table.rows, "event").map(
        ({ organization, kind, participants, firms, territoryFirms, smeFirms, inTerritory, role, commune, siren }) => ({
          organization,
          kind,
          participants,
          firms,
          territoryFirms,
          smeFirms,
          inTerritory,
          role,
          commune,
          siren,
        }),
      ),
    ).toEqual([
      {
        organization: names.lab,
        kind: "entité de recherche",
        participants: 3,
        firms: 2,
        territoryFirms: 1,
        smeFirms: 1,
        inTerritory: true,
        role: null,
        commune: "Villebelle",
        siren: null,
      },
      {
        organization: names.member,
        kind: "entreprise",
        participants: 3,
        firms: 2,
        territoryFirms: 1,
        smeFirms: 1,
        inTerritory: true,
        role: "co-exposant ; exposant",
        commune: "Villebelle",
        siren: "123456782",
      },
      {
        organization: names.outsider,
        kind: "entreprise",
        participants: 3,
        firms: 2,
        territoryFirms: 1,
        smeFirms: 1,
        inTerritory: false,
        role: "visiteur",
        commune: "Villeloin",
        siren: null,
      },
    ]);
    const everyYear = await buildDeliverable(server.driver, "participants-per-event", { territory }, { database });
    expect(new Set(ours(everyYear.rows, "event").map((row) => row.event))).toEqual(
      new Set([names.fair, names.oldFair]),
    );
  });

  it("gives per programme action the participating firms, those of the territory flagged (annexe 3)", async () => {
    const table = await buildDeliverable(
      server.driver,
      "participants-per-action",
      { year: 2024, territory, pole },
      { database },
    );
    expect(
      ours(table.rows, "action").map(
        ({ actionKind, action, axis, firm, firms, territoryFirms, inTerritory, member }) => ({
          actionKind,
          action,
          axis,
          firm,
          firms,
          territoryFirms,
          inTerritory,
          member,
        }),
      ),
    ).toEqual([
      {
        actionKind: "programme",
        action: names.action,
        axis: names.axis,
        firm: names.newcomer,
        firms: 1,
        territoryFirms: 1,
        inTerritory: true,
        member: false,
      },
      {
        actionKind: "projet",
        action: names.otherProject,
        axis: null,
        firm: names.member,
        firms: 1,
        territoryFirms: 1,
        inTerritory: true,
        member: true,
      },
      {
        actionKind: "projet",
        action: names.project,
        axis: null,
        firm: names.member,
        firms: 2,
        territoryFirms: 1,
        inTerritory: true,
        member: true,
      },
      {
        actionKind: "projet",
        action: names.project,
        axis: null,
        firm: names.outsider,
        firms: 2,
        territoryFirms: 1,
        inTerritory: false,
        member: true,
      },
      {
        actionKind: "évènement",
        action: names.fair,
        axis: names.axis,
        firm: names.member,
        firms: 2,
        territoryFirms: 1,
        inTerritory: true,
        member: true,
      },
      {
        actionKind: "évènement",
        action: names.fair,
        axis: names.axis,
        firm: names.outsider,
        firms: 2,
        territoryFirms: 1,
        inTerritory: false,
        member: true,
      },
    ]);
  });

  it("lists the member firms of the territory with headcount and turnover (annexe 3)", async () => {
    const table = await buildDeliverable(server.driver, "member-firms", { year: 2024, territory, pole }, { database });
    expect(table.rows).toEqual([
      {
        firm: names.member,
        siren: "123456782",
        commune: "Villebelle",
        headcount: 12,
        sizeBand: "10 à 19 salariés",
        sme: true,
        revenue: 1_500_000.5,
        markets: "Santé",
        source: server.source,
      },
    ]);
  });

  it("lists the territory's firms and research bodies in health and aeronautics projects, with their figures (annexe 3)", async () => {
    const table = await buildDeliverable(
      server.driver,
      "research-projects",
      { year: 2024, territory, pole },
      { database },
    );
    expect(
      table.rows.map(
        ({ organization, kind, member, project, markets, totalAmount, publicAid, patents, jobs, partners }) => ({
          organization,
          kind,
          member,
          project,
          markets,
          totalAmount,
          publicAid,
          patents,
          jobs,
          partners,
        }),
      ),
    ).toEqual([
      {
        organization: names.member,
        kind: "entreprise",
        member: true,
        project: names.project,
        markets: "Santé",
        totalAmount: 1_000_000,
        publicAid: 400_000,
        patents: 1,
        jobs: 3,
        partners: 3,
      },
      {
        organization: names.lab,
        kind: "entité de recherche",
        member: false,
        project: names.project,
        markets: "Santé",
        totalAmount: 1_000_000,
        publicAid: 400_000,
        patents: 1,
        jobs: 3,
        partners: 3,
      },
    ]);
  });

  it("gives the programme's funding, public and private, with sub-totals and shares", async () => {
    const table = await buildDeliverable(server.driver, "programme-funding", { programme }, { database });
    expect(
      table.rows.map(({ line, name, sector, amount, share, forecast }) => [
        line,
        name,
        sector,
        amount,
        share,
        forecast,
      ]),
    ).toEqual([
      ["financeur", names.funder, "public", 30_000, 0.6, true],
      ["financeur", names.member, "privé", 10_000, 0.2, false],
      ["recette", "Cotisations", "privé", 10_000, 0.2, true],
      ["sous-total", "Sous-total public", "public", 30_000, 0.6, null],
      ["sous-total", "Sous-total privé", "privé", 20_000, 0.4, null],
      ["total", `Total — Programme financé ${run}`, null, 50_000, 1, null],
    ]);
    await expect(
      buildDeliverable(server.driver, "programme-funding", { programme: server.uniqueId("none") }, { database }),
    ).rejects.toThrow(/no programme has the id/);
  });

  it("writes the tables as CSV and XLSX that read back as the graph's values", async () => {
    const table = await buildDeliverable(server.driver, "member-firms", { territory, pole }, { database });
    const csv = Papa.parse<string[]>(toCsv(table).replace(/^\uFEFF/u, ""), {
      delimiter: ";",
      skipEmptyLines: true,
    }).data;
    expect(csv).toEqual([
      [
        "Entreprise",
        "SIREN",
        `Commune (territoire ${territory})`,
        "Effectif",
        "Tranche d'effectif (Sirene)",
        "PME (Sirene)",
        "Chiffre d'affaires (€)",
        "Marchés",
        "Source",
      ],
      [names.member, "123456782", "Villebelle", "12", "10 à 19 salariés", "oui", "1500000,5", "Santé", server.source],
    ]);
    const [sheet] = await readXlsxFile(await toXlsx(table));
    expect(sheet!.data).toEqual([
      csv[0],
      [names.member, "123456782", "Villebelle", 12, "10 à 19 salariés", "oui", 1_500_000.5, "Santé", server.source],
    ]);

    const funding = await buildDeliverable(server.driver, "programme-funding", { programme }, { database });
    const [fundingSheet] = await readXlsxFile(await toXlsx(funding));
    expect(fundingSheet!.data.at(-1)).toEqual([
      "total",
      `Total — Programme financé ${run}`,
      null,
      50_000,
      null,
      1,
      null,
      null,
    ]);
    expect(toCsv(funding).split("\r\n")[1]).toBe(
      `financeur;${names.funder};public;30000;2024;60,0;oui;${server.source}`,
    );
  });

  describe("over HTTP", () => {
    let url: string;
    let close: () => Promise<void>;
    beforeAll(async () => {
      const app = express().use("/api/deliverables", deliverablesRouter(server.driver, database));
      const listening = app.listen(0, "127.0.0.1");
      await new Promise<void>((resolve) => listening.once("listening", resolve));
      url = `http://127.0.0.1:${(listening.address() as AddressInfo).port}/api/deliverables`;
      close = () => new Promise<void>((resolve) => listening.close(() => resolve()));
    });
    afterAll(async () => {
      await close?.();
    });

    it("lists the tables, serves each as XLSX or CSV, and says what is wrong with a request", async () => {
      const list = (await (await fetch(url)).json()) as { tables: Array<{ id: string; formats: string[] }> };
      expect(list.tables.map((table) => table.id)).toContain("member-firms");

      const xlsx = await fetch(`${url}/member-firms.xlsx?year=2024&territory=${territory}&pole=${pole}`);
      expect(xlsx.status).toBe(200);
      expect(xlsx.headers.get("content-disposition")).toBe('attachment; filename="member-firms-2024.xlsx"');
      const [sheet] = await readXlsxFile(Buffer.from(await xlsx.arrayBuffer()));
      expect(sheet!.data[1]![0]).toBe(names.member);

      const csv = await fetch(`${url}/member-firms.csv?territory=${territory}&pole=${pole}`);
      expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(Buffer.from(await csv.arrayBuffer()).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));

      expect((await fetch(`${url}/no-such-table.csv`)).status).toBe(404);
      const badYear = await fetch(`${url}/member-firms.csv?year=24`);
      expect(badYear.status).toBe(400);
      expect(await badYear.json()).toEqual({
        errors: [{ message: 'year must be four digits, e.g. 2024 (got "24")', extensions: { code: "BAD_USER_INPUT" } }],
      });
    });
  });
});
