import { parsePeriod, periodsOf, quarterOf } from "../../src/engine/period";

describe("parsePeriod", () => {
  it("reads a month and pads it", () => {
    expect(parsePeriod("2026-3")).toEqual({ label: "2026-03", kind: "month", months: ["2026-03"] });
  });
  it("reads a quarter as its three months", () => {
    expect(parsePeriod("2026Q2")?.months).toEqual(["2026-04", "2026-05", "2026-06"]);
  });
  it("reads a year as its twelve months", () => {
    const p = parsePeriod("2026");
    expect(p?.kind).toBe("year");
    expect(p?.months).toHaveLength(12);
    expect(p?.months[11]).toBe("2026-12");
  });
  it("rejects month 13 and other text", () => {
    expect(parsePeriod("2026-13")).toBeNull();
    expect(parsePeriod("2026Q5")).toBeNull();
    expect(parsePeriod("三月")).toBeNull();
  });
});

describe("periodsOf", () => {
  it("offers the months, quarters and years present, newest first", () => {
    expect(periodsOf(["2026-01", "2025-12", "2026-03"])).toEqual({
      months: ["2026-03", "2026-01", "2025-12"],
      quarters: ["2026Q1", "2025Q4"],
      years: ["2026", "2025"],
    });
    expect(quarterOf("2026-12")).toBe("2026Q4");
  });
});
