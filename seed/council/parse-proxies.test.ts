import { describe, expect, it } from "vitest";
import { parseProxies, type ProxyEntry } from "./parse-proxies.js";
import { deliberation2024_00098 as text } from "./test-source.js";

/** The proxy this person gave, failing when it is missing. */
function proxyOf(entries: ProxyEntry[], giver: string): ProxyEntry {
  const entry = entries.find((e) => e.giver.name === giver);
  if (!entry) throw new Error(`no proxy from ${giver}`);
  return entry;
}

describe("parseProxies on deliberation 2024-00098", () => {
  const { entries, warnings } = parseProxies(text);

  it("finds every proxy", () => {
    // Counted by hand: Audeux 1, Besançon 18, and 12 other headings of one proxy each.
    expect(entries).toHaveLength(1 + 18 + 12);
    expect(entries.filter((e) => e.commune === "Besançon")).toHaveLength(18);
    expect(warnings).toEqual([]);
  });

  it("reads giver, receiver and quote", () => {
    expect(proxyOf(entries, "Hasni ALEM")).toEqual({
      giver: { civility: "M.", name: "Hasni ALEM" },
      receiver: { civility: "M.", name: "Gérard MONNIEN" },
      commune: "Besançon",
      quote: "M. Hasni ALEM à M. Gérard MONNIEN",
      communeQuote: "**Besançon :** M. Hasni ALEM",
    });
  });

  it("reads the question ranges", () => {
    expect(proxyOf(entries, "Valérie HALLER")).toMatchObject({
      fromQuestion: 6,
      receiver: { name: "Lorine GAGLILOLO" },
    });
    expect(proxyOf(entries, "Pierre-Charles HENRY")).toMatchObject({
      untilQuestion: 5,
      receiver: { name: "Karine DENIS-LAMIT" },
    });
    expect(proxyOf(entries, "Anthony POULIN")).toMatchObject({ fromQuestion: 29 });
    expect(proxyOf(entries, "Marcel FELT")).toMatchObject({
      untilQuestion: 10,
      commune: "Miserey-Salines",
      quote: "M. Marcel FELT à M. Yves GUYEN (jusqu'à la question n°10 incluse)",
    });
    expect(proxyOf(entries, "Jean-Marc JOUFFROY")).toMatchObject({ untilQuestion: 11 }); // "n° 11", with a space
    expect(entries.filter((e) => e.fromQuestion !== undefined || e.untilQuestion !== undefined)).toHaveLength(5);
  });

  it("keeps receivers as written", () => {
    expect(proxyOf(entries, "Anne BENEDETTO").receiver).toEqual({ civility: "M.", name: "Kevin BERTAGNOLI" });
    expect(proxyOf(entries, "Laurence MULOT").receiver).toEqual({ civility: "Mme", name: "Marie LAMBERT" });
  });
});
