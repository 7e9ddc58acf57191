import { defaultPeriod, periodGroups, periodLabel } from "../../src/taskpane/period-options";

describe("period options", () => {
  it("labels months, quarters and years as users say them", () => {
    expect(periodLabel("2026-03")).toBe("2026年3月");
    expect(periodLabel("2026Q1")).toBe("2026年第1季度");
    expect(periodLabel("2026")).toBe("2026年度");
  });

  it("offers the months, quarters and years present, newest first", () => {
    const groups = periodGroups(["2025-12", "2026-01", "2026-02"]);
    expect(groups.map((g) => [g.kind, g.options.map((o) => o.value)])).toEqual([
      ["month", ["2026-02", "2026-01", "2025-12"]],
      ["quarter", ["2026Q1", "2025Q4"]],
      ["year", ["2026", "2025"]],
    ]);
  });

  it("offers nothing when there are no months", () => {
    expect(periodGroups([])).toEqual([]);
  });

  it("keeps the chosen period while it is offered, else picks the newest month", () => {
    const groups = periodGroups(["2026-01", "2026-02"]);
    expect(defaultPeriod(groups, "2026Q1")).toBe("2026Q1");
    expect(defaultPeriod(groups, "2025-05")).toBe("2026-02");
    expect(defaultPeriod(groups, null)).toBe("2026-02");
    expect(defaultPeriod([], null)).toBeNull();
  });
});
