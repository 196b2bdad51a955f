import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { describe, expect, it } from "vitest";
import i18next from "i18next";
import { en, fr } from "../i18n";
import { formErrorsOf, formFieldOf, localErrors, problemInWords } from "./field-errors";

const factFields = ["to", "year", "amount", "evidence.quote", "evidence.reason", "evidence.confidence", "why"];

const refused = (...errors: Array<{ message: string; extensions: Record<string, unknown> }>) =>
  new CombinedGraphQLErrors({ data: null, errors });

describe("placing a refused edit's errors", () => {
  it("puts each problem the server lists next to its field", () => {
    const error = refused({
      message: "input.evidence.reason: say why an unverified fact is added; input.year: a year between 1900 and 2100",
      extensions: {
        code: "BAD_USER_INPUT",
        fields: [
          { field: "input.evidence.reason", message: "say why an unverified fact is added" },
          { field: "input.year", message: "a year between 1900 and 2100" },
        ],
      },
    });
    expect(formErrorsOf(error, factFields)).toEqual({
      fields: { "evidence.reason": "say why an unverified fact is added", year: "a year between 1900 and 2100" },
      general: [],
    });
  });

  it("keeps above the form what belongs to no field: a duplicate fact, a start node, a refused role", () => {
    const error = refused(
      {
        message: "input: this fact exists already",
        extensions: {
          code: "BAD_USER_INPUT",
          fields: [
            { field: "input", message: "this fact exists already" },
            { field: "input.from", message: "nothing has the reference X" },
          ],
        },
      },
      { message: "Your role does not allow this: it needs the editor role.", extensions: { code: "FORBIDDEN" } },
    );
    expect(formErrorsOf(error, factFields)).toEqual({
      fields: {},
      general: [
        "this fact exists already",
        "nothing has the reference X",
        "Your role does not allow this: it needs the editor role.",
      ],
    });
  });

  it("places an argument error by its argument name, and joins two problems of one field", () => {
    const error = refused(
      {
        message: "input.to must be a reference Label:key",
        extensions: { code: "BAD_USER_INPUT", argumentName: "input.to" },
      },
      {
        message: "why: say why",
        extensions: {
          code: "BAD_USER_INPUT",
          fields: [
            { field: "why", message: "say why" },
            { field: "why", message: "too short" },
          ],
        },
      },
    );
    expect(formErrorsOf(error, factFields).fields).toEqual({
      to: "input.to must be a reference Label:key",
      why: "say why ; too short",
    });
  });

  it("gives a network failure as a general error", () => {
    expect(formErrorsOf(new TypeError("Failed to fetch"), factFields)).toEqual({
      fields: {},
      general: ["Failed to fetch"],
    });
  });

  it("maps a server path to a form field only when the form has it", () => {
    expect(formFieldOf("changes.siren", ["siren"])).toBe("siren");
    expect(formFieldOf("input.evidence.quote", factFields)).toBe("evidence.quote");
    expect(formFieldOf("id", factFields)).toBeUndefined();
  });

  it("words the problems found before sending", () => {
    expect(localErrors({ to: "pickOther" }, (code) => `[${code}]`)).toEqual({
      fields: { to: "[pickOther]" },
      general: [],
    });
  });
});

describe("saying the server's problems in the app's language", () => {
  const translator = (language: "fr" | "en") => {
    const instance = i18next.createInstance();
    void instance.init({
      lng: language,
      resources: { fr: { translation: fr }, en: { translation: en } },
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    return problemInWords((key, options) => instance.t(key, options));
  };
  const error = refused({
    message:
      "input.to: LOCATED_IN goes to Commune, not Event; input.evidence.reason: say why an unverified fact is added; input.role: a new rule",
    extensions: {
      code: "BAD_USER_INPUT",
      fields: [
        {
          field: "input.to",
          message: "LOCATED_IN goes to Commune, not Event",
          code: "WRONG_END",
          values: { type: "LOCATED_IN", expected: "Commune", got: "Event" },
        },
        { field: "input.evidence.reason", message: "say why an unverified fact is added", code: "REASON_REQUIRED" },
        { field: "input.year", message: "a rule the app has no words for", code: "SOME_NEW_RULE" },
      ],
    },
  });

  it("gives each coded problem its French text, with the values the server named", () => {
    expect(formErrorsOf(error, factFields, translator("fr")).fields).toEqual({
      to: "Cette relation (LOCATED_IN) va vers un nœud Commune, pas Event.",
      "evidence.reason": "Dites pourquoi ce fait non vérifié est ajouté.",
      year: "a rule the app has no words for",
    });
  });

  it("gives the English text in English, and the server's words for a code the app does not know", () => {
    expect(formErrorsOf(error, factFields, translator("en")).fields).toEqual({
      to: "This relationship (LOCATED_IN) goes to a Commune node, not Event.",
      "evidence.reason": "Say why an unverified fact is added.",
      year: "a rule the app has no words for",
    });
  });
});
