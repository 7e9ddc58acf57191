import { scoreSheet } from "../../../src/workbook/render/score-sheet";
import { TOOL_MARK } from "../../../src/workbook/output-table";
import { d } from "../../../src/engine/decimal";
import { BODY, HOUSING, IDLE, IDLE_NOTE, PROVINCE, WATER, workedMonth } from "./fixtures";
import { cell, columnValues, headers, kindOf, rowOf } from "./table-helpers";

describe("scoreSheet for management bodies", () => {
  const t = scoreSheet(workedMonth(), "body");

  it("is named after the month and titled with the tool mark", () => {
    expect(t.name).toBe("2026-03 管理机构得分");
    expect(t.title.startsWith(`${TOOL_MARK}2026-03 管理机构得分`)).toBe(true);
  });

  it("has one column per base item with its full points, then the totals and 说明", () => {
    expect(headers(t)).toEqual([
      "单位",
      "所属地区",
      "接通率(20)",
      "及时派单率(20)",
      "组织保障·岗位设置(15)",
      "组织保障·值班计划(5)",
      "组织保障·工作制度(15)",
      "协同配合(10)",
      "履职尽责·工单记录(10)",
      "履职尽责·推动治理(5)",
      "基础分",
      "加分",
      "减分",
      "最终得分",
      "上期得分",
      "上期名次",
      "名次变化",
      "说明",
      "达标差距",
    ]);
  });

  it("shows the §8 worked example's item scores, base 86.50, bonus 10.50, penalty 2.50 and final 94.50", () => {
    const r = rowOf(t, BODY.name);
    expect(cell(t, r, "所属地区")).toBe("长春市");
    expect(cell(t, r, "接通率(20)")).toBe(19);
    expect(cell(t, r, "及时派单率(20)")).toBe(18.5);
    expect(cell(t, r, "组织保障·岗位设置(15)")).toBe(13);
    expect(cell(t, r, "履职尽责·工单记录(10)")).toBe(4);
    expect([cell(t, r, "基础分"), cell(t, r, "加分"), cell(t, r, "减分"), cell(t, r, "最终得分")]).toEqual([
      86.5, 10.5, 2.5, 94.5,
    ]);
  });

  it("explains each deduction, bonus, penalty and rejected ledger row in 说明, joined with ；", () => {
    const note = cell(t, rowOf(t, BODY.name), "说明") as string;
    const parts = note.split("；");
    expect(parts[0]).toBe("接通率93.00%，低于95%的2.00个百分点，扣1.00分");
    expect(parts).toContain("群众表扬5次，加2.00分（上限2分）");
    expect(parts).toContain("省级通报批评1件，扣2.50分");
    expect(parts[parts.length - 1]).toBe("台账第12行（群众表扬）审核不通过，未计分");
    expect(parts).toHaveLength(5 + 5 + 1 + 1);
  });

  it("has no 排名 or 排名分组 column, since bodies are not ranked", () => {
    expect(headers(t)).not.toContain("排名");
    expect(headers(t)).not.toContain("排名分组");
  });

  it("types names and notes as text and every score column as score", () => {
    expect(kindOf(t, "单位")).toBe("text");
    expect(kindOf(t, "说明")).toBe("text");
    expect(kindOf(t, "接通率(20)")).toBe("score");
    expect(kindOf(t, "最终得分")).toBe("score");
    expect(t.scoreColumns).toEqual([headers(t).indexOf("最终得分")]);
    expect(t.chart).toBeNull();
  });
});

describe("scoreSheet for handling units", () => {
  const t = scoreSheet(workedMonth(), "unit");

  it("lists every scored unit, participating or not, grouped then ranked, ungrouped units last", () => {
    expect(t.name).toBe("2026-03 承办单位得分");
    expect(columnValues(t, "单位")).toEqual([WATER.name, HOUSING.name, IDLE.name, PROVINCE.name]);
    expect(columnValues(t, "排名")).toEqual([1, 2, null, null]);
    expect(columnValues(t, "排名分组")).toEqual(["市直部门", "市直部门", "市直部门", null]);
  });

  it("places 排名分组 after 所属地区, 排名 and the trend after 最终得分, 说明 and 达标差距 last", () => {
    const h = headers(t);
    expect(h.slice(0, 3)).toEqual(["单位", "所属地区", "排名分组"]);
    expect(h.slice(-7)).toEqual(["最终得分", "排名", "上期得分", "上期名次", "名次变化", "说明", "达标差距"]);
    expect(kindOf(t, "排名")).toBe("rank");
  });

  it("shows the §8 unit's sub-item scores and final 84.90", () => {
    const r = rowOf(t, HOUSING.name);
    expect(cell(t, r, "及时签收率(15)")).toBe(13);
    expect(cell(t, r, "延期办结率(5)")).toBe(4);
    expect(cell(t, r, "组织保障·联系不上(2)")).toBe(1);
    expect(cell(t, r, "基础分")).toBe(85);
    expect(cell(t, r, "加分")).toBe(2.4);
    expect(cell(t, r, "最终得分")).toBe(84.9);
  });

  it("leaves 所属地区 blank for a unit without a region", () => {
    expect(cell(t, rowOf(t, PROVINCE.name), "所属地区")).toBeNull();
  });

  it("says a non-participating unit is left out, with a blank rank", () => {
    const r = rowOf(t, IDLE.name);
    expect(cell(t, r, "说明")).toBe(IDLE_NOTE);
    expect(cell(t, r, "排名")).toBeNull();
    expect(cell(t, r, "最终得分")).toBe(100);
  });

  it("leaves 说明 blank when nothing was deducted or added", () => {
    expect(cell(t, rowOf(t, WATER.name), "说明")).toBeNull();
  });

  it("leaves an item cell blank for a subject the engine gave no such item", () => {
    const month = workedMonth();
    month.units[0] = { ...month.units[0], items: month.units[0].items.filter((i) => i.code !== "U7") };
    const t2 = scoreSheet(month, "unit");
    expect(cell(t2, rowOf(t2, PROVINCE.name), "协同配合(5)")).toBeNull();
    expect(cell(t2, rowOf(t2, WATER.name), "协同配合(5)")).toBe(5);
  });

  it("writes the engine's rounded decimals as numbers without re-rounding", () => {
    const month = workedMonth();
    month.units[1] = { ...month.units[1], final: d("84.95") };
    const t2 = scoreSheet(month, "unit");
    expect(cell(t2, rowOf(t2, HOUSING.name), "最终得分")).toBe(84.95);
  });
});

describe("scoreSheet for a month without subjects", () => {
  it("still shows the rubric's item columns, with no rows", () => {
    const t = scoreSheet({ month: "2026-05", bodies: [], units: [], regions: [], bulletin: [] }, "unit");
    expect(t.rows).toEqual([]);
    expect(headers(t)).toContain("延期办结率(5)");
    expect(headers(t)).toContain("履职尽责·未回复(5)");
  });
});
