import { renderTables } from "../../../src/workbook/render";
import { isExcelSheetName } from "../../../src/workbook/render/sheet-names";
import { isToolSheetTitle } from "../../../src/workbook/output-table";
import type { RenderInput } from "../../../src/workbook/render";
import { NOW, PARAMS, monthResult, period, quarterResult } from "./fixtures";

const input = (result: RenderInput["result"]): RenderInput => ({
  result,
  problems: [],
  params: PARAMS,
  rowCounts: { 地区: 3 },
  now: NOW,
});

describe("renderTables", () => {
  it("writes a month's four sheets, then 计算说明", () => {
    expect(renderTables(input(monthResult())).map((t) => t.name)).toEqual([
      "2026-03 管理机构得分",
      "2026-03 承办单位得分",
      "2026-03 地区综合",
      "2026-03 月通报",
      "计算说明",
    ]);
  });

  it("writes only the quarter ranking and 计算说明 for a quarter unless the months' sheets are asked for", () => {
    expect(renderTables(input(quarterResult())).map((t) => t.name)).toEqual(["2026Q1 季度排名", "计算说明"]);
  });

  it("with withMonths writes the quarter ranking first, then the sheets of each month with data in month order", () => {
    expect(renderTables({ ...input(quarterResult()), withMonths: true }).map((t) => t.name)).toEqual([
      "2026Q1 季度排名",
      "2026-01 管理机构得分",
      "2026-01 承办单位得分",
      "2026-01 地区综合",
      "2026-01 月通报",
      "2026-03 管理机构得分",
      "2026-03 承办单位得分",
      "2026-03 地区综合",
      "2026-03 月通报",
      "计算说明",
    ]);
  });

  it("writes the year sheet 2026 年度考核 first for a year", () => {
    const names = renderTables(input({ ...quarterResult(), period: period("2026") })).map((t) => t.name);
    expect(names[0]).toBe("2026 年度考核");
    expect(names[names.length - 1]).toBe("计算说明");
  });

  it("still writes the month's sheets, empty, when the month has no data", () => {
    const tables = renderTables(input({ ...monthResult("2026-05"), months: [] }));
    expect(tables.map((t) => t.name)).toContain("2026-05 管理机构得分");
    expect(tables.find((t) => t.name === "2026-05 地区综合")?.rows).toEqual([]);
  });

  it("marks every title with the tool mark so a recompute can recognise its sheets", () => {
    for (const t of renderTables({ ...input(quarterResult()), withMonths: true })) expect(isToolSheetTitle(t.title)).toBe(true);
  });

  it("uses only sheet names Excel accepts, each once", () => {
    const names = renderTables({ ...input({ ...quarterResult(), period: period("2026") }), withMonths: true }).map((t) => t.name);
    for (const name of names) expect(isExcelSheetName(name)).toBe(true);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it("gives every row as many cells as there are columns, and only numbers, text or null", () => {
    for (const t of renderTables({ ...input(quarterResult()), withMonths: true })) {
      for (const row of t.rows) {
        expect(row).toHaveLength(t.columns.length);
        for (const v of row) expect(v === null || ["string", "number"].includes(typeof v)).toBe(true);
      }
    }
  });

  it("puts a number only in number columns and text only in text columns", () => {
    for (const t of renderTables({ ...input(quarterResult()), withMonths: true })) {
      t.columns.forEach((c, i) => {
        for (const row of t.rows) {
          if (row[i] === null) continue;
          expect(typeof row[i]).toBe(c.kind === "text" ? "string" : "number");
        }
      });
    }
  });
});
