import { bulletinSheet } from "../../../src/workbook/render/bulletin-sheet";
import { workedMonth } from "./fixtures";
import { cell, columnValues, headers, kindOf, rowOf } from "./table-helpers";

describe("bulletinSheet", () => {
  const t = bulletinSheet(workedMonth());

  it("lists the BulletinRow fields with rates as percentages, 排名, 地区 and 综合得分 first", () => {
    expect(t.name).toBe("2026-03 月通报");
    expect(headers(t)).toEqual([
      "排名",
      "地区",
      "综合得分",
      "上期得分",
      "上期名次",
      "名次变化",
      "上级地区",
      "排名分组",
      "诉求总量",
      "接通率(%)",
      "工单办理总量",
      "及时派单率(%)",
      "转派工单总量",
      "及时签收率(%)",
      "按时办结率(%)",
      "满意率(%)",
    ]);
    expect(kindOf(t, "接通率(%)")).toBe("rate");
    expect(kindOf(t, "诉求总量")).toBe("integer");
  });

  it("writes 93.00% as the number 93 and volumes as counts", () => {
    const r = rowOf(t, "长春市");
    expect(cell(t, r, "接通率(%)")).toBe(93);
    expect(cell(t, r, "及时派单率(%)")).toBe(93.5);
    expect(cell(t, r, "诉求总量")).toBe(10000);
    expect(cell(t, r, "综合得分")).toBe(93.27);
  });

  it("leaves a rate without data blank rather than 0", () => {
    const r = rowOf(t, "吉林市");
    expect(cell(t, r, "接通率(%)")).toBeNull();
    expect(cell(t, r, "诉求总量")).toBe(0);
  });

  it("lists ranked regions first within their group", () => {
    expect(columnValues(t, "地区")).toEqual(["长春市", "吉林市"]);
  });
});
