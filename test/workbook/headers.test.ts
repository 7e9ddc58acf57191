import { firstEmptyColumn, headerTexts, locateColumns } from "../../src/workbook/headers";
import { problemLog } from "../../src/workbook/parse-context";
import { inputSheetSpec } from "../../src/workbook/sheets";

describe("locateColumns", () => {
  it("maps trimmed header texts to their columns and lists the non-blank data rows", () => {
    const log = problemLog();
    const grid = [[" 上级地区", "备注", "\u3000地区\u3000"], ["吉林省", null, "长春市"], [null, " "], ["", "x"]];
    const table = locateColumns("地区", grid, inputSheetSpec("地区")!, log);
    expect(table.columns).toEqual({ 上级地区: 0, 地区: 2 });
    expect(table.complete).toBe(true);
    expect(table.dataRows).toEqual([1, 3]);
    expect(log.problems).toEqual([]);
  });

  it("marks the sheet incomplete when a required column is missing", () => {
    const log = problemLog();
    const table = locateColumns("单位", [["单位", null, "所属地区"]], inputSheetSpec("单位")!, log);
    expect(table.complete).toBe(false);
    expect(log.problems.map((p) => [p.severity, p.row, p.col])).toEqual([["error", 0, 1]]);
  });
});

describe("header helpers", () => {
  it("finds the first empty header cell, or the end of the row", () => {
    expect(firstEmptyColumn(headerTexts([["a", " ", "b"]]))).toBe(1);
    expect(firstEmptyColumn(headerTexts([["a", "b"]]))).toBe(2);
    expect(firstEmptyColumn(headerTexts([]))).toBe(0);
  });
});
