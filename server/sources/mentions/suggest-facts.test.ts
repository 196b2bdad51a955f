import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { Gazetteer } from "./gazetteer.js";
import { scanMentions } from "./scan-mentions.js";
import { suggestFacts, type SuggestedFact } from "./suggest-facts.js";

interface LabelledSet {
  entities: Array<{ ref: string; names: string[]; year?: number }>;
  passages: Array<{ text: string; facts: string[] }>;
}

const labelled = parse(
  readFileSync(path.join(import.meta.dirname, "../../../tests/fixtures/sources/labelled-passages.yaml"), "utf8"),
) as LabelledSet;

const gazetteer = new Gazetteer();
for (const entity of labelled.entities)
  gazetteer.add(
    { ref: entity.ref, label: entity.ref.split(":")[0]!, name: entity.names[0]!, year: entity.year },
    entity.names,
  );

/** A suggestion in the labelled set's notation. */
function notation(fact: SuggestedFact): string {
  return fact.kind === "NEW_ORGANIZATION"
    ? `NEW_ORGANIZATION ${fact.name}`
    : `${fact.kind} ${fact.from!.ref} ${fact.to!.ref}`;
}

function suggestionsOf(text: string): SuggestedFact[] {
  return suggestFacts(text, scanMentions(text, gazetteer));
}

describe("suggestFacts", () => {
  it("holds at least 40 hand-labelled passages", () => {
    expect(labelled.passages.length).toBeGreaterThanOrEqual(40);
  });

  it("finds the labelled facts with precision ≥ 0.9 and recall ≥ 0.75", () => {
    let truePositives = 0;
    let suggested = 0;
    let expected = 0;
    const misses: string[] = [];
    for (const passage of labelled.passages) {
      const found = new Set(suggestionsOf(passage.text).map(notation));
      const wanted = new Set(passage.facts);
      suggested += found.size;
      expected += wanted.size;
      for (const fact of found) if (wanted.has(fact)) truePositives++;
      for (const fact of found) if (!wanted.has(fact)) misses.push(`  wrong: ${fact}  ← ${passage.text}`);
      for (const fact of wanted) if (!found.has(fact)) misses.push(`  missed: ${fact}  ← ${passage.text}`);
    }
    const precision = truePositives / suggested;
    const recall = truePositives / expected;
    console.log(
      `suggestion patterns on ${labelled.passages.length} passages: precision ${precision.toFixed(3)} (${truePositives}/${suggested}), recall ${recall.toFixed(3)} (${truePositives}/${expected})\n${misses.join("\n")}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.75);
  });

  it("quotes the sentence that states the fact, at its offsets", () => {
    const text = "Un préambule. Cryla, à Thise, innove. Une suite.";
    const [located] = suggestionsOf(text);
    expect(located).toMatchObject({ kind: "LOCATED_IN", quote: "Cryla, à Thise, innove." });
    expect(text.slice(located!.start, located!.end)).toBe(located!.quote);
  });

  it("gives a funding its amount and a participation the edition of its year", () => {
    const [funding] = suggestionsOf("GBM soutient Etincelles à hauteur de 25 000 € en 2024.");
    expect(funding).toMatchObject({ kind: "FUNDS", amount: 25_000, year: 2024 });
    const [participation] = suggestionsOf("Cryla a exposé à Micronora en 2022.");
    expect(participation).toMatchObject({ to: { ref: "Event:micronora-2022" }, year: 2022, role: "exposant" });
  });
});
