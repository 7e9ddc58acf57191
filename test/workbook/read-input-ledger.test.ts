import { readInput } from "../../src/workbook/read-input";
import { BODY, places, UNIT, withRows } from "./fixtures";

/** Reads the clean workbook plus one ledger row (sheet row 4): 月份 单位 事项 级别 数量 同一事项 分值 审核 说明. */
function ledgerRow(...cells: unknown[]) {
  const result = readInput(withRows("台账", ["2026-03", ...cells]));
  return { ...result, entry: result.input.ledger.find((e) => e.source?.row === 4) };
}

describe("readInput: 台账 事项", () => {
  it("reports 台账!C4 when 事项 is not in the catalogue", () => {
    const { problems, entry } = ledgerRow(BODY, "表扬信");
    expect(places(problems)).toEqual(["error 台账!C4"]);
    expect(problems[0].message).toContain("事项为“表扬信”，不是规定的台账事项");
    expect(entry).toBeUndefined();
  });

  it("reports a blank 事项", () => {
    expect(places(ledgerRow(BODY, null, null, 2).problems)).toEqual(["error 台账!C4"]);
  });

  it("reports the 事项 cell when a unit-only item is entered for a body", () => {
    const { problems } = ledgerRow(BODY, "未指定负责单位");
    expect(places(problems)).toEqual(["error 台账!C4"]);
    expect(problems[0].message).toBe(`事项“未指定负责单位”不适用于管理机构“${BODY}”，应填写管理机构的台账事项`);
  });

  it("reports the 事项 cell when a body-only item is entered for a unit", () => {
    expect(places(ledgerRow(UNIT, "审核知识库", null, 300).problems)).toEqual(["error 台账!C4"]);
  });
});

describe("readInput: 台账 级别", () => {
  it("requires 级别 on a leveled item", () => {
    const { problems } = ledgerRow(BODY, "通报表彰");
    expect(places(problems)).toEqual(["error 台账!D4"]);
    expect(problems[0].message).toBe("通报表彰须填写级别，应为国家级、省级或市级");
  });

  it("rejects 县级 on a body's 通报表彰 but accepts it on a unit's", () => {
    expect(places(ledgerRow(BODY, "通报表彰", "县级").problems)).toEqual(["error 台账!D4"]);
    const unit = ledgerRow(UNIT, "媒体报道", "县级");
    expect(unit.problems).toEqual([]);
    expect(unit.entry?.level).toBe("县级");
  });

  it("accepts only 国家级 or 省级 on 通报批评或重点督办", () => {
    const { problems } = ledgerRow(UNIT, "通报批评或重点督办", "市级");
    expect(places(problems)).toEqual(["error 台账!D4"]);
    expect(problems[0].message).toBe("级别为“市级”，承办单位的通报批评或重点督办应为国家级或省级");
  });

  it("warns about a 级别 on an item without levels and ignores it", () => {
    const { problems, entry } = ledgerRow(BODY, "群众表扬", "省级");
    expect(places(problems)).toEqual(["warning 台账!D4"]);
    expect(entry?.level).toBeNull();
  });
});

describe("readInput: 台账 数量, 同一事项, 分值, 审核", () => {
  it("reads 数量 as a positive whole number", () => {
    expect(ledgerRow(BODY, "缺少岗位", null, "3").entry?.quantity).toBe(3);
  });

  it.each([0, 1.5, "abc", -2])("reports the 数量 %p on its cell", (value) => {
    const { problems } = ledgerRow(BODY, "缺少岗位", null, value);
    expect(places(problems)).toEqual(["error 台账!E4"]);
  });

  it("warns about 同一事项 on an item other than 通报表彰/媒体报道 and does not use it", () => {
    const { problems, entry } = ledgerRow(BODY, "群众表扬", null, null, "K1");
    expect(places(problems)).toEqual(["warning 台账!F4"]);
    expect(entry?.sameMatter).toBeNull();
  });

  it("keeps 同一事项 on 媒体报道", () => {
    const { problems, entry } = ledgerRow(BODY, "媒体报道", "国家级", 2, " K1 ");
    expect(problems).toEqual([]);
    expect(entry).toMatchObject({ sameMatter: "K1", quantity: 2, level: "国家级" });
  });

  it("keeps the exact decimal text of a 专题任务 分值", () => {
    const { problems, entry } = ledgerRow(UNIT, "专题任务", null, null, null, "1.5");
    expect(problems).toEqual([]);
    expect(entry?.points).toBe("1.5");
  });

  it("requires 分值 on 专题任务", () => {
    const { problems } = ledgerRow(UNIT, "专题任务");
    expect(places(problems)).toEqual(["error 台账!G4"]);
    expect(problems[0].message).toBe("专题任务须填写分值，应为1到3之间的数（如1.5）");
  });

  it.each([0.5, 3.5, "三分"])("reports the 专题任务 分值 %p outside 1–3", (value) => {
    expect(places(ledgerRow(UNIT, "专题任务", null, null, null, value).problems)).toEqual(["error 台账!G4"]);
  });

  it("does not allow 分值 on another item", () => {
    const { problems } = ledgerRow(UNIT, "群众表扬", null, null, null, 1);
    expect(places(problems)).toEqual(["error 台账!G4"]);
  });

  it("reports a 专题任务 row with 数量 other than blank or 1", () => {
    expect(places(ledgerRow(UNIT, "专题任务", null, 2, null, 2).problems)).toEqual(["error 台账!E4"]);
    expect(ledgerRow(UNIT, "专题任务", null, 1, null, 2).problems).toEqual([]);
  });

  it("marks 审核 = 不通过 as rejected and keeps the row", () => {
    const { problems, entry } = ledgerRow(BODY, "群众表扬", null, null, null, null, "不通过");
    expect(problems).toEqual([]);
    expect(entry?.rejected).toBe(true);
  });

  it("reports a 审核 other than blank, 通过 or 不通过", () => {
    const { problems } = ledgerRow(BODY, "群众表扬", null, null, null, null, "待定");
    expect(places(problems)).toEqual(["error 台账!H4"]);
    expect(problems[0].message).toBe("审核为“待定”，应为空、通过或不通过");
  });

  it("collects every problem of one row in one pass", () => {
    const { problems } = ledgerRow(UNIT, "专题任务", "省级", 0, "K", 9, "?");
    expect(places(problems)).toEqual([
      "warning 台账!D4",
      "error 台账!E4",
      "warning 台账!F4",
      "error 台账!G4",
      "error 台账!H4",
    ]);
  });
});
