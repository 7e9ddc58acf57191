import path from "path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { writeOutputTables } from "../../../src/hosts/xlsx/write-output";
import { NUMBER_FORMATS, PRINT_FOOTER, TOOL_MARK, type OutputTable, type PrintLayout } from "../../../src/workbook/output-table";
import { tempDir } from "../../cli/helpers";

function scoreTable(name: string, rows: OutputTable["rows"]): OutputTable {
  return {
    name,
    title: `${TOOL_MARK}${name}`,
    columns: [
      { header: "单位", kind: "text", width: 30 },
      { header: "接通率", kind: "rate", width: 9 },
      { header: "最终得分", kind: "score", width: 10 },
      { header: "参与单位数", kind: "integer", width: 9 },
      { header: "排名", kind: "rank", width: 6 },
      { header: "说明", kind: "text", width: 80 },
    ],
    rows,
    scoreColumns: [2],
    chart: { title: "综合得分", categoryCol: 0, valueCol: 2 },
  };
}

const ROWS: OutputTable["rows"] = [
  ["长春市", 93.5, 93.27, 11, 1, "接通率93.00%，低于95%的2.00个百分点，扣1.00分"],
  ["=1+1", 100, 100, 2, 2, "+86 431 12345"],
  ["-x", null, 88.1, 0, null, "@x"],
  [12345, 90, 80, 1, 3, "数字写在文字列"],
];

/** Writes the tables into a fresh workbook with one input sheet, saves it and reads it back. */
async function roundTrip(prepare: (wb: ExcelJS.Workbook) => void, tables: OutputTable[]) {
  const workbook = new ExcelJS.Workbook();
  prepare(workbook);
  const report = writeOutputTables(workbook, tables);
  const file = path.join(await tempDir("write"), "out.xlsx");
  await workbook.xlsx.writeFile(file);
  const saved = new ExcelJS.Workbook();
  await saved.xlsx.readFile(file);
  return { report, saved };
}

describe("writeOutputTables", () => {
  let saved: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    ({ saved } = await roundTrip((wb) => wb.addWorksheet("地区").addRow(["地区"]), [scoreTable("2026-03 地区综合", ROWS)]));
    sheet = saved.getWorksheet("2026-03 地区综合")!;
  });

  it("writes the title in A1, the headers in row 2 and the data from row 3", () => {
    expect(sheet.getCell("A1").value).toBe(`${TOOL_MARK}2026-03 地区综合`);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(["单位", "接通率", "最终得分", "参与单位数", "排名", "说明"]);
    expect(sheet.getCell("A3").value).toBe("长春市");
    expect(sheet.getCell("C3").value).toBe(93.27);
    expect(sheet.getCell("B5").value).toBeNull();
  });

  it.each([
    ["A4", "=1+1"],
    ["F4", "+86 431 12345"],
    ["A5", "-x"],
    ["F5", "@x"],
    ["A6", "12345"],
  ])("keeps %s a text cell %s in the saved file, never a formula or a number", (address, text) => {
    const cell = sheet.getCell(address);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(text);
    expect(cell.formula).toBeUndefined();
  });

  it("gives every data cell the number format of its column kind", () => {
    const kinds = ["text", "rate", "score", "integer", "rank", "text"] as const;
    kinds.forEach((kind, c) => expect(sheet.getCell(3, c + 1).numFmt).toBe(NUMBER_FORMATS[kind]));
    expect(sheet.getCell("C3").numFmt).toBe("0.00");
  });

  it("makes the header bold with a fill, freezes rows 1–2 and sets the column widths", () => {
    const header = sheet.getCell("B2");
    expect(header.font?.bold).toBe(true);
    expect(header.fill).toMatchObject({ type: "pattern", pattern: "solid" });
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(sheet.getColumn(1).width).toBe(30);
    expect(sheet.getColumn(6).width).toBe(80);
  });

  it("prints a table without its own layout on A4 landscape, header row and name column on every page", () => {
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: false });
    expect(sheet.pageSetup.printTitlesRow).toBe("2:2");
    expect(sheet.pageSetup.printTitlesColumn).toBe("A:A");
  });

  it("puts the title (without the tool mark) in the page header and page numbers in the footer", () => {
    expect(sheet.headerFooter.oddHeader).toBe("&C2026-03 地区综合");
    expect(sheet.headerFooter.oddFooter).toBe(`&C${PRINT_FOOTER}`);
  });

  it("puts an auto-filter on the header row over the data", () => {
    expect(sheet.autoFilter).toBe("A2:F6");
  });

  it("colours the score columns with a 3-colour scale", () => {
    const formats = (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    expect(formats).toHaveLength(1);
    expect(formats[0].ref).toBe("C3:C6");
    expect(formats[0].rules[0]).toMatchObject({ type: "colorScale" });
    expect((formats[0].rules[0] as ExcelJS.ColorScaleRuleType).color).toHaveLength(3);
  });

  it("writes an empty table with its title and headers and no colour scale", async () => {
    const { saved: s } = await roundTrip(() => undefined, [scoreTable("空表", [])]);
    const empty = s.getWorksheet("空表")!;
    expect(empty.getCell("A2").value).toBe("单位");
    expect(empty.rowCount).toBe(2);
    expect((empty as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings).toEqual([]);
  });
});

describe("writeOutputTables on a workbook that already has sheets of those names", () => {
  it("replaces a sheet it wrote earlier at the same position, without duplicates", async () => {
    const { report, saved } = await roundTrip(
      (wb) => {
        wb.addWorksheet("地区").addRow(["地区"]);
        wb.addWorksheet("2026-03 地区综合").getCell("A1").value = `${TOOL_MARK}旧结果`;
        wb.addWorksheet("我的备注").addRow(["备注"]);
      },
      [scoreTable("2026-03 地区综合", ROWS), scoreTable("计算说明", [])],
    );
    expect(report).toEqual({ replaced: ["2026-03 地区综合"], added: ["计算说明"], refused: [] });
    expect(saved.worksheets.map((w) => w.name)).toEqual(["地区", "2026-03 地区综合", "我的备注", "计算说明"]);
    expect(saved.getWorksheet("2026-03 地区综合")!.getCell("A1").value).toBe(`${TOOL_MARK}2026-03 地区综合`);
  });

  it("refuses a user's sheet of the same name and leaves it as it was", async () => {
    const { report, saved } = await roundTrip(
      (wb) => wb.addWorksheet("2026-03 地区综合").addRow(["我自己的表"]),
      [scoreTable("2026-03 地区综合", ROWS)],
    );
    expect(report).toEqual({ replaced: [], added: [], refused: ["2026-03 地区综合"] });
    expect(saved.worksheets).toHaveLength(1);
    expect(saved.getWorksheet("2026-03 地区综合")!.getCell("A1").value).toBe("我自己的表");
  });
});

describe("writeOutputTables print setup, read back from the saved file", () => {
  const ranking: PrintLayout = { orientation: "portrait", fitToWidth: true, repeatColumns: 0, repeatHeaderRow: true, pageHeader: "2026-03 地区综合（说明 & 注）" };
  const wide: PrintLayout = { orientation: "landscape", fitToWidth: false, repeatColumns: 2, repeatHeaderRow: false, pageHeader: "工单统计" };
  let saved: ExcelJS.Workbook;
  // 说明 is 80 wide: 100 CJK characters (width 200) wrap onto 3 lines.
  const LONG = "扣".repeat(100);

  beforeAll(async () => {
    ({ saved } = await roundTrip(() => undefined, [
      { ...scoreTable("排名表", [...ROWS, ["长文本", 1, 1, 1, 1, LONG]]), print: ranking },
      { ...scoreTable("宽表", ROWS), print: wide },
    ]));
  });

  it("fits a ranking sheet to one page wide, as many pages down as needed", () => {
    const s = saved.getWorksheet("排名表")!;
    expect(s.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(s.pageSetup.printTitlesRow).toBe("2:2");
    expect(s.pageSetup.printTitlesColumn).toBeUndefined();
  });

  it("prints from the header row down, never the title row (the page header carries the title)", () => {
    expect(saved.getWorksheet("排名表")!.pageSetup.printArea).toBe("A2:F7");
    expect(saved.getWorksheet("宽表")!.pageSetup.printArea).toBe("A2:F6");
  });

  it("writes the print area with absolute rows and columns, as LibreOffice requires", async () => {
    const workbook = new ExcelJS.Workbook();
    writeOutputTables(workbook, [{ ...scoreTable("排名表", ROWS), print: ranking }]);
    const parts = unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(strFromU8(parts["xl/workbook.xml"])).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;排名表&apos;!$A$2:$F$6</definedName>`);
  });

  it("aligns every data cell to the top, so a tall row reads on one line", () => {
    const s = saved.getWorksheet("排名表")!;
    for (let c = 1; c <= 6; c++) expect(s.getCell(7, c).alignment?.vertical).toBe("top");
  });

  it("makes a row with wrapped text as tall as its lines, and leaves one-line rows at the default height", () => {
    const s = saved.getWorksheet("排名表")!;
    expect(s.getRow(7).height).toBe(45);
    expect(s.getRow(3).height).toBeUndefined();
  });

  it("doubles an & of the title in the page header so that it is not read as a code", () => {
    expect(saved.getWorksheet("排名表")!.headerFooter.oddHeader).toBe("&C2026-03 地区综合（说明 && 注）");
  });

  it("repeats the leftmost columns asked for and no row when the header row is not repeated", () => {
    const s = saved.getWorksheet("宽表")!;
    expect(s.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: false });
    expect(s.pageSetup.printTitlesColumn).toBe("A:B");
    expect(s.pageSetup.printTitlesRow).toBeUndefined();
    expect(s.headerFooter.oddFooter).toBe(`&C${PRINT_FOOTER}`);
  });
});
