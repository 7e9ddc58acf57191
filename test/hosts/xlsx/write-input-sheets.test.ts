import path from "path";
import ExcelJS from "exceljs";
import { writeInputSheets } from "../../../src/hosts/xlsx/write-input-sheets";
import { readWorkbookFile } from "../../../src/hosts/xlsx/read-workbook";
import { inputSheetSpec } from "../../../src/workbook/sheets";
import { HEADERS, tempDir } from "../../cli/helpers";

const GRIDS = {
  单位: [HEADERS.subjects, ["长春市12345热线管理中心", "管理机构", "长春市", null]],
  台账: [HEADERS.ledger, ["2026-03", "长春市12345热线管理中心", "群众表扬", null, 5, null, null, null, "表扬信5封"]],
};

describe("writeInputSheets", () => {
  let file: string;
  let saved: ExcelJS.Workbook;

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    writeInputSheets(workbook, GRIDS, { spareRows: 10 });
    file = path.join(await tempDir("input-sheets"), "in.xlsx");
    await workbook.xlsx.writeFile(file);
    saved = new ExcelJS.Workbook();
    await saved.xlsx.readFile(file);
  });

  it("writes the grids so that reading them back gives the same grids (blank row ends aside)", async () => {
    const trimEnd = (row: unknown[]) => row.slice(0, row.length - [...row].reverse().findIndex((v) => v !== null));
    const read = (await readWorkbookFile(file)).sheets;
    expect(Object.keys(read)).toEqual(Object.keys(GRIDS));
    for (const [name, grid] of Object.entries(GRIDS)) expect(read[name]).toEqual(grid.map(trimEnd));
  });

  it("keeps 月份 a text cell and formats the 月份 column as text for new entries", () => {
    const ledger = saved.getWorksheet("台账")!;
    expect(ledger.getCell("A2").type).toBe(ExcelJS.ValueType.String);
    expect(ledger.getColumn(1).numFmt).toBe("@");
  });

  it("styles and freezes the header row and uses the contract's column widths", () => {
    const ledger = saved.getWorksheet("台账")!;
    expect(ledger.getCell("C1").font?.bold).toBe(true);
    expect(ledger.getCell("C1").fill).toMatchObject({ type: "pattern", pattern: "solid" });
    expect(ledger.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const spec = inputSheetSpec("台账")!;
    spec.columns.forEach((c, i) => expect(ledger.getColumn(i + 1).width).toBe(c.width));
  });

  it("offers the contract's choices as dropdowns below the data", () => {
    const ledger = saved.getWorksheet("台账")!;
    expect(ledger.getCell("D5").dataValidation).toMatchObject({ type: "list", formulae: ['"国家级,省级,市级,县级"'] });
    expect(ledger.getCell("H11").dataValidation).toMatchObject({ type: "list", formulae: ['"通过,不通过"'] });
    expect(saved.getWorksheet("单位")!.getCell("B2").dataValidation).toMatchObject({ formulae: ['"管理机构,承办单位"'] });
  });

  it("leaves the dropdowns out when asked", () => {
    const workbook = new ExcelJS.Workbook();
    writeInputSheets(workbook, GRIDS, { dropdowns: false });
    expect(workbook.getWorksheet("台账")!.getCell("D2").dataValidation).toBeUndefined();
  });
});
