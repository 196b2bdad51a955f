// Generated hostile requests: random and schema-aware, each tagged with its class.

/** One hostile request: the raw body to POST and the class it belongs to. */
export interface HostileRequest {
  kind: string;
  body: string;
  /** Sent with this content type (application/json unless said). */
  contentType?: string;
}

/** A small seeded PRNG (mulberry32), so a failing request can be reproduced from its seed. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Strings that try to break out of Cypher, Lucene, JSON or the shell. */
const injections = [
  `") DETACH DELETE n //`,
  `Organization:x}) MATCH (n) DETACH DELETE n //`,
  `' OR 1=1 --`,
  `*:* OR name:*`,
  `femto~ AND (a OR b) ^2 "unterminated`,
  `\\u0000\\u0001`,
  `$(rm -rf /)`,
  `{{7*7}}`,
  `Organization:pmt\`) RETURN 1 //`,
  `Market:ASD' UNION MATCH (n) RETURN n //`,
  `\\"}], "query": "{ __schema { types { name } } }`,
];

const query = (text: string, variables?: Record<string, unknown>) => JSON.stringify({ query: text, variables });

/**
 * The nested-list request measured on main: `aliases` copies of `documents` with attendees and what
 * they attended nested `depth` deep. Within the depth and alias limits; each list multiplies the next.
 */
export function nestedAttendeesAttack(aliases = 30, depth = 13): string {
  // From a Document, `attendees` (people); from a Person, `attended` (documents); and so on.
  const nest = (level: number, onDocument: boolean): string =>
    level === 0 ? "id" : `${onDocument ? "attendees" : "attended"} { id ${nest(level - 1, !onDocument)} }`;
  return `{ ${Array.from({ length: aliases }, (_, index) => `a${index}: documents { id ${nest(depth - 1, true)} }`).join(" ")} }`;
}

/** Builds `count` hostile requests from a seed, cycling through every class. */
export function hostileRequests(count: number, seed = 1): HostileRequest[] {
  const random = prng(seed);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
  const injection = () => pick(injections);
  const classes: Array<() => HostileRequest> = [
    () => ({
      kind: "garbage",
      body: Array.from({ length: 1 + Math.floor(random() * 200) }, () =>
        String.fromCharCode(32 + Math.floor(random() * 95)),
      ).join(""),
    }),
    () => ({
      kind: "garbage-query",
      body: query(
        Array.from({ length: 1 + Math.floor(random() * 80) }, () =>
          pick(["{", "}", "(", ")", "...", "on", "query", "$", "!", ":", "@", '"', "#"]),
        ).join(" "),
      ),
    }),
    () => {
      const depth = 17 + Math.floor(random() * 40);
      return {
        kind: "deep-nesting",
        body: query(`{ organizations { ${"partOf { ".repeat(depth)}id${" }".repeat(depth)} } }`),
      };
    },
    () => {
      const aliases = 31 + Math.floor(random() * 500);
      return {
        kind: "alias-flood",
        body: query(
          `{ ${Array.from({ length: aliases }, (_, index) => `a${index}: countsByKind { count }`).join(" ")} }`,
        ),
      };
    },
    () => ({
      kind: "nested-lists",
      body: query(nestedAttendeesAttack(1 + Math.floor(random() * 30), 3 + Math.floor(random() * 11))),
    }),
    () => ({
      kind: "root-field-flood",
      body: query(
        `{ ${Array.from({ length: 11 + Math.floor(random() * 19) }, (_, index) => `r${index}: search(text: "a") { totalCount }`).join(" ")} }`,
      ),
    }),
    () => ({
      kind: "huge-string",
      body: query("query ($text: String!) { search(text: $text) { totalCount } }", {
        text: "x ".repeat(50_000 + Math.floor(random() * 200_000)),
      }),
    }),
    () => ({ kind: "oversized-body", body: query(`{ countsByKind { count } } # ${"y".repeat(1_100_000)}`) }),
    () => ({
      kind: "wrong-types",
      body: query(
        "query ($ref: ID!, $depth: Int!, $limit: Int!) { neighbourhood(ref: $ref, depth: $depth, limit: $limit) { totalNodes } }",
        {
          ref: pick([42, null, ["Organization:pmt"], { ref: 1 }]),
          depth: pick(["deux", 1e12, -1, 2.5, null]),
          limit: pick(["∞", 1e15, -5]),
        },
      ),
    }),
    () => ({
      kind: "out-of-range",
      body: query(
        pick([
          `{ connections(from: "Organization:femto-st", to: "Organization:pmt", maxLength: ${7 + Math.floor(random() * 1000)}) { length } }`,
          `{ neighbourhood(ref: "Organization:pmt", depth: 3, limit: 100000000) { totalNodes } }`,
          `{ search(text: "a", limit: 1000000, offset: -4) { totalCount } }`,
        ]),
      ),
    }),
    () => ({
      kind: "injection",
      body: pick([
        query("query ($text: String!) { search(text: $text) { totalCount hits { node { ref } } } }", {
          text: injection(),
        }),
        query("query ($ref: ID!) { entity(ref: $ref) { ref } neighbourhood(ref: $ref) { totalNodes } }", {
          ref: injection(),
        }),
        query("query ($from: ID!, $to: ID!) { connections(from: $from, to: $to) { length } }", {
          from: injection(),
          to: `Organization:${injection()}`,
        }),
        query(
          "query ($id: ID!) { programmeFunding(programme: $id) { total } fundingBetween(funder: $id, recipient: $id) { amount } sourceText(id: $id) { id } }",
          { id: injection() },
        ),
        query(
          "query ($code: ID!) { firmsAtEvents(territory: $code, market: $code) { organization { ref } } eventParticipation(market: $code, territory: $code) { participants } }",
          { code: injection() },
        ),
        query("query ($name: String!) { organizations(where: { name: { contains: $name } }, limit: 5) { id } }", {
          name: injection(),
        }),
      ]),
    }),
    () => ({
      kind: "forbidden-write",
      body: query(
        'mutation ($name: String!) { createOrganization(input: { name: $name, kind: COMPANY }, why: "hostile") { change { id } } }',
        {
          name: `Hostile ${injection()}`,
        },
      ),
    }),
    () => ({
      kind: "batched",
      body: JSON.stringify([{ query: "{ countsByKind { count } }" }, { query: "{ me { roles } }" }]),
    }),
    () => ({
      kind: "wrong-content-type",
      body: query("{ countsByKind { count } }"),
      contentType: pick(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"]),
    }),
    () => ({
      kind: "introspection-deep",
      body: query(
        `query __schema { __schema { types { fields { type { ${"ofType { ".repeat(20)}name${" }".repeat(20)} } } } } }`,
      ),
    }),
    () => ({ kind: "directive-flood", body: query(`{ countsByKind ${"@include(if: true) ".repeat(60)} { count } }`) }),
  ];
  return Array.from({ length: count }, (_, index) => classes[index % classes.length]!());
}
