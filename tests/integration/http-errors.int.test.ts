// Bad requests get a clear 4xx with a coded error, never a 500; limits name what they refuse.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestServer } from "../helpers/test-server.js";

describe("bad requests", () => {
  let server: TestServer;
  const post = (body: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
    fetch(`${server.url}/graphql`, { method: "POST", headers, body });

  beforeAll(async () => {
    server = await TestServer.start();
  });
  afterAll(async () => {
    await server?.close();
  });

  it("answers malformed JSON with 400 BAD_REQUEST", async () => {
    const response = await post('{"query": "{ organizations { id } ');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }],
    });
  });

  it("answers a body over the limit with 413", async () => {
    const response = await post(JSON.stringify({ query: `{ organizations { id } } # ${"x".repeat(1_100_000)}` }));
    expect(response.status).toBe(413);
    expect(
      ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code,
    ).toBe("PAYLOAD_TOO_LARGE");
  });

  it("refuses a text/plain POST (CSRF prevention) with 400", async () => {
    const response = await post(JSON.stringify({ query: "{ organizations { id } }" }), {
      "content-type": "text/plain",
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it("answers an unknown field with 400 GRAPHQL_VALIDATION_FAILED", async () => {
    const response = await server.post("{ organizations { id shoeSize } }");
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(response.body.errors?.[0]?.message).toMatch(/shoeSize/);
  });

  it("refuses a query deeper than the limit, naming the limit, introspection included", async () => {
    const deep = `{ organizations { ${"partOf { ".repeat(16)}id${" }".repeat(16)} } }`;
    const response = await server.post(deep);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.message).toMatch(/Query depth limit of 16 exceeded/);
    const introspection = await server.post(
      `query __schema { __schema { types { fields { type { ${"ofType { ".repeat(14)}name${" }".repeat(14)} } } } } }`,
    );
    expect(introspection.body.errors?.[0]?.message).toMatch(/Query depth limit/);
  });

  it("refuses an alias flood, naming the limit", async () => {
    const aliases = Array.from({ length: 40 }, (_, index) => `a${index}: countsByKind { count }`).join(" ");
    const response = await server.post(`{ ${aliases} }`);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.message).toMatch(/Aliases limit of 30 exceeded/);
  });

  it("answers a syntax error and a token flood with 400, naming the limit", async () => {
    const garbage = await server.post("{ ) @ query }");
    expect(garbage.status).toBe(400);
    expect(garbage.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
    const flood = await server.post(`{ countsByKind { ${"count ".repeat(6_000)}} }`);
    expect(flood.status).toBe(400);
    expect(flood.body.errors?.[0]?.message).toMatch(/Document contains more th(?:an|at) 5000 tokens/);
  });

  it("refuses batched requests", async () => {
    const response = await post(
      JSON.stringify([{ query: "{ countsByKind { count } }" }, { query: "{ countsByKind { count } }" }]),
    );
    expect(response.status).toBe(400);
  });

  it("reports ready when every constraint and index is online", async () => {
    const response = await fetch(`${server.url}/ready`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; schema: { expected: number; online: number } };
    expect(body.status).toBe("ready");
    expect(body.schema.online).toBe(body.schema.expected);
  });
});
