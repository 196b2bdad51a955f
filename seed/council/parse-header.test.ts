import { describe, expect, it } from "vitest";
import { frenchAmount, frenchLongDate, frenchNumericDate, frenchTime } from "./french-values.js";
import { parseHeader } from "./parse-header.js";
import { parseReport } from "./parse-report.js";
import { parseSignatures } from "./parse-signatures.js";
import { deliberation2024_00098 as text } from "./test-source.js";

describe("parseHeader on deliberation 2024-00098", () => {
  const { header, warnings } = parseHeader(text);

  it("reads dates, members, place and times", () => {
    expect(header).toMatchObject({
      date: "2024-04-11",
      publishedOn: "2024-04-24",
      convenedOn: "2024-04-04",
      membersInOffice: 123,
      place: "Salle des conférences de la CCIT du Doubs 46 avenue Villarceau à Besançon",
      openedAt: "18:00",
      closedAt: "20:58",
    });
    expect(header.agendaOrder).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
    expect(warnings).toEqual([]);
  });

  it("reads the president with her title, and the secretary", () => {
    expect(header.president).toEqual({
      civility: "Mme",
      name: "Anne VIGNOT",
      quote: "sous la présidence de Mme Anne VIGNOT",
      title: "Présidente de Grand Besançon Métropole",
      titleQuote: "Mme Anne VIGNOT, Présidente de Grand Besançon Métropole",
    });
    expect(header.secretary).toEqual({
      civility: "Mme",
      name: "Françoise PRESSE",
      quote: "Secrétaire de séance : Mme Françoise PRESSE",
    });
  });
});

describe("parseReport on deliberation 2024-00098", () => {
  const { report, warnings } = parseReport(text);

  it("reads number, report and title", () => {
    expect(report).toMatchObject({
      number: "2024/2024.00098",
      reportNumber: 14,
      title:
        "Actions recherche et innovation- Soutien au programme d'actions Animation porté par le pôle des microtechniques (PMT) pour l'année 2024",
    });
    expect(warnings).toEqual([]);
  });

  it("reads the rapporteur, the opinions and the budget", () => {
    expect(report.rapporteur).toEqual({
      civility: "M.",
      name: "Nicolas BODIN",
      title: "Vice-Président",
      quote: "Rapporteur : M. Nicolas BODIN, Vice-Président",
    });
    expect(report.commission).toBe("Commission n°2");
    expect(report.commissionOpinions).toEqual(["Bureau 13/03/2024 Favorable", "Commission n°2 28/03/2024 Favorable"]);
    expect(report).toMatchObject({
      budgetLine: "BP 2024 et PPIF 2024-2028 « Actions recherche et innovation »",
      budgetYear: 2024,
      budgetPlanned: 214400,
      operationAmount: 45000,
    });
  });
});

describe("parseSignatures on deliberation 2024-00098", () => {
  it("reads the title under each signature", () => {
    expect(parseSignatures(text)).toEqual([
      {
        civility: "Mme",
        name: "Françoise PRESSE",
        signedAs: "Secrétaire de séance",
        title: "Conseillère Communautaire Déléguée",
        quote: "Mme Françoise PRESSE\nConseillère Communautaire Déléguée",
      },
      {
        civility: null,
        name: "Anne VIGNOT",
        signedAs: "Présidente",
        title: "Maire de Besançon",
        quote: "Anne VIGNOT\nMaire de Besançon",
      },
    ]);
  });
});

describe("French values", () => {
  it("converts dates, times and amounts", () => {
    expect(frenchLongDate("jeudi 11 avril 2024")).toBe("2024-04-11");
    expect(frenchLongDate("1er février 2025")).toBe("2025-02-01");
    expect(frenchLongDate("11 brumaire 2024")).toBeUndefined();
    expect(frenchNumericDate("24/04/2024")).toBe("2024-04-24");
    expect(frenchTime("18h00")).toBe("18:00");
    expect(frenchTime("9h05")).toBe("09:05");
    expect(frenchAmount("214 400")).toBe(214400);
    expect(frenchAmount("45\u202f000")).toBe(45000);
    expect(frenchAmount("quarante")).toBeUndefined();
  });
});
