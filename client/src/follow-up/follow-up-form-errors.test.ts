import { CombinedGraphQLErrors } from "@apollo/client/errors";
import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { formErrorsOf } from "../editing";
import { en, fr } from "../i18n";
import { followUpProblemInWords, receiptFormFields, resultFormFields } from "./follow-up-form-errors";

const refused = (...fields: Array<{ field: string; message: string; code?: string; values?: object }>) =>
  new CombinedGraphQLErrors({
    data: null,
    errors: [{ message: fields.map((f) => f.message).join("; "), extensions: { code: "BAD_USER_INPUT", fields } }],
  });

async function wordsIn(language: "fr" | "en") {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: language,
    resources: { fr: { translation: fr }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  return followUpProblemInWords(i18n.t.bind(i18n) as never);
}

describe("the follow-up forms' errors", () => {
  it("puts a result's problems at their fields, in French", async () => {
    const error = refused(
      {
        field: "input.evidence.quote",
        message: "the passage is not in the text of document d-1",
        code: "QUOTE_NOT_IN_DOCUMENT",
        values: { document: "d-1" },
      },
      { field: "input.periodEnd", message: "a period needs its first and last days", code: "PERIOD_RANGE" },
      { field: "why", message: "say why the change is made", code: "WHY_REQUIRED" },
    );
    expect(formErrorsOf(error, resultFormFields, await wordsIn("fr"))).toEqual({
      fields: {
        "evidence.quote":
          "Ce passage n'est pas dans le texte du document d-1 : citez-le mot pour mot, ou saisissez le résultat comme non vérifié avec une note.",
        periodEnd: "Une période demande son premier et son dernier jour, le dernier pas avant le premier.",
        why: "Dites pourquoi la modification est faite.",
      },
      general: [],
    });
  });

  it("keeps above the receipt form what is not one of its fields, and says it in English when asked", async () => {
    const error = refused(
      {
        field: "input.deliverable",
        message: "already received on 2024-06-01",
        code: "ALREADY_RECEIVED",
        values: { on: "2024-06-01" },
      },
      {
        field: "input.document",
        message: "no document is Document:x",
        code: "UNKNOWN_DOCUMENT",
        values: { id: "Document:x" },
      },
    );
    expect(formErrorsOf(error, receiptFormFields, await wordsIn("en"))).toEqual({
      fields: { document: "No document has the id “Document:x”." },
      general: ["Already received on 2024-06-01: revert that receipt first."],
    });
  });

  it("falls back to the server's words for a code it has no text for", async () => {
    const error = refused({ field: "input.value", message: "something new", code: "SOMETHING_NEW" });
    expect(formErrorsOf(error, resultFormFields, await wordsIn("fr")).fields).toEqual({ value: "something new" });
  });

  it("has a French and an English text for every problem code", () => {
    expect(Object.keys(en.followUp.problems).sort()).toEqual(Object.keys(fr.followUp.problems).sort());
  });
});
