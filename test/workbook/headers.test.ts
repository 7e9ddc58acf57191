import { asGrid, findColumns, firstEmptyColumn, headerTexts, locateColumns } from "../../src/workbook/headers";
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

  it("warns at each repeated contract header and keeps the first", () => {
    const log = problemLog();
    const table = locateColumns("地区", [["地区", "地区 ", "上级地区", "\u3000地区"]], inputSheetSpec("地区")!, log);
    expect(table.columns).toEqual({ 地区: 0, 上级地区: 2 });
    expect(log.problems.map((p) => [p.severity, p.row, p.col, p.message])).toEqual([
      ["warning", 0, 1, "列标题“地区”重复，已使用A列，本列被忽略"],
      ["warning", 0, 3, "列标题“地区”重复，已使用A列，本列被忽略"],
    ]);
  });
});

describe("findColumns", () => {
  const specs = [{ header: "工单编号", aliases: ["工单号", "受理编号"] }, { header: "派单时间" }] as const;

  it("finds each header by its text, leftmost first, and leaves out the ones not found", () => {
    expect(findColumns(["备注", "派单时间", "派单时间"], specs)).toEqual({ 派单时间: 1 });
  });

  it("prefers the canonical header to an alias standing left of it", () => {
    expect(findColumns(["工单号", "工单编号"], specs)).toEqual({ 工单编号: 1 });
  });

  it("takes the leftmost column holding any alias", () => {
    expect(findColumns(["受理编号", "工单号"], specs)).toEqual({ 工单编号: 0 });
  });
});

describe("header helpers", () => {
  it("finds the first empty header cell, or the end of the row", () => {
    expect(firstEmptyColumn(headerTexts([["a", " ", "b"]]))).toBe(1);
    expect(firstEmptyColumn(headerTexts([["a", "b"]]))).toBe(2);
    expect(firstEmptyColumn(headerTexts([]))).toBe(0);
  });

  it("finds the first blank cell of a raw header row: null, a hole, or spaces", () => {
    expect(firstEmptyColumn(["a", 0, null, "b"])).toBe(2);
    expect(firstEmptyColumn(["a", false, "\u3000 "])).toBe(2);
    expect(firstEmptyColumn(["a", , "b"])).toBe(1);
    expect(firstEmptyColumn(["a", new Date(NaN)])).toBe(2);
    expect(firstEmptyColumn(undefined)).toBe(0);
  });
});

describe("asGrid", () => {
  it("reads anything that is not an array of rows as rows: a non-array row is an empty row, a hole stays a hole", () => {
    // eslint-disable-next-line no-sparse-arrays
    const grid = asGrid([["地区"], null, "x", , ["长春市"]]);
    expect(grid.length).toBe(5);
    expect([grid[0], grid[1], grid[2], grid[4]]).toEqual([["地区"], [], [], ["长春市"]]);
    expect(3 in grid).toBe(false);
    expect(asGrid("x")).toEqual([]);
    expect(asGrid(undefined)).toEqual([]);
  });

  it("takes a grid of row arrays as it is, without copying it", () => {
    const grid = [["地区"], ["长春市"]];
    expect(asGrid(grid)).toBe(grid);
    expect(asGrid(grid)[1]).toBe(grid[1]);
  });
});
