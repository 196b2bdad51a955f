import { describe, expect, it } from "vitest";
import { importOutcomeOf } from "./import-request";

const aReport = (status: "ready" | "committed" | "rejected") => ({
  status,
  kind: "members",
  errors: [],
  warnings: [],
  ambiguities: [],
});

describe("reading the import route's answer", () => {
  it("gives the report of a dry run, a commit and a rejected file", () => {
    expect(importOutcomeOf(200, aReport("ready"))).toEqual({ kind: "report", report: aReport("ready") });
    expect(importOutcomeOf(422, aReport("rejected"))).toMatchObject({ kind: "report", report: { status: "rejected" } });
  });

  it("gives the server's reason when there is no report: signed out, not an admin, too large", () => {
    const refused = {
      errors: [
        { message: "Your role does not allow this: it needs the admin role.", extensions: { code: "FORBIDDEN" } },
      ],
    };
    expect(importOutcomeOf(403, refused)).toEqual({
      kind: "failure",
      status: 403,
      code: "FORBIDDEN",
      message: "Your role does not allow this: it needs the admin role.",
    });
    expect(
      importOutcomeOf(413, { errors: [{ message: "too large", extensions: { code: "PAYLOAD_TOO_LARGE" } }] }),
    ).toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
    });
  });

  it("says the status when the body is not the API's", () => {
    expect(importOutcomeOf(502, null)).toEqual({ kind: "failure", status: 502, code: null, message: "HTTP 502" });
    expect(importOutcomeOf(200, { hello: "world" })).toMatchObject({ kind: "failure", status: 200 });
  });
});
