import { describe, expect, it } from "vitest";
import { achievedValue, addDays, deliverableStatus, progressRatio, progressState } from "./progress.js";

describe("achievedValue", () => {
  const results = [
    { value: 2, on: "2024-03-01" },
    { value: 5, on: "2024-09-01" },
    { value: 3, on: "2024-06-01" },
  ];

  it("adds up the results of a count", () => {
    expect(achievedValue("COUNT", results)).toBe(10);
  });

  it("keeps the latest result of a stock or a share", () => {
    expect(achievedValue("STOCK", results)).toBe(5);
    expect(achievedValue("SHARE", results)).toBe(5);
  });

  it("is null without results", () => {
    expect(achievedValue("COUNT", [])).toBeNull();
  });
});

describe("progressState", () => {
  it("reads an at-least target", () => {
    expect(progressState(259, 260, "MIN")).toBe("BELOW");
    expect(progressState(300, 260, "MIN")).toBe("MET");
  });

  it("reads an exact target", () => {
    expect(progressState(1, 2, "EXACT")).toBe("BELOW");
    expect(progressState(2, 2, "EXACT")).toBe("MET");
    expect(progressState(3, 2, "EXACT")).toBe("ABOVE");
  });

  it("reads an approximate target within 10 %", () => {
    expect(progressState(400, 450, "APPROX")).toBe("BELOW");
    expect(progressState(410, 450, "APPROX")).toBe("MET");
    expect(progressState(495, 450, "APPROX")).toBe("MET");
    expect(progressState(500, 450, "APPROX")).toBe("ABOVE");
  });

  it("says when nothing is recorded", () => {
    expect(progressState(null, 2, "EXACT")).toBe("NO_RESULT");
  });
});

describe("progressRatio", () => {
  it("divides the achieved by the target", () => {
    expect(progressRatio(1, 2)).toBe(0.5);
    expect(progressRatio(null, 2)).toBeNull();
    expect(progressRatio(3, 0)).toBeNull();
  });
});

describe("deliverableStatus", () => {
  it("is received, late or due", () => {
    expect(deliverableStatus("2025-04-01", "2025-04-30", "2026-01-01")).toBe("RECEIVED");
    expect(deliverableStatus(null, "2025-04-30", "2025-05-01")).toBe("LATE");
    expect(deliverableStatus(null, "2025-04-30", "2025-04-30")).toBe("DUE");
    expect(deliverableStatus(null, null, "2025-04-30")).toBe("DUE");
  });
});

describe("addDays", () => {
  it("crosses months and years", () => {
    expect(addDays("2024-12-15", 30)).toBe("2025-01-14");
  });
});
