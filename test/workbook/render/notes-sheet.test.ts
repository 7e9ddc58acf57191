import { d } from "../../../src/engine/decimal";
import { defaultParams } from "../../../src/engine/params";
import type { Params } from "../../../src/engine/types";
import type { Problem } from "../../../src/workbook/problem";
import { notesSheet } from "../../../src/workbook/render/notes-sheet";
import { TOOL_VERSION } from "../../../src/workbook/render/tool-info";
import { TOOL_MARK } from "../../../src/workbook/output-table";
import packageJson from "../../../package.json";
import { NOW, PARAMS, monthResult, quarterResult } from "./fixtures";
import { headers } from "./table-helpers";

const WARNING: Problem = { severity: "warning", sheet: "台账", row: 6, col: 2, message: "级别“省级”对事项“群众表扬”无效，已忽略" };
const ROW_COUNTS = { 地区: 3, 单位: 5, 办理统计: 4, 受理统计: 1, 台账: 18 };

/** The row whose 项目 is `topic`, as [项目, 内容, 说明]. */
const line = (rows: unknown[][], topic: string) => {
  const r = rows.find((x) => x[0] === topic);
  if (!r) throw new Error(`no row ${topic}`);
  return r;
};

describe("notesSheet", () => {
  const t = notesSheet({ result: monthResult(), problems: [WARNING], params: PARAMS, rowCounts: ROW_COUNTS, now: NOW });

  it("is 计算说明 with three text columns", () => {
    expect(t.name).toBe("计算说明");
    expect(t.title.startsWith(TOOL_MARK)).toBe(true);
    expect(headers(t)).toEqual(["项目", "内容", "说明"]);
    expect(t.columns.every((c) => c.kind === "text")).toBe(true);
    expect(t.rows.every((r) => r.length === 3)).toBe(true);
  });

  it("states the period and the time of computation in Beijing time", () => {
    expect(line(t.rows, "计算期间")[1]).toBe("2026-03");
    expect(line(t.rows, "计算时间")).toEqual(["计算时间", "2026-04-02 10:03:04", "北京时间"]);
  });

  it("names the tool and a version that matches package.json", () => {
    expect(line(t.rows, "工具")[2]).toBe(`版本 ${packageJson.version}`);
    expect(TOOL_VERSION).toBe(packageJson.version);
  });

  it("lists every parameter with its value, marked as the default", () => {
    expect(line(t.rows, "接通率扣分上限").slice(0, 2)).toEqual(["接通率扣分上限", "15"]);
    expect(line(t.rows, "国家级通报批评上限")[1]).toBe("无");
    expect(line(t.rows, "承办单位汇总")[1]).toBe("算术平均");
    expect(String(line(t.rows, "管理机构权重")[2]).startsWith("默认值；")).toBe(true);
  });

  it("marks a changed parameter with its default and uses it in the method lines", () => {
    const params: Params = { ...defaultParams(), answerRateCap: d("20"), bodyWeight: d("0.5"), unitWeight: d("0.5") };
    const t2 = notesSheet({ result: monthResult(), problems: [], params, rowCounts: {}, now: NOW });
    expect(line(t2.rows, "接通率扣分上限")[1]).toBe("20");
    expect(String(line(t2.rows, "接通率扣分上限")[2]).startsWith("已修改（默认值为15）")).toBe(true);
    expect(line(t2.rows, "地区综合得分")[1]).toContain("0.5 × 管理机构得分 + 0.5 × 承办单位部分");
  });

  it("treats 0.40 as the default weight 0.4", () => {
    const params: Params = { ...defaultParams(), bodyWeight: d("0.40") };
    const t2 = notesSheet({ result: monthResult(), problems: [], params, rowCounts: {}, now: NOW });
    expect(String(line(t2.rows, "管理机构权重")[2]).startsWith("默认值")).toBe(true);
  });

  it("explains the round2 rule, the weights and the deduction rule", () => {
    expect(line(t.rows, "取整规则")[1]).toContain("四舍五入保留两位小数");
    expect(line(t.rows, "地区综合得分")[1]).toContain("0.4 × 管理机构得分 + 0.6 × 承办单位部分");
    expect(line(t.rows, "比率扣分（越高越好）")[1]).toContain("按实际差值");
  });

  it("lists input row counts in the contract's sheet order", () => {
    const topics = t.rows.map((r) => r[0]);
    const counted = topics.filter((x) => typeof x === "string" && x in ROW_COUNTS);
    expect(counted).toEqual(["地区", "单位", "受理统计", "办理统计", "台账"]);
    expect(line(t.rows, "台账")[1]).toBe("18行");
  });

  it("lists every problem with 级别, 位置 sheet!A1 and 说明", () => {
    expect(t.rows).toContainEqual(["警告", "台账!C7", WARNING.message]);
  });

  it("says so when there is no problem", () => {
    const t2 = notesSheet({ result: quarterResult(), problems: [], params: PARAMS, rowCounts: {}, now: NOW });
    expect(line(t2.rows, "无")[2]).toBe("未发现错误或警告");
    expect(line(t2.rows, "有数据的月份")[1]).toBe("2026-01、2026-03");
  });
});

describe("notesSheet topics", () => {
  it("uses each 项目 once outside the section headings, so a reader finds one answer", () => {
    const t = notesSheet({ result: monthResult(), problems: [], params: PARAMS, rowCounts: ROW_COUNTS, now: NOW });
    const topics = t.rows.filter((r) => r[1] !== null).map((r) => r[0]);
    expect(new Set(topics).size).toBe(topics.length);
  });

  it("follows the 接通率扣分上限 parameter in the method line", () => {
    const params: Params = { ...defaultParams(), answerRateCap: d("20") };
    const t = notesSheet({ result: monthResult(), problems: [], params, rowCounts: {}, now: NOW });
    expect(line(t.rows, "接通率扣分")[1]).toContain("最多扣20分");
  });
});
