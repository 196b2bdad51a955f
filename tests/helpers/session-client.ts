// A browser-like client of one person's session for integration tests: it keeps the session cookie
// the server sets, sends the CSRF header the app sends, and calls /api/auth/* and /graphql with both.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import type { GraphQLResponse } from "./test-server.js";

/** The answer of a REST call: status, headers and the JSON body (or null). */
export interface RestResponse {
  status: number;
  headers: Headers;
  body: Record<string, unknown> | null;
}

export class SessionClient {
  /** The session cookie as the server last set it (`name=value`), or undefined. */
  cookie: string | undefined;

  constructor(readonly url: string) {}

  /** POSTs JSON to /api/auth/<route> (or any path starting with /), keeping the cookie it sets. */
  async post(route: string, body: unknown = {}, headers: Record<string, string> = { "x-maillage-csrf": "1" }) {
    const response = await fetch(`${this.url}${route.startsWith("/") ? route : `/api/auth/${route}`}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers, ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify(body),
    });
    const setCookie = response.headers.get("set-cookie");
    if (setCookie) {
      const pair = setCookie.split(";")[0]!;
      this.cookie = pair.endsWith("=") ? undefined : pair;
    }
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
    } satisfies RestResponse;
  }

  /** Signs in with an e-mail address and a password; the status of the answer. */
  async signIn(email: string, password: string): Promise<RestResponse> {
    return this.post("sign-in", { email, password });
  }

  /** Runs a GraphQL operation with the session cookie. */
  async graphql<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables> | string,
    variables?: TVariables,
  ): Promise<GraphQLResponse<TResult>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query: typeof document === "string" ? document : print(document), variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLResponse<TResult>["body"] };
  }

  /** Runs a GraphQL operation and returns its data; fails with the answer when it has errors. */
  async data<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables> | string,
    variables?: TVariables,
  ): Promise<TResult> {
    const response = await this.graphql(document, variables);
    if (response.status !== 200 || response.body.errors?.length || !response.body.data) {
      throw new Error(`GraphQL request failed (HTTP ${response.status}): ${JSON.stringify(response.body, null, 2)}`);
    }
    return response.body.data;
  }
}
