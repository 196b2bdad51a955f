import { describe, expect, it } from "vitest";
import { qualityNoteFacts, readNote } from "./quality-notes.js";

describe("the extraction's notes as facts", () => {
  it("reads a count check's two numbers: what the source states and what its lists give", () => {
    expect(readNote("79 present + 43 absent = 122 councillors listed, but 123 members in office")).toMatchObject({
      kind: "COUNT_CHECK",
      expected: 123,
      found: 122,
    });
    expect(
      readNote(
        "at question 14, the lists give 78 present + 27 proxies = 105 votes, but the tally is 102 pour + 0 contre + 0 abstention + 4 intéressés = 106",
      ),
    ).toMatchObject({ kind: "COUNT_CHECK", expected: 106, found: 105 });
  });

  it("tells a commune, a person and a name apart", () => {
    expect(readNote('commune "Francois" read as Franois (25258) by the reviewed alias table').kind).toBe("COMMUNE");
    expect(readNote('proxy receiver: "Marie LAMBERT" is not in the attendance lists').kind).toBe("PERSON");
    expect(readNote('"Anne VIGNOT" is listed twice in "Étaient présents"').kind).toBe("NAME");
  });

  it("links each note from its document, quoting the passage it is about", () => {
    const text =
      "Membres du Conseil de Communauté en exercice : 123\n\nProcurations : Mme Laurence MULOT à Mme Marie LAMBERT";
    const facts = qualityNoteFacts(
      "doc-1",
      [
        "79 present + 43 absent = 122 councillors listed, but 123 members in office",
        'proxy receiver: "Marie LAMBERT" is not in the attendance lists',
      ],
      text,
    );
    expect(facts.nodes.map((node) => [node.key, node.properties.number, node.properties.kind])).toEqual([
      ["doc-1-note-1", 1, "COUNT_CHECK"],
      ["doc-1-note-2", 2, "PERSON"],
    ]);
    expect(facts.relationships.map((fact) => [fact.from, fact.type, fact.to, fact.quote])).toEqual([
      [
        "Document:doc-1",
        "HAS_NOTE",
        "DataQualityNote:doc-1-note-1",
        "Membres du Conseil de Communauté en exercice : 123",
      ],
      ["Document:doc-1", "HAS_NOTE", "DataQualityNote:doc-1-note-2", "Marie LAMBERT"],
    ]);
  });
});
