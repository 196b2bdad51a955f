// Pins each correction of issue 12: the facts the deliberation does not state are unverified with a
// reason, or quote the passage that states them; the missing facts are in, with verbatim quotes.
import { describe, expect, it } from "vitest";
import { factId, type RelationshipFact } from "../../graph/fact-model.js";
import { buildSeed } from "../build-seed.js";
import { foldWhiteSpace } from "../quote-check.js";
import { readSeedDocuments } from "../seed-documents.js";

const seed = buildSeed();
const text = foldWhiteSpace(readSeedDocuments().get("gbm-2024-00098")!);

/** The one fact between two nodes of a type (with its key when several), or a failure naming it. */
function fact(from: string, type: string, to: string, key?: string): RelationshipFact {
  const found = seed.facts.relationships.filter(
    (candidate) =>
      candidate.from === from &&
      candidate.type === type &&
      candidate.to === to &&
      (key === undefined || candidate.key === key),
  );
  expect(found, `${from} -[${type}]-> ${to}`).toHaveLength(1);
  return found[0]!;
}

describe("the facts the deliberation does not state", () => {
  it.each([
    ["Organization:dga", "ORGANIZES", "Event:colloque-dga-2023", /participation au colloque DGA/],
    ["Organization:pmt", "PARTNER_OF", "Organization:codefi", /agenda of the Préfet's meetings/],
    ["Organization:pmt", "PARTNER_OF", "Organization:criet", /agenda of the Préfet's meetings/],
    ["Organization:cea-valduc", "PART_OF", "Organization:cea", /names the three sites only/],
    ["Organization:cea-saclay", "PART_OF", "Organization:cea", /names the three sites only/],
    ["Organization:cea-leti", "PART_OF", "Organization:cea", /names the three sites only/],
    ["Organization:pui-ubfc", "PART_OF", "Organization:ubfc", /Inferred from the name/],
    ["Programme:france-2030-regional", "PART_OF", "Programme:france-2030", /Inferred from the names/],
    ["Event:paris-space-week-2023", "HELD_IN", "Commune:75056", /gives no place for the 2023 edition/],
    ["Event:asd-meetings-torino-2023", "HELD_IN", "Place:torino", /inferred from the event's name/],
  ])("%s -[%s]-> %s is unverified, with its reason", (from, type, to, reason) => {
    const found = fact(from, type, to);
    expect(found.confidence).toBe("unverified");
    expect(found.reason).toMatch(reason);
  });

  it("gives État and Région as PMT's partners from line 41, not from the « attendus » of line 45", () => {
    for (const partner of ["Organization:etat", "Organization:region-bfc", "Organization:gbm"]) {
      const found = fact("Organization:pmt", "PARTNER_OF", partner);
      expect(found.confidence).toBe("stated");
      expect(found.quote).toContain("aux côtés de l'Etat, de la Région et des autres acteurs économiques");
      expect(found.quote).not.toContain("attendus");
    }
  });

  it("keeps « Astec » its own node: no alias says it is Astech Paris Région", () => {
    const astech = seed.facts.nodes.find((node) => node.key === "astech-paris-region")!;
    expect(astech.properties.aliases ?? []).not.toContain("Astec");
    expect(fact("Organization:pmt-asd", "PARTNER_OF", "Organization:astec").quote).toContain("organisés par Astec");
  });

  it("draws PARTNER_OF one way, from the pole (PMT or PMT ASD) to the partner", () => {
    const starts = new Set(seed.facts.relationships.filter((f) => f.type === "PARTNER_OF").map((f) => f.from));
    expect([...starts].sort()).toEqual(["Organization:pmt", "Organization:pmt-asd"]);
  });

  it("has no stated fact whose quote is missing from the source", () => {
    const stated = seed.facts.relationships.filter((f) => f.source === "gbm-2024-00098" && f.confidence === "stated");
    expect(stated.filter((f) => !text.includes(foldWhiteSpace(f.quote))).map(factId)).toEqual([]);
  });
});

describe("the facts that were wrong or missing", () => {
  it("gives the research-entities deliverable the detail of line 464, the document's last line", () => {
    const owed = fact(
      "Programme:pmt-animation-2024",
      "OWES",
      "Deliverable:pmt-animation-2024-indicateurs-entites-de-recherche",
    );
    expect(owed.quote).toMatch(/le nombre de chercheurs concernés, .* impliquée dans un projet$/);
    expect(text.endsWith(foldWhiteSpace(owed.quote))).toBe(true);
    const deliverable = seed.facts.nodes.find(
      (node) => node.key === "pmt-animation-2024-indicateurs-entites-de-recherche",
    )!;
    expect(deliverable.properties.description).not.toMatch(/s'arrête avant/);
  });

  it("holds the condition on GBM's 45 k€ (line 419), the payment at signature and the ceiling", () => {
    const convention = "Convention:gbm-pmt-2024";
    expect(fact(convention, "HAS_CLAUSE", "Clause:gbm-pmt-2024-contribution-territoire-gbm").quote).toBe(
      "La contribution à hauteur de 45k€ de GBM est uniquement dédiée à des événements sur le territoire GBM ou aux actions bénéfiques pour les acteurs de l'écosystème territorial de GBM.",
    );
    expect(fact(convention, "HAS_CLAUSE", "Clause:gbm-pmt-2024-versement").quote).toContain(
      "100 %, soit 45 000 € à la signature de la présente convention",
    );
    expect(fact(convention, "HAS_CLAUSE", "Clause:gbm-pmt-2024-plafond").quote).toBe(
      "Ce montant est un plafond non révisable à la hausse.",
    );
  });

  it("holds the convention's parties, the authorising decision, its obligations and its budget line", () => {
    const convention = "Convention:gbm-pmt-2024";
    expect(fact("Organization:gbm", "PARTY_TO", convention).properties.representative).toBe("Madame Anne VIGNOT");
    expect(fact("Organization:pmt", "PARTY_TO", convention).properties.representative).toBe(
      "Monsieur Laurent DESCHAMPS",
    );
    expect(fact("Document:gbm-2024-00098", "AUTHORISES", convention).quote).toBe(
      "autorise Madame la Présidente, ou son représentant, à signer la convention annexée au rapport.",
    );
    expect(fact(convention, "HAS_CLAUSE", "Clause:gbm-pmt-2024-conservation-pieces").quote).toContain("10 ans");
    expect(fact(convention, "HAS_CLAUSE", "Clause:gbm-pmt-2024-pas-de-redistribution").quote).toContain(
      "Il ne peut redistribuer",
    );
    expect(fact(convention, "HAS_CLAUSE", "Clause:gbm-pmt-2024-mention-presse").quote).toContain(
      "mentionner le soutien financier de Grand Besançon Métropole",
    );
    const charge = fact(convention, "CHARGED_TO", "Programme:gbm-actions-recherche-et-innovation-2024");
    expect(charge.properties.amount).toBe(45_000);
    expect(charge.quote).toContain("Montant prévu au Budget 2024 : 214 400 €");
    const node = seed.facts.nodes.find((candidate) => candidate.label === "Convention")!;
    expect(node.properties).toMatchObject({ amount: 45_000, year: 2024, endsBy: "2025-04-30" });
  });

  it("holds the CORAC roadmap to 2035 and what public support excludes (line 70) as data", () => {
    expect(fact("Programme:corac-feuille-de-route-2035", "PART_OF", "Programme:corac").quote).toContain(
      "feuille de route de la filière jusqu'en 2035",
    );
    const exclusions = seed.facts.relationships.filter(
      (f) => f.from === "Programme:pmt-animation-2024" && f.type === "HAS_CLAUSE",
    );
    expect(exclusions.map((f) => f.to).sort()).toEqual([
      "Clause:soutien-public-exclut-actions-financees-europe",
      "Clause:soutien-public-exclut-actions-individuelles",
      "Clause:soutien-public-exclut-prestations-commerciales",
    ]);
    expect(exclusions[0]!.quote).toBe(
      "Les prestations commerciales sont exclues de ce soutien ainsi que les actions individuelles exclusives pour certains membres du pôle et celles financées par l'Europe.",
    );
  });
});

describe("the model", () => {
  it("gives GBM's four yearly contributions one shape: GBM FUNDS PMT, the programme where known", () => {
    const contributions = seed.facts.relationships
      .filter((f) => f.from === "Organization:gbm" && f.type === "FUNDS")
      .map((f) => [f.to, f.properties.year, f.properties.amount, f.properties.programme ?? null]);
    expect(contributions.sort()).toEqual([
      ["Organization:pmt", 2021, 45_000, null],
      ["Organization:pmt", 2022, 45_000, null],
      ["Organization:pmt", 2023, 45_000, null],
      ["Organization:pmt", 2024, 45_000, "pmt-animation-2024"],
    ]);
  });

  it("links the 2023 and 2024 editions of each recurring event to one series", () => {
    const series = (id: string) =>
      seed.facts.relationships
        .filter((f) => f.type === "EDITION_OF" && f.to === `EventSeries:${id}`)
        .map((f) => f.from)
        .sort();
    expect(series("creer-demain")).toEqual(["Event:creer-demain-2023", "Event:creer-demain-2024"]);
    expect(series("business-industrie")).toEqual(["Event:business-industrie-2023", "Event:business-industrie-2024"]);
    expect(series("paris-space-week")).toEqual(["Event:paris-space-week-2023", "Event:paris-space-week-2024"]);
    expect(series("asd-alliance")).toEqual(["Event:asd-alliance-2023", "Event:asd-alliance-2024"]);
    expect(series("webinaire-cybersecurite")).toEqual([
      "Event:webinaire-cybersecurite-2023",
      "Event:webinaire-cybersecurite-2024",
    ]);
  });

  it("keeps Commune for INSEE communes only: Torino is a Place with its country", () => {
    const communes = seed.facts.nodes.filter((node) => node.label === "Commune");
    expect(communes.filter((node) => !/^\d[\dAB]\d{3}$/u.test(node.key))).toEqual([]);
    const places = seed.facts.nodes.filter((node) => node.label === "Place");
    expect(places.map((node) => [node.key, node.properties.country])).toEqual([["torino", "IT"]]);
  });

  it("gives each commission opinion the body that gave it", () => {
    const document = seed.facts.nodes.find((node) => node.label === "Document")!;
    expect(document.properties.commissionOpinions).toEqual([
      "Bureau 13/03/2024 Favorable",
      "Commission n°2 28/03/2024 Favorable",
    ]);
  });
});
