import { describe, expect, it } from "vitest";
import { parseVote } from "./parse-vote.js";
import { deliberation2024_00098 as text } from "./test-source.js";

describe("parseVote on deliberation 2024-00098", () => {
  const { vote, warnings } = parseVote(text);

  it("reads the counts and the outcome", () => {
    expect(vote).toMatchObject({
      votesFor: 102,
      votesAgainst: 0,
      abstentions: 0,
      interestedCount: 4,
      outcome: "Rapport adopté à l'unanimité",
    });
    expect(warnings).toEqual([]);
  });

  it("reads the interested councillors and the votes they hold, MM. carrying to both names", () => {
    expect(vote.interested).toEqual([
      { civility: "Mme", name: "Frédérique BAEHR", votes: 1 },
      { civility: "M.", name: "Sébastien COUDRY", votes: 2 },
      { civility: "M.", name: "Benoît VUILLEMIN", votes: 1 },
    ]);
    expect(vote.interestedQuote).toBe(
      "Mme Frédérique BAEHR (1) et MM. Sébastien COUDRY (2) et Benoît VUILLEMIN (1), conseillers intéressés",
    );
  });

  it("reads a single interested councillor and reports missing counts", () => {
    const { vote: single, warnings: missing } = parseVote(
      "M. Paul DURAND (1), conseiller intéressé, ne prend part ni au débat, ni au vote.\n\nPour : 90\n",
    );
    expect(single.interested).toEqual([{ civility: "M.", name: "Paul DURAND", votes: 1 }]);
    expect(single.votesFor).toBe(90);
    expect(missing).toEqual([
      "vote: votesAgainst not found",
      "vote: abstentions not found",
      "vote: interestedCount not found",
    ]);
  });
});
