import { regionSheet } from "../../../src/workbook/render/region-sheet";
import { TOOL_MARK } from "../../../src/workbook/output-table";
import { BODY, workedMonth } from "./fixtures";
import { cell, columnValues, headers, kindOf, rowOf } from "./table-helpers";

describe("regionSheet", () => {
  const t = regionSheet(workedMonth());

  it("has the 地区综合 columns of the contract, 排名, 地区 and 综合得分 first", () => {
    expect(t.name).toBe("2026-03 地区综合");
    expect(t.title.startsWith(TOOL_MARK)).toBe(true);
    expect(headers(t)).toEqual([
      "排名",
      "地区",
      "综合得分",
      "上期得分",
      "上期名次",
      "名次变化",
      "排名分组",
      "管理机构",
      "管理机构得分",
      "承办单位部分",
      "参与单位数",
      "说明",
    ]);
    expect(kindOf(t, "参与单位数")).toBe("integer");
    expect(kindOf(t, "排名")).toBe("rank");
    expect(kindOf(t, "承办单位部分")).toBe("score");
  });

  it("shows the §8 composite 93.27 from body 94.50 and units part 92.45", () => {
    const r = rowOf(t, "长春市");
    expect(cell(t, r, "管理机构")).toBe(BODY.name);
    expect(cell(t, r, "管理机构得分")).toBe(94.5);
    expect(cell(t, r, "承办单位部分")).toBe(92.45);
    expect(cell(t, r, "参与单位数")).toBe(2);
    expect(cell(t, r, "综合得分")).toBe(93.27);
    expect(cell(t, r, "排名")).toBe(1);
    expect(cell(t, r, "说明")).toBeNull();
  });

  it("sorts by group, then rank, unranked regions after ranked ones", () => {
    expect(columnValues(t, "地区")).toEqual(["长春市", "吉林市", "南关区"]);
  });

  it("gives the reason when the composite is blank", () => {
    const r = rowOf(t, "吉林市");
    expect(cell(t, r, "综合得分")).toBeNull();
    expect(cell(t, r, "说明")).toBe("本月无管理机构得分");
  });

  it("charts 综合得分 by 地区 and colours 综合得分", () => {
    expect(t.chart).toEqual({ title: "2026-03 地区综合得分", categoryCol: 1, valueCol: 2 });
    expect(t.scoreColumns).toEqual([2]);
  });
});
