import { parsePeriod, previousMonth, previousPeriod } from "../../src/engine/period";
import { scorePeriod } from "../../src/engine/score-period";
import { hintsOf, monthTrendsOf, NO_TREND, periodTrends, rankChangeText, trendOf, withTrends } from "../../src/engine/trends";
import type { ScoringInput } from "../../src/engine/types";
import { body, bodyStats, entry, input, region, unit, unitStats } from "./builders";

const P = (label: string) => parsePeriod(label)!;
const trendsFor = (inp: ScoringInput, label: string) => periodTrends(inp, scorePeriod(inp, P(label)));

/** Two regions in 市州, each with a body and one unit (group 市直部门); `signed` sets each unit's 及时签收 of 100 per month. */
function twoRegions(months: Record<string, { 甲: number; 乙: number }>): ScoringInput {
  const bs = Object.keys(months).flatMap((m) => [
    bodyStats(m, "甲中心", { 诉求总量: 100, 及时受理诉求量: 100, 工单办理总量: 100, 及时派发工单量: 100 }),
    bodyStats(m, "乙中心", { 诉求总量: 100, 及时受理诉求量: 100, 工单办理总量: 100, 及时派发工单量: 100 }),
  ]);
  const us = Object.entries(months).flatMap(([m, s]) => [
    unitStats(m, "甲局", { 及时签收工单量: s.甲 }),
    unitStats(m, "乙局", { 及时签收工单量: s.乙 }),
  ]);
  return input({
    regions: [region("甲市"), region("乙市")],
    subjects: [body("甲中心", "甲市"), body("乙中心", "乙市"), unit("甲局", "甲市", "市直部门"), unit("乙局", "乙市", "市直部门")],
    bodyStats: bs,
    unitStats: us,
    ledger: Object.keys(months).flatMap((m) => [entry(m, "甲中心", "治理同类问题"), entry(m, "乙中心", "治理同类问题")]),
  });
}

describe("previousPeriod", () => {
  it.each([
    ["2026-03", "2026-02"], ["2026-01", "2025-12"], ["2026Q1", "2025Q4"], ["2026Q3", "2026Q2"], ["2026", "2025"],
  ])("takes %s back to %s", (now, before) => {
    expect(previousPeriod(P(now))).toEqual(P(before));
  });
  it("steps a month back across the year end", () => {
    expect(previousMonth("2026-01")).toBe("2025-12");
  });
});

describe("rankChangeText", () => {
  it("shows ↑ for a rise, ↓ for a fall, — for no change, nothing without both ranks", () => {
    expect(rankChangeText(2)).toBe("↑2");
    expect(rankChangeText(-1)).toBe("↓1");
    expect(rankChangeText(0)).toBe("—");
    expect(rankChangeText(null)).toBeNull();
  });
});

describe("periodTrends across period boundaries", () => {
  it("compares January with the previous December: ranks swap, 上期名次 − 本期名次", () => {
    const inp = twoRegions({ "2025-12": { 甲: 90, 乙: 100 }, "2026-01": { 甲: 100, 乙: 90 } });
    const t = trendsFor(inp, "2026-01");
    expect(t.previousLabel).toBe("2025-12");
    expect(t.hasPrevious).toBe(true);
    const 甲 = trendOf(t, "region", "甲市");
    expect(甲.previous?.rank).toBe(2);
    expect(甲.rankChange).toBe(1);
    expect(trendOf(t, "region", "乙市").rankChange).toBe(-1);
    expect(trendOf(t, "unit", "甲局").previous?.score.toFixed(2)).toBe("95.00");
    expect(trendOf(t, "unit", "甲局").rankChange).toBe(1);
    // Bodies are never ranked: score only.
    expect(trendOf(t, "body", "甲中心")).toEqual({ previous: { score: expect.anything(), rank: null }, rankChange: null });
    expect(trendOf(t, "body", "甲中心").previous?.score.toFixed(2)).toBe("100.00");
  });
  it("compares a quarter with the previous year's Q4 and its first month with December", () => {
    const inp = twoRegions({
      "2025-11": { 甲: 100, 乙: 100 }, "2025-12": { 甲: 80, 乙: 100 },
      "2026-01": { 甲: 100, 乙: 90 }, "2026-02": { 甲: 100, 乙: 90 },
    });
    const t = trendsFor(inp, "2026Q1");
    expect(t.previousLabel).toBe("2025Q4");
    // 2025Q4: 甲局 mean(100, 85) = 92.50 rank 2; 乙局 100 rank 1. 2026Q1: 甲局 100 rank 1.
    expect(trendOf(t, "unit", "甲局").previous?.score.toFixed(2)).toBe("92.50");
    expect(trendOf(t, "unit", "甲局").rankChange).toBe(1);
    expect(trendOf(t, "unit", "乙局").rankChange).toBe(-1);
    // The monthly sheets: January against December, February against January.
    expect(t.months!.get("2026-01")?.previousLabel).toBe("2025-12");
    expect(trendOf(t.months!.get("2026-01")!, "unit", "甲局").previous?.score.toFixed(2)).toBe("85.00");
    expect(trendOf(t.months!.get("2026-02")!, "unit", "甲局").rankChange).toBe(0);
  });
  it("compares a year with the previous year", () => {
    const inp = twoRegions({ "2025-06": { 甲: 100, 乙: 80 }, "2026-06": { 甲: 80, 乙: 100 } });
    const t = trendsFor(inp, "2026");
    expect(t.previousLabel).toBe("2025");
    expect(trendOf(t, "region", "甲市").previous?.rank).toBe(1);
    expect(trendOf(t, "region", "甲市").rankChange).toBe(-1);
    // June 2026's month before (May) has no data: blank.
    expect(t.months!.get("2026-06")?.hasPrevious).toBe(false);
    expect(trendOf(t.months!.get("2026-06")!, "unit", "甲局")).toBe(NO_TREND);
  });
  it("leaves every previous value blank when the previous period has no data", () => {
    const inp = twoRegions({ "2026-03": { 甲: 100, 乙: 90 } });
    for (const label of ["2026-03", "2026Q1", "2026"]) {
      const t = trendsFor(inp, label);
      expect(t.hasPrevious).toBe(false);
      for (const kind of ["body", "unit", "region"] as const) {
        for (const name of ["甲市", "乙市", "甲中心", "乙中心", "甲局", "乙局"]) expect(trendOf(t, kind, name)).toEqual(NO_TREND);
      }
    }
  });
  it("counts a previous period with ledger rows only as one with data", () => {
    const inp = twoRegions({ "2026-03": { 甲: 100, 乙: 90 } });
    inp.ledger.push(entry("2026-02", "甲局", "群众表扬"));
    const t = trendsFor(inp, "2026-03");
    expect(t.hasPrevious).toBe(true);
    // 甲局 was scored in February without participating: its score, no rank, no change.
    const 甲局 = trendOf(t, "unit", "甲局");
    expect(甲局.previous?.score.toFixed(2)).toBe("100.50");
    expect(甲局.previous?.rank).toBeNull();
    expect(甲局.rankChange).toBeNull();
    // The regions had no composite in February: blank.
    expect(trendOf(t, "region", "甲市")).toEqual(NO_TREND);
  });
  it("attaches the trends to the result without changing a score", () => {
    const inp = twoRegions({ "2026-02": { 甲: 90, 乙: 100 }, "2026-03": { 甲: 100, 乙: 90 } });
    const plain = scorePeriod(inp, P("2026-03"));
    const withT = withTrends(inp, plain);
    expect(withT.months).toBe(plain.months);
    expect(withT.trends?.label).toBe("2026-03");
    expect(trendOf(withT.trends!, "region", "甲市").rankChange).toBe(1);
  });
  it("lists the 达标差距 of each month's bodies and units", () => {
    const inp = twoRegions({ "2026-03": { 甲: 100, 乙: 90 } });
    const t = trendsFor(inp, "2026-03");
    expect(t.months!.get("2026-03")?.hints.get("乙局")).toEqual([{ item: "U1", count: "及时签收工单量", change: 5 }]);
    expect(t.months!.get("2026-03")?.hints.get("甲局")).toEqual([]);
  });
  it("compares a quarter's months only when asked for, and refuses to show them as blank otherwise", () => {
    const inp = twoRegions({ "2026-02": { 甲: 90, 乙: 100 }, "2026-03": { 甲: 100, 乙: 90 } });
    const t = periodTrends(inp, scorePeriod(inp, P("2026Q1")), { months: false });
    expect(t.months).toBeNull();
    expect(t.label).toBe("2026Q1");
    expect(() => monthTrendsOf(t, "2026-03")).toThrow(/without its months/);
    expect(() => hintsOf(t, "2026-03", "乙局")).toThrow(/without its months/);
    const full = trendsFor(inp, "2026Q1");
    expect(monthTrendsOf(full, "2026-03")?.trends.unit.size).toBeGreaterThan(0);
    expect(hintsOf(full, "2026-03", "乙局")).toHaveLength(1);
    // A month period always has its month.
    expect(periodTrends(inp, scorePeriod(inp, P("2026-03")), { months: false }).months?.has("2026-03")).toBe(true);
  });
});
