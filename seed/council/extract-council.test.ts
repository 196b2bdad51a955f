import { describe, expect, it } from "vitest";
import type { RelationshipFact } from "../../graph/fact-model.js";
import { gbmMemberCodes } from "../../graph/communes/gbm-territory.js";
import { referenceSource } from "../../graph/communes/reference-data.js";
import { isResolved, resolveCommune } from "../../graph/communes/resolve-commune.js";
import { extractCouncil } from "./extract-council.js";
import { parseAttendance } from "./parse-attendance.js";
import { parseProxies } from "./parse-proxies.js";
import { deliberation2024_00098 as text, foldWhiteSpace } from "./test-source.js";

describe("extractCouncil on deliberation 2024-00098", () => {
  const { facts, warnings } = extractCouncil(text, "gbm-2024-00098");
  const ofType = (type: string): RelationshipFact[] => facts.relationships.filter((r) => r.type === type);
  const communeOf = (personId: string): string[] =>
    ofType("REPRESENTS")
      .filter((r) => r.from === `Person:${personId}`)
      .map((r) => r.to);

  it("states every relationship with a quote found verbatim in the source", () => {
    const folded = foldWhiteSpace(text);
    const fromDocument = facts.relationships.filter((r) => r.source === "gbm-2024-00098");
    const missing = fromDocument.filter((r) => !folded.includes(foldWhiteSpace(r.quote)));
    expect(missing).toEqual([]);
    expect(facts.relationships.every((r) => r.confidence === "stated" && r.quote.length > 0)).toBe(true);
    expect(facts.nodes.every((n) => n.sources.includes("gbm-2024-00098"))).toBe(true);
  });

  it("cites the reference, not the document, for the merger of a former commune it names", () => {
    const fromReference = facts.relationships.filter((r) => r.source !== "gbm-2024-00098");
    expect(fromReference).toEqual([
      {
        type: "MERGED_INTO",
        from: "Commune:25297",
        to: "Commune:25364",
        properties: {},
        source: referenceSource,
        quote: "Mamirolle (25364) — ancien code 25297 (Le Gratteris)",
        confidence: "stated",
      },
    ]);
  });

  it("resolves every commune heading of the attendance and proxy lists", () => {
    const headings = [
      ...parseAttendance(text, "present").entries,
      ...parseAttendance(text, "absent").entries,
      ...parseProxies(text).entries,
    ].map((entry) => entry.commune);
    expect(headings).not.toContain(null);
    const unresolved = [...new Set(headings)].flatMap((name) => {
      const resolution = resolveCommune(name ?? "");
      return isResolved(resolution) ? [] : [`${name}: ${resolution.reason}`];
    });
    expect(unresolved).toEqual([]);
    expect(new Set(headings).size).toBe(68); // GBM's 68 communes in April 2024
  });

  it("records attendance, absences and proxies", () => {
    expect(ofType("ATTENDED")).toHaveLength(79);
    expect(ofType("ABSENT_FROM")).toHaveLength(43);
    expect(ofType("GAVE_PROXY_TO")).toHaveLength(31);
    expect(ofType("ATTENDED").find((r) => r.from === "Person:yannick-poujet")).toMatchObject({
      properties: { fromQuestion: 5 },
      quote: "M. Yannick POUJET (à compter de la question n°5)",
    });
    expect(ofType("ATTENDED").find((r) => r.from === "Person:patricia-bornand")?.properties).toEqual({
      substitute: true,
    });
    expect(ofType("GAVE_PROXY_TO").find((r) => r.from === "Person:hasni-alem")).toMatchObject({
      to: "Person:gerard-monnien",
      key: "gbm-2024-00098",
      properties: { document: "gbm-2024-00098" },
      quote: "M. Hasni ALEM à M. Gérard MONNIEN",
    });
    expect(ofType("GAVE_PROXY_TO").find((r) => r.from === "Person:valerie-haller")?.properties).toEqual({
      document: "gbm-2024-00098",
      fromQuestion: 6,
    });
  });

  it("matches proxy receivers accent-insensitively and keeps unknown ones", () => {
    expect(ofType("GAVE_PROXY_TO").find((r) => r.from === "Person:anne-benedetto")?.to).toBe("Person:kevin-bertagnoli");
    expect(ofType("GAVE_PROXY_TO").find((r) => r.from === "Person:laurence-mulot")?.to).toBe("Person:marie-lambert");
    expect(facts.nodes.find((n) => n.key === "kevin-bertagnoli")?.properties).toEqual({
      name: "Kévin BERTAGNOLI",
      civility: "M.",
      aliases: ["Kevin BERTAGNOLI"],
    });
    expect(facts.nodes.find((n) => n.key === "marie-lambert")?.properties).toEqual({
      name: "Marie LAMBERT",
      civility: "Mme",
    });
    expect(communeOf("marie-lambert")).toEqual([]);
  });

  it("ties councillors to the communes they are listed under, misspellings corrected", () => {
    expect(communeOf("emile-bourgeois")).toEqual(["Commune:25258"]); // Francois → Franois
    expect(communeOf("franck-bernard")).toEqual(["Commune:25153"]); // Chevezoy → Chevroz
    expect(communeOf("philippe-pernot")).toEqual(["Commune:25376"]); // Merey-Vieille → Mérey-Vieilley
    expect(communeOf("jean-simondon")).toEqual(["Commune:25267"]); // Gennes-Sur-Doubs → Gennes
    expect(communeOf("patrick-corne")).toEqual(["Commune:25368"]); // Marchaux-Chaufontaine → Marchaux-Chaudefontaine
    expect(communeOf("rene-blaison")).toEqual(["Commune:25111"]); // Chaleze → Chalèze
    expect(communeOf("jean-francois-menestrier")).toEqual(["Commune:25186"]);
    expect(communeOf("gilbert-gavignet")).toEqual(["Commune:25147"]);
    expect(communeOf("cedric-lindecker")).toEqual(["Commune:25297"]); // Le Gratteris itself, merged into Mamirolle in 2025
    expect(communeOf("daniel-huot")).toEqual(["Commune:25364"]); // Mamirolle
    expect(ofType("REPRESENTS").find((r) => r.from === "Person:hasni-alem")?.quote).toBe(
      "**Besançon :** M. Hasni ALEM",
    );
    expect(ofType("REPRESENTS")).toHaveLength(122);
  });

  it("records the roles of the sitting", () => {
    const roles = ofType("HOLDS_ROLE").map((r) => [r.from, r.to, r.properties.title]);
    expect(roles).toEqual([
      ["Person:anne-vignot", "Organization:gbm", "Présidente"],
      ["Person:nicolas-bodin", "Organization:gbm", "Vice-Président"],
      ["Person:francoise-presse", "Organization:gbm", "Conseillère Communautaire Déléguée"],
      ["Person:anne-vignot", "Commune:25056", "Maire"],
    ]);
    expect(ofType("PRESIDED")).toMatchObject([
      { from: "Person:anne-vignot", quote: "sous la présidence de Mme Anne VIGNOT" },
    ]);
    expect(ofType("SECRETARY_OF")).toMatchObject([{ from: "Person:francoise-presse" }]);
    expect(ofType("RAPPORTEUR_OF")).toMatchObject([
      { from: "Person:nicolas-bodin", properties: { title: "Vice-Président" } },
    ]);
    expect(ofType("DECLARED_INTEREST").map((r) => [r.from, r.properties.votes])).toEqual([
      ["Person:frederique-baehr", 1],
      ["Person:sebastien-coudry", 2],
      ["Person:benoit-vuillemin", 1],
    ]);
  });

  it("describes the document", () => {
    expect(facts.nodes.find((n) => n.label === "Document")).toMatchObject({
      key: "gbm-2024-00098",
      properties: {
        number: "2024/2024.00098",
        reportNumber: 14,
        date: "2024-04-11",
        publishedOn: "2024-04-24",
        kind: "DELIBERATION",
        membersInOffice: 123,
        votesFor: 102,
        votesAgainst: 0,
        abstentions: 0,
        interestedCount: 4,
        budgetPlanned: 214400,
        operationAmount: 45000,
        rapporteur: "Nicolas BODIN",
      },
    });
  });

  it("has one node per person and per commune named", () => {
    expect(facts.nodes.filter((n) => n.label === "Person")).toHaveLength(79 + 43 + 1); // + Marie LAMBERT
    const communes = facts.nodes.filter((n) => n.label === "Commune");
    // The lists name the 68 communes of GBM in 2024: today's 67 members, and Le Gratteris (merged into Mamirolle).
    expect(communes).toHaveLength(68);
    expect(communes.map((n) => n.key).sort()).toEqual([...gbmMemberCodes(), "25297"].sort());
    expect(communes.find((n) => n.key === "25297")?.properties).toEqual({
      name: "Le Gratteris",
      inseeCode: "25297",
      department: "25",
      country: "FR",
      status: "merged",
      mergedInto: "25364",
      mergedOn: "2025-01-01",
    });
    expect(facts.nodes.filter((n) => n.label === "Organization").map((n) => n.key)).toEqual(["gbm"]);
  });

  it("reports what it could not settle", () => {
    expect(warnings).toEqual([
      `"Anne VIGNOT" is listed twice in "Étaient présents" under Besançon; kept once`,
      `"Jean-François MENESTRIER" (Cussey-Sur-L'Ognon) has no civility (M./Mme)`,
      `commune "Chevezoy" read as Chevroz (25153) by the reviewed alias table`,
      `commune "Francois" read as Franois (25258) by the reviewed alias table`,
      `commune "Gennes-Sur-Doubs" read as Gennes (25267) by the reviewed alias table`,
      `commune "Le Gratteris" is the former commune Le Gratteris (25297), merged into Mamirolle (25364) on 2025-01-01; its councillors represent Le Gratteris, not Mamirolle`,
      `commune "Marchaux-Chaufontaine" read as Marchaux-Chaudefontaine (25368) by the reviewed alias table`,
      `commune "Merey-Vieille" read as Mérey-Vieilley (25376) by the reviewed alias table`,
      `proxy receiver: "Kevin BERTAGNOLI" matched to "Kévin BERTAGNOLI" (same name ignoring accents and case)`,
      `proxy receiver: "Marie LAMBERT" is not in the attendance lists; added as a person without commune`,
      "79 present + 43 absent = 122 councillors listed, but 123 members in office",
      "at question 14, the lists give 78 present + 27 proxies = 105 votes, but the tally is 102 pour + 0 contre + 0 abstention + 4 intéressés = 106",
    ]);
  });
});
