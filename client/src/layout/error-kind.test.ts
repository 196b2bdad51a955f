import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import { describe, expect, it } from "vitest";
import { errorKind, errorMessage, isRefusedSignIn } from "./error-kind";

const graphQLErrors = (...codes: string[]) =>
  new CombinedGraphQLErrors({
    data: null,
    errors: codes.map((code) => ({ message: `refused: ${code}`, extensions: { code } })),
  });

describe("telling what went wrong", () => {
  it("tells a bad request from a refused access and a failing server", () => {
    expect(errorKind(graphQLErrors("BAD_USER_INPUT", "BAD_USER_INPUT"))).toBe("badInput");
    expect(errorKind(graphQLErrors("UNAUTHENTICATED"))).toBe("access");
    expect(errorKind(graphQLErrors("FORBIDDEN", "BAD_USER_INPUT"))).toBe("access");
    expect(errorKind(graphQLErrors("INTERNAL_SERVER_ERROR"))).toBe("server");
    expect(
      errorKind(new ServerError("Unauthorized", { response: new Response("", { status: 401 }), bodyText: "" })),
    ).toBe("access");
    expect(
      errorKind(new ServerError("Bad gateway", { response: new Response("", { status: 502 }), bodyText: "" })),
    ).toBe("server");
    expect(errorKind(new TypeError("Failed to fetch"))).toBe("server");
  });

  it("gives each GraphQL error's message once", () => {
    expect(errorMessage(graphQLErrors("BAD_USER_INPUT", "BAD_USER_INPUT", "FORBIDDEN"))).toBe(
      "refused: BAD_USER_INPUT · refused: FORBIDDEN",
    );
    expect(errorMessage(new TypeError("Failed to fetch"))).toBe("Failed to fetch");
  });

  it("tells a refused sign-in token from other failures", () => {
    expect(isRefusedSignIn(graphQLErrors("UNAUTHENTICATED"))).toBe(true);
    expect(
      isRefusedSignIn(new ServerError("Unauthorized", { response: new Response("", { status: 401 }), bodyText: "" })),
    ).toBe(true);
    expect(isRefusedSignIn(graphQLErrors("FORBIDDEN"))).toBe(false);
    expect(isRefusedSignIn(new TypeError("Failed to fetch"))).toBe(false);
  });
});
