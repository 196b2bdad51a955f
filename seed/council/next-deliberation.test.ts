import { describe, expect, it } from "vitest";
import { extractCouncil } from "./extract-council.js";
import { foldWhiteSpace } from "./test-source.js";

// A made-up deliberation in the same format, with the variants the parser must survive: another
// order of business, spacing after "n°", a substitute "suppléant", a misspelt and an unknown commune,
// a proxy to someone not in the lists, a single interested councillor.
const text = `Extrait du Registre des délibérations du Conseil de Communauté

Séance du lundi 1er juillet 2024 Publié le : 05/07/2024

Membres du Conseil de Communauté en exercice : 9

Le Conseil de Communauté, convoqué le 24 juin 2024, s'est réuni Salle Proudhon à Besançon, sous la présidence de M. Gabriel BAULIEU, Vice-Président.

Ordre de passage des rapports : 3, 1, 2

La séance est ouverte à 17h30 et levée à 19h05.

Étaient présents : **Besançon :** Mme Anne VIGNOT (jusqu'à la question n°2 incluse), M. Nicolas BODIN, **Pouilley-Les-Vignes :** M. Jean-Marc BOUSSET, **Chevezoy :** M. Franck BERNARD (à compter de la question n° 2), **Atlantis :** M. Jean DUPONT, **Grandfontaine :** M. Paul MARTIN, suppléant, **Serre-Les-Sapins :** M. Gabriel BAULIEU

Étaient absents : **Besançon :** Mme Claude VARET, **Thise :** M. Pascal DERIOT

Secrétaire de séance : M. Nicolas BODIN

Procurations de vote : **Besançon :** Mme Claude VARET à Mme Anne VIGNOT (à compter de la question n°3), **Thise :** M. Pascal DERIOT à Mme Lucie MARCHAND

Délibération n°2024/2024.00321
Rapport n°2 - Soutien au salon Micronora 2024

Rapporteur : Mme Anne VIGNOT, Présidente

Commission n°3\tDate\tAvis
Bureau\t12/06/2024\tFavorable

M. Jean-Marc BOUSSET (1), conseiller intéressé, ne prend part ni au débat, ni au vote.

Rapport adopté à l'unanimité :

Pour : 7

Contre : 0

Abstention* : 0

Conseillers intéressés : 1

Le Secrétaire de séance,


M. Nicolas BODIN
Vice-Président

Pour extrait conforme,
Le Président,


Gabriel BAULIEU
Maire de Serre-les-Sapins
`;

describe("extractCouncil on the next deliberation in this format", () => {
  const { facts, warnings } = extractCouncil(text, "gbm-2024-00321");
  const ofType = (type: string) => facts.relationships.filter((r) => r.type === type);
  const targets = (type: string, from: string) =>
    ofType(type)
      .filter((r) => r.from === `Person:${from}`)
      .map((r) => [r.to, r.properties]);

  it("quotes only what the text says", () => {
    const folded = foldWhiteSpace(text);
    expect(facts.relationships.filter((r) => !folded.includes(foldWhiteSpace(r.quote)))).toEqual([]);
  });

  it("reads the lists and their qualifiers", () => {
    expect(ofType("ATTENDED")).toHaveLength(7);
    expect(ofType("ABSENT_FROM")).toHaveLength(2);
    expect(targets("ATTENDED", "anne-vignot")).toEqual([["Document:gbm-2024-00321", { untilQuestion: 2 }]]);
    expect(targets("ATTENDED", "franck-bernard")).toEqual([["Document:gbm-2024-00321", { fromQuestion: 2 }]]);
    expect(targets("ATTENDED", "paul-martin")).toEqual([["Document:gbm-2024-00321", { substitute: true }]]);
    expect(targets("GAVE_PROXY_TO", "claude-varet")).toEqual([
      ["Person:anne-vignot", { document: "gbm-2024-00321", fromQuestion: 3 }],
    ]);
    expect(targets("GAVE_PROXY_TO", "pascal-deriot")).toEqual([
      ["Person:lucie-marchand", { document: "gbm-2024-00321" }],
    ]);
  });

  it("resolves communes, and leaves the unknown one without REPRESENTS", () => {
    expect(targets("REPRESENTS", "franck-bernard")).toEqual([["Commune:25153", {}]]);
    expect(targets("REPRESENTS", "jean-marc-bousset")).toEqual([["Commune:25467", {}]]);
    expect(targets("REPRESENTS", "jean-dupont")).toEqual([]);
    expect(targets("REPRESENTS", "lucie-marchand")).toEqual([]);
  });

  it("reads header, roles and vote", () => {
    expect(facts.nodes.find((n) => n.label === "Document")?.properties).toMatchObject({
      title: "Soutien au salon Micronora 2024",
      number: "2024/2024.00321",
      reportNumber: 2,
      agendaPosition: 3,
      date: "2024-07-01",
      publishedOn: "2024-07-05",
      convenedOn: "2024-06-24",
      place: "Salle Proudhon à Besançon",
      openedAt: "17:30",
      closedAt: "19:05",
      membersInOffice: 9,
      commissionOpinions: ["Bureau 12/06/2024 Favorable"],
      votesFor: 7,
      interestedCount: 1,
    });
    expect(targets("PRESIDED", "gabriel-baulieu")).toEqual([["Document:gbm-2024-00321", {}]]);
    expect(targets("SECRETARY_OF", "nicolas-bodin")).toEqual([["Document:gbm-2024-00321", {}]]);
    expect(targets("RAPPORTEUR_OF", "anne-vignot")).toEqual([["Document:gbm-2024-00321", { title: "Présidente" }]]);
    expect(targets("DECLARED_INTEREST", "jean-marc-bousset")).toEqual([["Document:gbm-2024-00321", { votes: 1 }]]);
    expect(ofType("HOLDS_ROLE").map((r) => [r.from, r.to, r.properties.title])).toEqual([
      ["Person:gabriel-baulieu", "Organization:gbm", "Vice-Président"],
      ["Person:anne-vignot", "Organization:gbm", "Présidente"],
      ["Person:nicolas-bodin", "Organization:gbm", "Vice-Président"],
      ["Person:gabriel-baulieu", "Commune:25542", "Maire"],
    ]);
  });

  it("reports the unresolved commune and the unknown receiver, and finds the counts consistent", () => {
    expect(warnings).toEqual([
      `commune "Chevezoy" read as Chevroz (25153) by the reviewed alias table`,
      expect.stringMatching(/^commune "Atlantis" unresolved \(no commune/),
      `proxy receiver: "Lucie MARCHAND" is not in the attendance lists; added as a person without commune`,
    ]);
  });
});
