import { describe, expect, it } from "vitest";
import { parseAttendance, type AttendanceEntry } from "./parse-attendance.js";
import { deliberation2024_00098 as text } from "./test-source.js";

/** The entry of the person with this name, failing when it is missing. */
function entryOf(entries: AttendanceEntry[], name: string): AttendanceEntry {
  const entry = entries.find((e) => e.name === name);
  if (!entry) throw new Error(`${name} not parsed`);
  return entry;
}

describe("parseAttendance on deliberation 2024-00098", () => {
  const present = parseAttendance(text, "present");
  const absent = parseAttendance(text, "absent");

  it("finds every present councillor once", () => {
    // Counted by hand in the text: Avanne-Aveney 1, Besançon 38 entries (Anne VIGNOT twice → 37 people),
    // and 41 entries under the 40 other headings (Saint-Vit twice, with two different councillors).
    expect(present.entries).toHaveLength(1 + 37 + 41);
    expect(present.entries.filter((e) => e.name === "Anne VIGNOT")).toHaveLength(1);
    expect(present.warnings).toContain(`"Anne VIGNOT" is listed twice in "Étaient présents" under Besançon; kept once`);
    expect(present.entries.filter((e) => e.commune === "Saint-Vit").map((e) => e.name)).toEqual([
      "Anne BIHR",
      "Pascal ROUTHIER",
    ]);
  });

  it("finds every absent councillor", () => {
    // Counted by hand: Amagney 1, Audeux 1, Besançon 17, then 24 other headings of one councillor each.
    expect(absent.entries).toHaveLength(1 + 1 + 17 + 24);
    expect(absent.entries.filter((e) => e.commune === "Besançon")).toHaveLength(17);
    expect(absent.warnings).toEqual([]);
  });

  it("reads the question ranges, whatever the spacing after n°", () => {
    expect(entryOf(present.entries, "Yannick POUJET")).toMatchObject({
      fromQuestion: 5,
      quote: "M. Yannick POUJET (à compter de la question n°5)",
    });
    expect(entryOf(present.entries, "Yannick POUJET").untilQuestion).toBeUndefined();
    expect(entryOf(present.entries, "Valérie HALLER")).toMatchObject({ untilQuestion: 5, commune: "Besançon" });
    expect(entryOf(present.entries, "Valérie HALLER").fromQuestion).toBeUndefined();
    expect(entryOf(present.entries, "Pierre-Charles HENRY")).toMatchObject({ fromQuestion: 6 });
    expect(entryOf(present.entries, "Anthony POULIN")).toMatchObject({ untilQuestion: 28 });
    expect(entryOf(present.entries, "Marcel FELT")).toMatchObject({ fromQuestion: 11, commune: "Miserey-Salines" });
    expect(entryOf(present.entries, "Jean-Marc JOUFFROY")).toMatchObject({
      fromQuestion: 12,
      commune: "Velesmes-Essarts",
    });
    const limited = present.entries.filter((e) => e.fromQuestion !== undefined || e.untilQuestion !== undefined);
    expect(limited.map((e) => e.name).sort()).toEqual([
      "Anthony POULIN",
      "Jean-Marc JOUFFROY",
      "Marcel FELT",
      "Pierre-Charles HENRY",
      "Valérie HALLER",
      "Yannick POUJET",
    ]);
  });

  it("marks the substitute and keeps the mark in the quote", () => {
    expect(entryOf(present.entries, "Patricia BORNAND")).toMatchObject({
      civility: "Mme",
      commune: "Grandfontaine",
      substitute: true,
      quote: "Mme Patricia BORNAND, suppléante",
    });
    expect(present.entries.filter((e) => e.substitute)).toHaveLength(1);
  });

  it("keeps an entry without civility, and reports it", () => {
    expect(entryOf(present.entries, "Jean-François MENESTRIER")).toMatchObject({
      civility: null,
      commune: "Cussey-Sur-L'Ognon",
    });
    expect(present.warnings).toContain(`"Jean-François MENESTRIER" (Cussey-Sur-L'Ognon) has no civility (M./Mme)`);
  });

  it("quotes the commune heading down to the person", () => {
    expect(entryOf(present.entries, "Gilles ORY").communeQuote).toBe("**Bonnay :** M. Gilles ORY");
    expect(entryOf(absent.entries, "Philippe PERNOT")).toMatchObject({
      civility: "M.",
      commune: "Merey-Vieille",
      communeQuote: "**Merey-Vieille :** M. Philippe PERNOT",
    });
  });

  it("reports a missing paragraph", () => {
    expect(parseAttendance("Rien ici.", "present")).toEqual({
      entries: [],
      warnings: [`no "Étaient présents :" paragraph found`],
    });
  });
});
