import { describe, expect, it } from "vitest";
import { deliverableUrl, fileNameOf } from "./deliverable-files";

describe("downloading a convention table", () => {
  it("asks for the table in its format, for a year or every year", () => {
    expect(deliverableUrl("participants-per-event", "csv", "2024")).toBe(
      "/api/deliverables/participants-per-event.csv?year=2024",
    );
    expect(deliverableUrl("member-firms", "xlsx", " ")).toBe("/api/deliverables/member-firms.xlsx");
  });

  it("saves the file under the name the server gives", () => {
    expect(fileNameOf('attachment; filename="participants-per-event-2024.csv"', "x.csv")).toBe(
      "participants-per-event-2024.csv",
    );
    expect(fileNameOf("attachment; filename*=UTF-8''membres%20GBM.xlsx", "x.xlsx")).toBe("membres GBM.xlsx");
    expect(fileNameOf(null, "member-firms.xlsx")).toBe("member-firms.xlsx");
  });
});
