import path from "path";
import ExcelJS from "exceljs";
import { exampleSheets } from "../../src/example/example-workbook";
import { writeInputSheets } from "../../src/hosts/xlsx/write-input-sheets";
import { loadWorkbook, runCli, tempDir } from "./helpers";

/** Every non-empty cell of a sheet as address → { type, value }. */
function cellsOf(sheet: ExcelJS.Worksheet): Map<string, { type: ExcelJS.ValueType; value: unknown }> {
  const cells = new Map<string, { type: ExcelJS.ValueType; value: unknown }>();
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => void cells.set(cell.address, { type: cell.type, value: cell.value })),
  );
  return cells;
}

describe("the input sheets in --out", () => {
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;
  const inputSheets = ["地区", "单位", "受理统计", "办理统计", "台账", "参数", "我的备注"];

  beforeAll(async () => {
    const dir = await tempDir("keep");
    const input = path.join(dir, "input.xlsx");
    const out = path.join(dir, "out.xlsx");
    const workbook = new ExcelJS.Workbook();
    writeInputSheets(workbook, exampleSheets());
    // What people keep in their own workbooks: an extra column with rich text, links, formulas,
    // dates, booleans and error values, and a sheet of their own.
    const units = workbook.getWorksheet("单位")!;
    units.getCell("F1").value = "备注";
    units.getCell("F2").value = { richText: [{ text: "重点", font: { bold: true } }, { text: "单位" }] };
    units.getCell("F3").value = { text: "官网", hyperlink: "http://www.jl.gov.cn" };
    units.getCell("F4").value = { formula: "LEN(A4)", result: 16 };
    units.getCell("F5").value = new Date(Date.UTC(2026, 2, 15));
    units.getCell("F6").value = true;
    units.getCell("F7").value = { error: "#N/A" };
    units.getCell("F8").value = "=不是公式";
    const notes = workbook.addWorksheet("我的备注");
    notes.getCell("A1").value = "三月通报前复核";
    notes.getCell("B3").value = 12.5;
    await workbook.xlsx.writeFile(input);
    const run = await runCli("score", input, "--period", "2026Q1", "--out", out);
    expect(run.code).toBe(0);
    [before, after] = await Promise.all([loadWorkbook(input), loadWorkbook(out)]);
  }, 60_000);

  it("come first, in the same order, followed by the output sheets", () => {
    const names = after.worksheets.map((s) => s.name);
    expect(names.slice(0, inputSheets.length)).toEqual(inputSheets);
    expect(names.length).toBeGreaterThan(inputSheets.length);
  });

  it.each(inputSheets)("equal the input cell for cell, values and types: %s", (name) => {
    const expected = cellsOf(before.getWorksheet(name)!);
    const actual = cellsOf(after.getWorksheet(name)!);
    expect(expected.size).toBeGreaterThan(0);
    expect([...actual.keys()]).toEqual([...expected.keys()]);
    for (const [address, cell] of expected) expect({ address, ...actual.get(address) }).toEqual({ address, ...cell });
  });
});
