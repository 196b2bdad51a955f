import { describe, expect, it } from "vitest";
import { appendPage, fetchAllPages, pageLookup } from "./compact-pages";

/** A page of answers that each refer to a node, and to a node all pages share. */
function aPage(refs: string[], endCursor: string | null, hasNextPage: boolean, totalCount = 5) {
  return {
    totalCount,
    pageInfo: { endCursor, hasNextPage },
    answers: refs.map((ref) => ({ organization: ref, evidence: `fact-${ref}` })),
    nodes: [{ ref: "Territory:gbm" }, ...refs.map((ref) => ({ ref }))],
    relationships: [{ id: "fact-shared" }, ...refs.map((ref) => ({ id: `fact-${ref}` }))],
  };
}

describe("compact pages", () => {
  it("appends a page: answers in order, each node and relationship once, the new page's cursor", () => {
    const both = appendPage(aPage(["a", "b"], "b", true), aPage(["c"], "c", false));
    expect(both.answers.map((answer) => answer.organization)).toEqual(["a", "b", "c"]);
    expect(both.nodes.map((node) => node.ref)).toEqual(["Territory:gbm", "a", "b", "c"]);
    expect(both.relationships.map((relationship) => relationship.id)).toEqual([
      "fact-shared",
      "fact-a",
      "fact-b",
      "fact-c",
    ]);
    expect(both.pageInfo).toEqual({ endCursor: "c", hasNextPage: false });
  });

  it("looks refs up, and says which one a page lacks", () => {
    const lookup = pageLookup(aPage(["a"], "a", false));
    expect(lookup.node("a")).toEqual({ ref: "a" });
    expect(lookup.relationship("fact-a")).toEqual({ id: "fact-a" });
    expect(() => lookup.node("z")).toThrow("the page refers to z but does not hold it");
  });

  it("fetches every page after the previous cursor, telling the progress", async () => {
    const pages: Record<string, ReturnType<typeof aPage>> = {
      start: aPage(["a", "b"], "b", true),
      b: aPage(["c", "d"], "d", true),
      d: aPage(["e"], "e", false),
    };
    const asked: Array<string | null> = [];
    const progress: string[] = [];
    const all = await fetchAllPages(
      (after) => {
        asked.push(after);
        return Promise.resolve(pages[after ?? "start"]!);
      },
      2,
      (fetched, total) => progress.push(`${fetched}/${total}`),
    );
    expect(asked).toEqual([null, "b", "d"]);
    expect(progress).toEqual(["1/3", "2/3", "3/3"]);
    expect(all.answers.map((answer) => answer.organization)).toEqual(["a", "b", "c", "d", "e"]);
  });
});
