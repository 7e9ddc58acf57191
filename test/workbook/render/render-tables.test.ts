import type { ScoringInput } from "../../../src/engine/types";
import { bulletinDraft } from "../../../src/workbook/bulletin-draft/bulletin-draft";
import { renderTables } from "../../../src/workbook/render";
import { isExcelSheetName } from "../../../src/workbook/render/sheet-names";
import { isToolSheetTitle, TOOL_MARK } from "../../../src/workbook/output-table";
import type { RenderInput } from "../../../src/workbook/render";
import { NOW, PARAMS, monthResult, period, quarterResult } from "./fixtures";

const DRAFT_INPUT: ScoringInput = { regions: [], subjects: [], bodyStats: [], unitStats: [], ledger: [], params: PARAMS };

const input = (result: RenderInput["result"]): RenderInput => ({
  result,
  problems: [],
  params: PARAMS,
  rowCounts: { 地区: 3 },
  now: NOW,
  draft: bulletinDraft(DRAFT_INPUT, result),
});

describe("renderTables", () => {
  it("writes a month's four sheets, then its 通报稿, then 计算说明", () => {
    expect(renderTables(input(monthResult())).map((t) => t.name)).toEqual([
      "2026-03 管理机构得分",
      "2026-03 承办单位得分",
      "2026-03 地区综合",
      "2026-03 月通报",
      "2026-03 通报稿",
      "计算说明",
    ]);
  });

  it("writes only the quarter ranking, its 通报稿 and 计算说明 for a quarter unless the months' sheets are asked for", () => {
    expect(renderTables(input(quarterResult())).map((t) => t.name)).toEqual(["2026Q1 季度排名", "2026Q1 通报稿", "计算说明"]);
  });

  it("with withMonths writes the quarter ranking and its 通报稿 first, then the sheets of each month with data in month order", () => {
    expect(renderTables({ ...input(quarterResult()), withMonths: true }).map((t) => t.name)).toEqual([
      "2026Q1 季度排名",
      "2026Q1 通报稿",
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
    expect(names.slice(0, 2)).toEqual(["2026 年度考核", "2026 通报稿"]);
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

  describe("print layout", () => {
    const tables = renderTables({ ...input({ ...quarterResult(), period: period("2026") }), withMonths: true });
    const byName = (suffix: string) => tables.filter((t) => t.name.endsWith(suffix));

    it("sets a print layout on every sheet, the title (without the tool mark) as page header", () => {
      for (const t of tables) {
        expect(t.print).toBeDefined();
        expect(`${TOOL_MARK}${t.print!.pageHeader}`).toBe(t.title);
      }
    });

    it.each(["地区综合", "月通报", "年度考核"])("fits %s to one page wide with 排名, name and score first", (suffix) => {
      const sheets = byName(suffix);
      expect(sheets.length).toBeGreaterThan(0);
      for (const t of sheets) {
        expect(t.print).toMatchObject({ fitToWidth: true, repeatHeaderRow: true });
        expect(t.columns.slice(0, 3).map((c) => c.kind)).toEqual(["rank", "text", "score"]);
        expect(t.columns[0].header).toBe("排名");
      }
    });

    it.each(["管理机构得分", "承办单位得分"])("repeats the name column and header row of the wide sheet %s", (suffix) => {
      for (const t of byName(suffix)) {
        expect(t.print).toMatchObject({ fitToWidth: true, pagesWide: 3, repeatColumns: 1, repeatHeaderRow: true, orientation: "landscape" });
        expect(t.columns[0].header).toBe("单位");
      }
    });
  });
});
