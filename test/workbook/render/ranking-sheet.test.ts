import { rankingSheet } from "../../../src/workbook/render/ranking-sheet";
import { TOOL_MARK } from "../../../src/workbook/output-table";
import { BODY, HOUSING, IDLE, PROVINCE, WATER, monthResult, period, quarterResult } from "./fixtures";
import { cell, columnValues, headers, kindOf, rowOf } from "./table-helpers";

describe("rankingSheet", () => {
  const t = rankingSheet(quarterResult())!;

  it("is `2026Q1 季度排名` with 排名, 名称 and 季度得分 first, 类别, 排名分组 and one column per month", () => {
    expect(t.name).toBe("2026Q1 季度排名");
    expect(t.title.startsWith(`${TOOL_MARK}2026Q1 季度排名`)).toBe(true);
    expect(headers(t)).toEqual([
      "排名",
      "名称",
      "季度得分",
      "上期得分",
      "上期名次",
      "名次变化",
      "类别",
      "排名分组",
      "所属地区",
      "2026-01",
      "2026-02",
      "2026-03",
      "缺少月份",
      "说明",
    ]);
    expect(kindOf(t, "2026-02")).toBe("score");
  });

  it("lists regions by group and rank, then bodies, then units by group and rank", () => {
    expect(columnValues(t, "名称")).toEqual([
      "长春市",
      "吉林市",
      "南关区",
      BODY.name,
      WATER.name,
      HOUSING.name,
      IDLE.name,
      PROVINCE.name,
    ]);
    expect(columnValues(t, "类别")).toEqual(["地区", "地区", "地区", "管理机构", "承办单位", "承办单位", "承办单位", "承办单位"]);
  });

  it("shows each month's score under its month and the months lacking one", () => {
    const r = rowOf(t, HOUSING.name);
    expect(cell(t, r, "季度得分")).toBe(84.9);
    expect(cell(t, r, "2026-01")).toBe(84.9);
    expect(cell(t, r, "2026-02")).toBeNull();
    expect(cell(t, r, "2026-03")).toBe(84.9);
    expect(cell(t, r, "缺少月份")).toBe("2026-02");
    expect(cell(t, r, "排名")).toBe(2);
    expect(cell(t, r, "排名分组")).toBe("市直部门");
  });

  it("leaves the score blank with the reason when it cannot be computed", () => {
    const r = rowOf(t, IDLE.name);
    expect(cell(t, r, "季度得分")).toBeNull();
    expect(cell(t, r, "缺少月份")).toBe("2026-01、2026-02、2026-03");
    expect(cell(t, r, "说明")).toBe("本期无工单办理，不参与排名");
  });

  it("names the parent region of a region but not the region itself", () => {
    expect(cell(t, rowOf(t, "南关区"), "所属地区")).toBe("长春市");
    expect(cell(t, rowOf(t, "长春市"), "所属地区")).toBeNull();
  });

  it("titles a year `2026 年度考核` with 12 month columns and 年度得分", () => {
    const year = rankingSheet({ ...quarterResult(), period: period("2026") })!;
    expect(year.name).toBe("2026 年度考核");
    expect(headers(year)).toContain("年度得分");
    expect(headers(year).filter((h) => /^2026-\d\d$/.test(h))).toHaveLength(12);
    expect(year.scoreColumns).toEqual([headers(year).indexOf("年度得分")]);
  });

  it("is absent for a month", () => {
    expect(rankingSheet(monthResult())).toBeNull();
  });
});
