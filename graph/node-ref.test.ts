import { describe, expect, it } from "vitest";
import { InvalidNodeRefError, isLabel, nodePattern, parseNodeRef } from "./node-ref.js";

describe("parseNodeRef", () => {
  it("splits a reference into its label, key property and key", () => {
    expect(parseNodeRef("Organization:femto-st")).toEqual({
      label: "Organization",
      keyProperty: "id",
      key: "femto-st",
    });
    expect(parseNodeRef("Market:ASD")).toEqual({ label: "Market", keyProperty: "code", key: "ASD" });
    expect(parseNodeRef("Event:a:b")).toMatchObject({ label: "Event", key: "a:b" });
  });

  it.each([
    "constructor:x",
    "toString:x",
    "__proto__:x",
    "hasOwnProperty:x",
    "organization:pmt",
    ":pmt",
    "Organization:",
    "pmt",
  ])("refuses %s, which is no Label:key of the vocabulary", (ref) => {
    expect(() => parseNodeRef(ref)).toThrow(InvalidNodeRefError);
  });

  it("knows the vocabulary's labels by own property only", () => {
    expect(isLabel("Commune")).toBe(true);
    expect(isLabel("constructor")).toBe(false);
  });

  it("writes a Cypher pattern with the key as a parameter", () => {
    expect(nodePattern("c", parseNodeRef("Commune:25056"), "key")).toBe("(c:Commune {id: $key})");
  });
});
