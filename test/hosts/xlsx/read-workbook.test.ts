import path from "path";
import ExcelJS from "exceljs";
import { readWorkbookFile, workbookInput } from "../../../src/hosts/xlsx/read-workbook";
import { TOOL_MARK } from "../../../src/workbook/output-table";
import { tempDir } from "../../cli/helpers";

describe("readWorkbookFile", () => {
  let file: string;

  beforeAll(async () => {
    file = path.join(await tempDir("read"), "in.xlsx");
    const workbook = new ExcelJS.Workbook();
    const stats = workbook.addWorksheet("办理统计");
    stats.getCell("A1").value = "月份";
    stats.getCell("B1").value = { richText: [{ text: "单" }, { text: "位" }] };
    stats.getCell("C1").value = "转派工单总量";
    stats.getCell("A2").value = new Date(Date.UTC(2026, 2, 1));
    stats.getCell("B2").value = { text: "长春市水务局", hyperlink: "http://example.org" };
    stats.getCell("C2").value = { formula: "100+20", result: 120 } as ExcelJS.CellValue;
    // Row 3 left empty on purpose; row 4 has a gap in column B.
    stats.getCell("A4").value = "2026-04";
    stats.getCell("C4").value = { error: "#N/A" };
    const output = workbook.addWorksheet("2026-03 地区综合");
    output.getCell("A1").value = `${TOOL_MARK}2026-03 地区综合`;
    output.getCell("A3").value = "长春市";
    workbook.addWorksheet("空白");
    await workbook.xlsx.writeFile(file);
  });

  it("turns an input sheet into rows of primitives, keeping row positions", async () => {
    const { sheets } = await readWorkbookFile(file);
    expect(sheets["办理统计"]).toEqual([
      ["月份", "单位", "转派工单总量"],
      [new Date(Date.UTC(2026, 2, 1)), "长春市水务局", 120],
      [],
      ["2026-04", null, "#N/A"],
    ]);
  });

  it("lists every sheet with its A1 value and leaves the tool's own sheets out of the grids", async () => {
    const { sheets, existing } = await readWorkbookFile(file);
    expect(existing).toEqual([
      { name: "办理统计", a1: "月份" },
      { name: "2026-03 地区综合", a1: `${TOOL_MARK}2026-03 地区综合` },
      { name: "空白", a1: null },
    ]);
    expect(Object.keys(sheets)).toEqual(["办理统计", "空白"]);
    expect(sheets["空白"]).toEqual([]);
  });

  it("does not create an A1 cell in a sheet that has none", () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("空白");
    workbookInput(workbook);
    expect(sheet.rowCount).toBe(0);
  });

  it("rejects a file that is not a workbook", async () => {
    await expect(readWorkbookFile(path.join(path.dirname(file), "missing.xlsx"))).rejects.toThrow();
  });
});
