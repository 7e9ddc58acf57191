/**
 * RUBRIC §9 on the output sheets and in the JSON, end to end from grids: the §8 worked example
 * (2026-03) with a February in which the two units ranked the other way round.
 */
import { computeWorkbook } from "../../src/workbook/compute";
import type { OutputTable } from "../../src/workbook/output-table";
import { workedExampleGrids } from "../fixtures/worked-example-grids";
import { cell, headers, rowOf } from "./render/table-helpers";

const now = new Date("2026-04-02T01:00:00Z");
const B = "长春市12345热线管理中心";
const U = "长春市住房和城乡建设局";
const U2 = "长春市交通运输局";

/** The §8 grids plus 2026-02: the body perfect, 住房 perfect (rank 1), 交通 with 90 of 100 signed (rank 2). */
function withFebruary(extraParams: unknown[][] = []) {
  const g = workedExampleGrids();
  g.受理统计.push(["2026-02", B, 100, 100, 100, 100]);
  g.办理统计.push(["2026-02", U, 100, 100, 0, 0, 100, 100, 0, 100, 0, 100, 100]);
  g.办理统计.push(["2026-02", U2, 100, 90, 0, 0, 100, 100, 0, 100, 0, 100, 100]);
  g.台账.push(["2026-02", B, "治理同类问题", null, null, null, null, null, null]);
  if (extraParams.length) g.参数 = [["参数", "值"], ...extraParams];
  return g;
}
const run = (period: string, grids = withFebruary(), withMonths = false) => {
  const out = computeWorkbook(grids, period, { now, existingSheets: [], withMonths });
  if (!out.ok) throw new Error(out.problems.map((p) => p.message).join("\n"));
  return out;
};
const sheet = (tables: OutputTable[], name: string) => tables.find((t) => t.name === name)!;

describe("trend columns on the month sheets", () => {
  const out = run("2026-03");
  const units = sheet(out.tables, "2026-03 承办单位得分");

  it("gives each unit 上期得分, 上期名次 and 名次变化 against February", () => {
    const r = rowOf(units, U);
    expect([cell(units, r, "排名"), cell(units, r, "上期得分"), cell(units, r, "上期名次"), cell(units, r, "名次变化")])
      .toEqual([2, 100, 1, "↓1"]);
    const r2 = rowOf(units, U2);
    expect([cell(units, r2, "上期得分"), cell(units, r2, "上期名次"), cell(units, r2, "名次变化")]).toEqual([95, 2, "↑1"]);
  });

  it("writes the §9 worked check into 达标差距 after 说明, joined with ；", () => {
    expect(headers(units).slice(-2)).toEqual(["说明", "达标差距"]);
    expect(cell(units, rowOf(units, U), "达标差距")).toBe(
      "及时签收工单量再增加8件可不扣分；及时退回工单量再增加1件可不扣分；延期办结工单量再减少19件可不扣分；" +
        "红牌警告工单量再减少8件可不扣分；满意工单量再增加6件可不扣分",
    );
    expect(cell(units, rowOf(units, U2), "达标差距")).toBeNull();
  });

  it("gives bodies a previous score and no rank", () => {
    const bodies = sheet(out.tables, "2026-03 管理机构得分");
    const r = rowOf(bodies, B);
    expect([cell(bodies, r, "上期得分"), cell(bodies, r, "上期名次"), cell(bodies, r, "名次变化")]).toEqual([100, null, null]);
    expect(cell(bodies, r, "达标差距")).toBe("及时受理诉求量再增加200件可不扣分；及时派发工单量再增加120件可不扣分");
  });

  it("shows — for a region that kept its rank, on 地区综合 and 月通报", () => {
    for (const name of ["2026-03 地区综合", "2026-03 月通报"]) {
      const t = sheet(out.tables, name);
      const r = rowOf(t, "长春市");
      // February: body 100, units part (100 + 95) / 2 = 97.50 → 0.4 × 100 + 0.6 × 97.5 = 98.50.
      expect([cell(t, r, "上期得分"), cell(t, r, "上期名次"), cell(t, r, "名次变化")]).toEqual([98.5, 1, "—"]);
    }
  });

  it("leaves the trend blank when the previous month has no data", () => {
    const alone = run("2026-03", workedExampleGrids());
    const t = sheet(alone.tables, "2026-03 承办单位得分");
    const r = rowOf(t, U);
    expect([cell(t, r, "上期得分"), cell(t, r, "上期名次"), cell(t, r, "名次变化")]).toEqual([null, null, null]);
  });

  it("gives U1 5 under 扣分方式 = 按整百分点", () => {
    const whole = run("2026-03", withFebruary([["扣分方式", "按整百分点"]]));
    const t = sheet(whole.tables, "2026-03 承办单位得分");
    expect(String(cell(t, rowOf(t, U), "达标差距"))).toMatch(/^及时签收工单量再增加5件可不扣分；/);
  });
});

describe("trend fields in the JSON", () => {
  it("adds previous, rankChange and hints to every body, unit and region of a month", () => {
    const json = run("2026-03").json as any;
    const unit = json.handlingUnits.find((u: any) => u.unit === U);
    expect(unit.previous).toEqual({ score: 100, rank: 1 });
    expect(unit.rankChange).toBe(-1);
    expect(unit.hints).toEqual([
      { item: "U1", count: "及时签收工单量", change: 8 },
      { item: "U2", count: "及时退回工单量", change: 1 },
      { item: "U3b", count: "延期办结工单量", change: -19 },
      { item: "U4", count: "红牌警告工单量", change: -8 },
      { item: "U5", count: "满意工单量", change: 6 },
    ]);
    expect(json.handlingUnits.find((u: any) => u.unit === U2).hints).toEqual([]);
    expect(json.managementBodies[0]).toMatchObject({ previous: { score: 100, rank: null }, rankChange: null });
    expect(json.regions[0]).toMatchObject({ previous: { score: 98.5, rank: 1 }, rankChange: 0 });
  });

  it("compares a quarter with the previous quarter (none here: null) and each month with the month before", () => {
    expect(run("2026Q1").json).not.toHaveProperty("monthly");
    expect(run("2026Q1").result?.trends?.months).toBeNull();
    const json = run("2026Q1", withFebruary(), true).json as any;
    for (const list of [json.managementBodies, json.handlingUnits, json.regions]) {
      for (const e of list) expect([e.previous, e.rankChange]).toEqual([null, null]);
    }
    const march = json.monthly.find((m: any) => m.period === "2026-03");
    expect(march.handlingUnits.find((u: any) => u.unit === U)).toMatchObject({ previous: { score: 100, rank: 1 }, rankChange: -1 });
    expect(march.handlingUnits.find((u: any) => u.unit === U).hints).toHaveLength(5);
    const february = json.monthly.find((m: any) => m.period === "2026-02");
    expect(february.handlingUnits[0].previous).toBeNull();
  });
});

describe("trend columns on the quarter ranking sheet", () => {
  it("puts 上期得分, 上期名次, 名次变化 after 排名, 名称 and the score, and compares 2026Q2 with 2026Q1", () => {
    const g = withFebruary();
    g.受理统计.push(["2026-04", B, 100, 100, 100, 100]);
    g.办理统计.push(["2026-04", U, 100, 100, 0, 0, 100, 100, 0, 100, 0, 100, 100]);
    g.办理统计.push(["2026-04", U2, 100, 100, 0, 0, 100, 100, 0, 100, 0, 100, 100]);
    g.台账.push(["2026-04", B, "治理同类问题", null, null, null, null, null, null]);
    const out = run("2026Q2", g);
    const t = sheet(out.tables, "2026Q2 季度排名");
    const h = headers(t);
    expect(h.slice(0, 6)).toEqual(["排名", "名称", "季度得分", "上期得分", "上期名次", "名次变化"]);
    // 2026Q1: 交通 2026-02 95.00, 2026-03 100.00 → 97.50, rank 1; 住房 mean(100, 84.90) = 92.45, rank 2.
    // 2026Q2: both 100.00, sharing rank 1.
    const u = t.rows.findIndex((row) => row[h.indexOf("名称")] === U);
    expect([cell(t, u, "排名"), cell(t, u, "上期得分"), cell(t, u, "上期名次"), cell(t, u, "名次变化")]).toEqual([1, 92.45, 2, "↑1"]);
    const u2 = t.rows.findIndex((row) => row[h.indexOf("名称")] === U2);
    expect([cell(t, u2, "上期得分"), cell(t, u2, "上期名次"), cell(t, u2, "名次变化")]).toEqual([97.5, 1, "—"]);
  });
});
