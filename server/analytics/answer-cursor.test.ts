import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, pageSize } from "./answer-cursor.js";

describe("answer cursors", () => {
  it("give back the sort key they were made of", () => {
    const cursor = encodeCursor("firmsAtEvents", ["Ébénisterie Comtoise", "ebenisterie"]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor("firmsAtEvents", cursor, ["string", "string"])).toEqual([
      "Ébénisterie Comtoise",
      "ebenisterie",
    ]);
  });

  it("refuse a cursor that is not one, or is another question's, with BAD_USER_INPUT", () => {
    const refused = (cursor: string) => {
      try {
        decodeCursor("firmsAtEvents", cursor, ["string", "string"]);
        return null;
      } catch (error) {
        return (error as { extensions: { code: string } }).extensions.code;
      }
    };
    expect(refused("not a cursor")).toBe("BAD_USER_INPUT");
    expect(refused(Buffer.from("{}").toString("base64url"))).toBe("BAD_USER_INPUT");
    expect(refused(encodeCursor("eventParticipation", [3, "a", "b"]))).toBe("BAD_USER_INPUT");
    expect(refused(encodeCursor("firmsAtEvents", ["a", 2]))).toBe("BAD_USER_INPUT");
    expect(refused(encodeCursor("firmsAtEvents", ["a", "b"]))).toBeNull();
  });

  it("accept a page size from 1 to 500", () => {
    expect(pageSize(1)).toBe(1);
    expect(pageSize(500)).toBe(500);
    expect(() => pageSize(501)).toThrow("first must be a whole number from 1 to 500");
    expect(() => pageSize(0)).toThrow("first must be a whole number from 1 to 500");
  });
});
