// Importing the R&D projects table of the convention's annexe 3 (projet;partenaires;programme;
// montant_total;aide_publique;brevets;emplois) against the real Neo4j.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { commitImport, planImport, type ImportInput } from "../../server/import/import-csv.js";
import { aNode, anOrganization, factSet } from "../helpers/fact-builders.js";
import { TestServer } from "../helpers/test-server.js";
import { cleanUpImports, csvFile, plain } from "../fixtures/import/import-fixtures.js";

describe("importing R&D projects", () => {
  let server: TestServer;
  const database = inject("neo4j").database;
  let run: string;
  let firm: string;
  let lab: string;
  let programme: { id: string; name: string };

  const projects = (name: string, bytes: Buffer): ImportInput => ({
    kind: "projects",
    fileName: `${name}-${run}.csv`,
    bytes,
    database,
    by: `${server.source}:admin`,
  });

  /** A project as the import leaves it: figures, partners, programme, markets. */
  const project = async (name: string) => {
    const { records } = await server.driver.executeQuery(
      `MATCH (p:Project {name: $name})
       RETURN p {.totalAmount, .publicAid, .currency, .patentsFiled, .jobsCreatedOrKept, .year} AS figures,
              [(o)-[t:TAKES_PART_IN]->(p) | o.name + ' (' + t.role + ')'] AS partners,
              [(p)-[:PART_OF]->(g:Programme) | g.name] AS programmes,
              [(p)-[:TARGETS]->(m:Market) | m.code] AS markets`,
      { name },
      { database },
    );
    return records.map(
      (record) =>
        plain(record.toObject()) as {
          figures: Record<string, unknown>;
          partners: string[];
          programmes: string[];
          markets: string[];
        },
    );
  };

  beforeAll(async () => {
    server = await TestServer.start();
    run = server.uniqueId("projects");
    firm = `Usinage de Précision ${run}`;
    lab = `Laboratoire d'essai ${run}`;
    programme = { id: server.uniqueId("programme"), name: `Appel à projets d'essai ${run}` };
    await server.save(
      factSet(
        anOrganization(server.uniqueId("firm")).named(firm),
        anOrganization(server.uniqueId("lab")).named(lab).ofKind("RESEARCH"),
        aNode("Programme", programme.id).with({ name: programme.name, kind: "CALL_FOR_PROJECTS" }),
      ),
    );
  });

  afterAll(async () => {
    if (server) await cleanUpImports(server.driver, database, run, server.source);
    await server?.close();
  });

  it("writes each project with its figures, partners, programme and markets", async () => {
    const bytes = csvFile([
      "Projet;Partenaires;Programme;Montant total (€);Aide publique obtenue;Brevets déposés;Emplois créés ou maintenus;Marchés;Année",
      `Capteur Alpha ${run};${firm} | ${lab};${programme.name};1 200 000;450 000,00;2;5;santé;2024`,
      `Drone Beta ${run};${firm}, Nouvelle Start-up ${run};Nouveau Dispositif ${run};300000;;0;1;aéronautique;2024`,
    ]);
    const plan = await planImport(server.driver, projects("projets", bytes));
    expect(plan.errors).toEqual([]);
    expect(plan.changes.projects.created).toBe(2);
    expect(plan.changes.programmes).toMatchObject({ created: 1, unchanged: 1 });
    expect(plan.warnings.map((warning) => [warning.line, warning.code, warning.value])).toEqual([
      [3, "NOTE", `Nouveau Dispositif ${run}`],
      [3, "NOTE", `Nouvelle Start-up ${run}`],
    ]);

    const report = await commitImport(server.driver, projects("projets", bytes));
    expect(report.status).toBe("committed");
    const [alpha] = await project(`Capteur Alpha ${run}`);
    expect(alpha).toMatchObject({
      figures: {
        totalAmount: 1_200_000,
        publicAid: 450_000,
        currency: "EUR",
        patentsFiled: 2,
        jobsCreatedOrKept: 5,
        year: 2024,
      },
      programmes: [programme.name],
      markets: ["HEALTH"],
    });
    expect([...alpha!.partners].sort()).toEqual([`${lab} (partenaire)`, `${firm} (partenaire)`].sort());
    const [beta] = await project(`Drone Beta ${run}`);
    expect(beta).toMatchObject({
      figures: { totalAmount: 300_000, patentsFiled: 0, jobsCreatedOrKept: 1 },
      programmes: [`Nouveau Dispositif ${run}`],
      markets: ["ASD"],
    });
    expect(beta!.figures.publicAid).toBeNull();

    const again = await commitImport(server.driver, projects("projets", bytes));
    expect(again).toMatchObject({
      database: { nodesCreated: 0, relationshipsCreated: 0 },
      changes: { projects: { created: 0, updated: 0, unchanged: 2 } },
    });
  });

  it("refuses a project listed twice, a partner list left empty and an unknown market", async () => {
    const bytes = csvFile([
      "projet;partenaires;programme;montant_total;aide_publique;brevets;emplois;marches",
      `Projet Double ${run};${firm};;10000;;;;`,
      `projet double ${run};${lab};;10000;;;;`,
      `Projet Seul ${run};;;;;;;horlogerie`,
    ]);
    const report = await commitImport(server.driver, projects("refused", bytes));
    expect(report.status).toBe("rejected");
    expect(report.errors.map(({ line, field, code }) => [line, field, code])).toEqual([
      [3, "projet", "DUPLICATE_ROW"],
      [4, "partenaires", "MISSING_VALUE"],
      [4, "marches", "UNKNOWN_MARKET"],
    ]);
    expect(await project(`Projet Double ${run}`)).toEqual([]);
  });
});
