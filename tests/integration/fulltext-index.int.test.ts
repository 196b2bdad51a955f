// The full-text index follows its definition: an index of an older definition (a store from before
// projects were searchable) is re-created, and projects are found by the search. The definition
// test uses an index of its own, so the shared `entity_search` is never dropped under other tests.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SearchDocument } from "../../client/src/__generated__/graphql.js";
import { assertFulltextIndex } from "../../graph/store-schema.js";
import { aNode, factSet } from "../helpers/fact-builders.js";
import { TestServer } from "../helpers/test-server.js";

describe("the full-text index", () => {
  let server: TestServer;
  let name: string;

  beforeAll(async () => {
    server = await TestServer.start();
    name = `test_search_${server.uniqueId("index").replace(/\W/g, "_")}`;
  });

  afterAll(async () => {
    await server.driver.executeQuery(`DROP INDEX ${name} IF EXISTS`);
    await server.close();
  });

  const definition = async () => {
    const { records } = await server.driver.executeQuery(
      "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties WHERE name = $name RETURN labelsOrTypes, properties",
      { name },
    );
    return records.map((record) => ({
      labels: [...(record.get("labelsOrTypes") as string[])].sort(),
      properties: record.get("properties") as string[],
    }));
  };

  it("is created, left alone when it matches, and re-created when its labels changed", async () => {
    expect(await assertFulltextIndex(server.driver, { name, labels: ["Organization"], properties: ["name"] })).toBe(
      "created",
    );
    expect(await assertFulltextIndex(server.driver, { name, labels: ["Organization"], properties: ["name"] })).toBe(
      "unchanged",
    );
    expect(
      await assertFulltextIndex(server.driver, { name, labels: ["Organization", "Project"], properties: ["name"] }),
    ).toBe("recreated");
    expect(await definition()).toEqual([{ labels: ["Organization", "Project"], properties: ["name"] }]);
  });

  it("lets the search find a project, so a funding can be given to one", async () => {
    const tag = server.uniqueId("proj").replace(/\W/g, "");
    const project = aNode("Project", server.uniqueId("projet")).with({ name: `Projet Horloge ${tag}` });
    await server.save(factSet(project));
    const { search } = await server.execute(SearchDocument, { text: `horloge ${tag}`, labels: ["Project"] });
    expect(search.hits.map((hit) => hit.node.ref)).toEqual([project.ref]);
  });

  it("finds the seeded event series, the place abroad and the convention by name", async () => {
    const refs = async (text: string, labels?: Array<"EventSeries" | "Place" | "Convention">) =>
      (await server.execute(SearchDocument, { text, labels })).search.hits.map((hit) => hit.node.ref);
    expect(await refs("Paris Space Week", ["EventSeries"])).toEqual(["EventSeries:paris-space-week"]);
    expect(await refs("Paris Space Week")).toEqual(expect.arrayContaining(["EventSeries:paris-space-week"]));
    expect(await refs("Torino", ["Place"])).toEqual(["Place:torino"]);
    expect(await refs("Torino")).toEqual(expect.arrayContaining(["Place:torino"]));
    expect(await refs("convention animation microtechniques", ["Convention"])).toEqual(["Convention:gbm-pmt-2024"]);
  });
});
