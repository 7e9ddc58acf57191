import { d } from "../../src/engine/decimal";
import { parsePeriod } from "../../src/engine/period";
import { scorePeriod } from "../../src/engine/score-period";
import { NOT_PARTICIPATING_NOTE } from "../../src/engine/score-subject";
import type { ScoringInput } from "../../src/engine/types";
import { body, bodyStats, entry, input, region, unit, unitStats } from "./builders";

const perfect = { 诉求总量: 100, 及时受理诉求量: 100, 工单办理总量: 100, 及时派发工单量: 100 };
const fix = (x: { toFixed(n: number): string } | null) => (x === null ? null : x.toFixed(2));

/** 甲市 (市州) with 乙区 below it; bodies in both; units whose finals differ by their U4 红牌 rate. */
function tree(extra: Partial<ScoringInput> = {}): ScoringInput {
  const months = ["2026-01", "2026-02", "2026-03"];
  return input({
    regions: [region("甲市"), region("乙区", "甲市", "县市区"), region("丙市", null, "市州")],
    subjects: [
      body("甲市中心", "甲市"), body("乙区中心", "乙区"), body("丙市中心", "丙市"),
      unit("甲市住建局", "甲市", "市直"), unit("乙区水务局", "乙区", "区直"), unit("省交通厅", null, "省直部门"),
    ],
    bodyStats: months.flatMap((m) => [
      bodyStats(m, "甲市中心", perfect), bodyStats(m, "乙区中心", perfect), bodyStats(m, "丙市中心", perfect),
    ]),
    unitStats: [
      ...months.map((m) => unitStats(m, "甲市住建局", { 红牌警告工单量: 12 })), // U4 8.00 → 98.00
      unitStats("2026-01", "乙区水务局", { 红牌警告工单量: 14 }), // 96.00
      unitStats("2026-02", "乙区水务局", { 转派工单总量: 0, 办理工单总量: 0, 办结工单总量: 0 }, 0), // not participating
      unitStats("2026-03", "乙区水务局"), // 100.00
      ...months.map((m) => unitStats(m, "省交通厅")),
    ],
    ledger: months.flatMap((m) => ["甲市中心", "乙区中心", "丙市中心"].map((b) => entry(m, b, "治理同类问题"))),
    ...extra,
  });
}

describe("participation (RUBRIC §1, D10)", () => {
  const feb = scorePeriod(tree(), parsePeriod("2026-02")!).months[0];
  const water = feb.units.find((u) => u.subject.name === "乙区水务局")!;
  it("lists a scored unit with no tickets, with its note, unranked", () => {
    expect(water.participates).toBe(false);
    expect(water.notes).toContain(NOT_PARTICIPATING_NOTE);
    expect(water.rank).toBeNull();
  });
  it("leaves it out of its region's units part", () => {
    const yi = feb.regions.find((r) => r.region.name === "乙区")!;
    expect(yi.unitsScore).toBeNull();
    expect(yi.composite).toBeNull();
    expect(yi.note).toBe("本月无参与工单办理的承办单位，不计算综合得分");
    expect(yi.bodyScore!.toFixed(2)).toBe("100.00");
  });
});

describe("region units part and composite (RUBRIC §6)", () => {
  const jan = scorePeriod(tree(), parsePeriod("2026-01")!).months[0];
  const jia = jan.regions.find((r) => r.region.name === "甲市")!;
  it("averages the units of the region and every region below it", () => {
    expect(fix(jia.unitsScore)).toBe("97.00");
    expect(jia.unitCount).toBe(2);
    expect(fix(jia.composite)).toBe("98.20");
  });
  it("weights units by 转派工单总量 under 承办单位汇总 = 按转派量加权", () => {
    const data = tree();
    data.unitStats = data.unitStats.map((s) =>
      s.subject === "乙区水务局" && s.month === "2026-01" ? unitStats("2026-01", "乙区水务局", { 红牌警告工单量: 42 }, 300) : s);
    data.params.unitAggregation = "weightedByDispatched";
    const r = scorePeriod(data, parsePeriod("2026-01")!).months[0].regions[0];
    // 98 × 100 + 96 × 300 over 400 = 96.5
    expect(fix(r.unitsScore)).toBe("96.50");
  });
  it("uses the plain mean when every unit has 转派工单总量 0 under weighting", () => {
    const data = tree();
    data.unitStats = data.unitStats.map((s) => ({ ...s, counts: { ...s.counts, 转派工单总量: 0 } }));
    data.params.unitAggregation = "weightedByDispatched";
    const r = scorePeriod(data, parsePeriod("2026-01")!).months[0].regions[0];
    expect(fix(r.unitsScore)).toBe("97.00");
  });
  it("applies the 管理机构权重/承办单位权重 parameters", () => {
    const data = tree();
    data.params.bodyWeight = d("0.5");
    data.params.unitWeight = d("0.5");
    expect(fix(scorePeriod(data, parsePeriod("2026-01")!).months[0].regions[0].composite)).toBe("98.50");
  });
  it("blanks the composite of a region without participating units and says why", () => {
    const bing = jan.regions.find((r) => r.region.name === "丙市")!;
    expect(bing.composite).toBeNull();
    expect(bing.rank).toBeNull();
    expect(bing.note).toContain("无参与工单办理的承办单位");
  });
  it("ranks regions within their 排名分组", () => {
    expect(jan.regions.map((r) => [r.region.name, r.group, r.rank])).toEqual([
      ["甲市", "市州", 1], ["乙区", "县市区", 1], ["丙市", "市州", null],
    ]);
  });
});

describe("bulletin (月通报)", () => {
  it("pools numerators and denominators over the region and the regions below it", () => {
    const jan = scorePeriod(tree(), parsePeriod("2026-01")!).months[0];
    const row = jan.bulletin.find((b) => b.region.name === "甲市")!;
    expect(row.诉求总量).toBe(200);
    expect(row.转派工单总量).toBe(200);
    expect(fix(row.接通率)).toBe("100.00");
    expect(fix(row.满意率)).toBe("100.00");
    expect(row.rank).toBe(1);
  });
});

describe("quarter and year (RUBRIC §6, D8)", () => {
  const q = scorePeriod(tree(), parsePeriod("2026Q1")!);
  it("means a unit's scores over the months it participates in and lists the month it lacks", () => {
    const water = q.units.find((u) => u.name === "乙区水务局")!;
    expect(fix(water.score)).toBe("98.00");
    expect(water.missing).toEqual(["2026-02"]);
    expect([...water.months.keys()]).toEqual(["2026-01", "2026-03"]);
  });
  it("means a region over the months with a composite", () => {
    const yi = q.regions.find((r) => r.name === "乙区")!;
    // Jan 0.4×100 + 0.6×96 = 97.60; Mar 100.00 → 98.80
    expect(fix(yi.score)).toBe("98.80");
    expect(yi.missing).toEqual(["2026-02"]);
  });
  it("gives a region with no composite in any month no score and a note", () => {
    const bing = q.regions.find((r) => r.name === "丙市")!;
    expect(bing.score).toBeNull();
    expect(bing.note).toContain("本期无综合得分");
  });
  it("lists the months of a year with no data as missing", () => {
    const y = scorePeriod(tree(), parsePeriod("2026")!);
    expect(y.months).toHaveLength(3);
    expect(y.bodies[0].missing).toHaveLength(9);
  });
  it("lists a unit that participates in no month with no score and a note", () => {
    const data = tree();
    data.subjects.push(unit("丁局", "甲市", "市直"));
    data.ledger.push(entry("2026-02", "丁局", "群众表扬"));
    const d2 = scorePeriod(data, parsePeriod("2026Q1")!).units.find((u) => u.name === "丁局")!;
    expect(d2.score).toBeNull();
    expect(d2.rank).toBeNull();
    expect(d2.note).toBe("本期各月均无工单办理，不参与排名");
  });
});

describe("ledger-only subjects", () => {
  it("scores a body with ledger rows but no statistics row with every rate item 无数据", () => {
    const data = input({
      regions: [region("甲市")], subjects: [body("甲市中心", "甲市")],
      ledger: [entry("2026-03", "甲市中心", "群众表扬")],
    });
    const b = scorePeriod(data, parsePeriod("2026-03")!).months[0].bodies[0];
    expect(b.items.filter((i) => i.noData).map((i) => i.code)).toEqual(["M1", "M2"]);
    expect(b.hasStats).toBe(false);
    expect(b.final.toFixed(2)).toBe("95.50");
  });
});
