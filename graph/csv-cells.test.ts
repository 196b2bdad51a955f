import { describe, expect, it } from "vitest";
import { inertCell } from "./csv-cells.js";

describe("inertCell", () => {
  it.each(["- 5", "-5", "=1+1", "@x", "\tx", "\rx", "+33", "-", "=", "+"])("prefixes %j with a quote", (text) => {
    expect(inertCell(text)).toBe(`'${text}`);
  });

  it.each(["Statice", "5", "", " =1", "'=1", "Besançon - Micronora", "a=b"])("leaves %j as it is", (text) => {
    expect(inertCell(text)).toBe(text);
  });
});
