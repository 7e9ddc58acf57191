import ExcelJS from "exceljs";
import { strToU8, unzipSync, zipSync } from "fflate";
import { SheetConflictError, openXlsx, xlsxWithTables } from "../../../src/hosts/xlsx/xlsx-file";
import { openPackage, partText } from "../../../src/hosts/xlsx/xlsx-package";
import { readSheet } from "../../../src/hosts/xlsx/sheet-read";
import { NUMBER_FORMATS, PRINT_FOOTER, TOOL_MARK, type OutputTable, type PrintLayout } from "../../../src/workbook/output-table";
import { buildXlsx } from "./package-builder";

function scoreTable(name: string, rows: OutputTable["rows"], print?: PrintLayout): OutputTable {
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
    ...(print ? { print } : {}),
  };
}

const ROWS: OutputTable["rows"] = [
  ["长春市", 93.5, 93.27, 11, 1, "接通率93.00%，低于95%的2.00个百分点，扣1.00分"],
  ["=1+1", 100, 100, 2, 2, "+86 431 12345"],
  ["-x", null, 88.1, 0, null, "@x"],
  [12345, 90, 80, 1, 3, "数字写在文字列 _x0041_ 与\u0001控制字符"],
];

const a1Row = (text: string) => `<row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row>`;

async function exceljsRead(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/** A sheet's cells read back with our own reader (tool sheets are not grids, so read the part directly). */
function gridOf(bytes: Uint8Array, name: string): unknown[][] {
  const pkg = openPackage(bytes);
  const sheet = pkg.sheets.find((s) => s.name === name)!;
  return readSheet(partText(pkg.archive, sheet.part)!, { sharedStrings: null, dateStyles: [], date1904: false });
}

describe("xlsxWithTables writes the output sheets", () => {
  let bytes: Uint8Array;
  let sheet: ExcelJS.Worksheet;
  let saved: ExcelJS.Workbook;

  beforeAll(async () => {
    const book = await openXlsx(buildXlsx({ sheets: [{ name: "地区", rows: a1Row("地区") }] }));
    bytes = await xlsxWithTables(book, [scoreTable("2026-03 地区综合", ROWS)]);
    saved = await exceljsRead(bytes);
    sheet = saved.getWorksheet("2026-03 地区综合")!;
  });

  it("reads back with our reader: title in A1, headers in row 2, data from row 3, text as text", () => {
    expect(gridOf(bytes, "2026-03 地区综合")).toEqual([
      [`${TOOL_MARK}2026-03 地区综合`],
      ["单位", "接通率", "最终得分", "参与单位数", "排名", "说明"],
      ["长春市", 93.5, 93.27, 11, 1, "接通率93.00%，低于95%的2.00个百分点，扣1.00分"],
      ["=1+1", 100, 100, 2, 2, "+86 431 12345"],
      ["-x", null, 88.1, 0, null, "@x"],
      ["12345", 90, 80, 1, 3, "数字写在文字列 _x0041_ 与\u0001控制字符"],
    ]);
  });

  it.each([
    ["A4", "=1+1"],
    ["F4", "+86 431 12345"],
    ["A5", "-x"],
    ["F5", "@x"],
    ["A6", "12345"],
  ])("keeps %s a text cell %s for exceljs too, never a formula or a number", (address, text) => {
    const cell = sheet.getCell(address);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(text);
    expect(cell.formula).toBeUndefined();
  });

  it("gives every data cell the number format of its column kind; text is top-aligned, wrapped when wide", () => {
    const kinds = ["text", "rate", "score", "integer", "rank", "text"] as const;
    kinds.forEach((kind, c) => expect(sheet.getCell(3, c + 1).numFmt).toBe(NUMBER_FORMATS[kind]));
    expect(sheet.getCell("A3").alignment).toMatchObject({ vertical: "top" });
    expect(sheet.getCell("A3").alignment?.wrapText).toBeFalsy();
    expect(sheet.getCell("F3").alignment).toMatchObject({ vertical: "top", wrapText: true });
  });

  it("styles the title and the header, freezes rows 1–2 and sets the column widths", () => {
    expect(sheet.getCell("A1").font).toMatchObject({ bold: true, size: 13 });
    const header = sheet.getCell("B2");
    expect(header.font).toMatchObject({ bold: true, color: { argb: "FF1F3864" } });
    expect(header.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } });
    expect(header.border?.bottom).toMatchObject({ style: "thin", color: { argb: "FF8EA9DB" } });
    expect(header.alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(sheet.getColumn(1).width).toBe(30);
    expect(sheet.getColumn(6).width).toBe(80);
  });

  it("prints by the default layout: A4 landscape, header row and column A repeated, page header and footer", () => {
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", printTitlesRow: "2:2", printTitlesColumn: "A:A" });
    expect(sheet.headerFooter).toMatchObject({ oddHeader: "&C2026-03 地区综合", oddFooter: `&C${PRINT_FOOTER}` });
  });

  it("puts an auto-filter over the table and colours the score column with a 3-colour scale", () => {
    expect(sheet.autoFilter).toBe("A2:F6");
    const formats = (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    expect(formats).toHaveLength(1);
    expect(formats[0].ref).toBe("C3:C6");
    expect(formats[0].rules[0]).toMatchObject({
      type: "colorScale",
      cfvo: [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }],
      color: [{ argb: "FFF8696B" }, { argb: "FFFFEB84" }, { argb: "FF63BE7B" }],
    });
  });

  it("applies a table's own print layout: portrait, fit to one page wide, two columns, no header row, `&` escaped", async () => {
    const print: PrintLayout = { orientation: "portrait", fitToWidth: true, repeatColumns: 2, repeatHeaderRow: false, pageHeader: "A&B 排名" };
    const book = await openXlsx(buildXlsx({ sheets: [{ name: "地区", rows: a1Row("地区") }] }));
    const out = await exceljsRead(await xlsxWithTables(book, [scoreTable("2026Q1 季度排名", ROWS, print)]));
    const ranking = out.getWorksheet("2026Q1 季度排名")!;
    expect(ranking.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesColumn: "A:B" });
    expect(ranking.pageSetup.printTitlesRow).toBeUndefined();
    expect(ranking.headerFooter.oddHeader).toBe("&CA&&B 排名");
  });

  it("scales a wide sheet onto the pages wide its layout asks for, and prints from the header row down", async () => {
    const print: PrintLayout = { orientation: "landscape", fitToWidth: true, pagesWide: 3, repeatColumns: 1, repeatHeaderRow: true, pageHeader: "得分" };
    const book = await openXlsx(buildXlsx({ sheets: [{ name: "地区", rows: a1Row("地区") }] }));
    const out = await exceljsRead(await xlsxWithTables(book, [scoreTable("2026-03 承办单位得分", ROWS, print)]));
    const sheet = out.getWorksheet("2026-03 承办单位得分")!;
    expect(sheet.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 3, fitToHeight: 0, printTitlesRow: "2:2", printTitlesColumn: "A:A" });
    expect(sheet.pageSetup.printArea).toBe(`A2:F${2 + ROWS.length}`);
  });

  it("writes an empty table with its title and headers and no colour scale", async () => {
    const book = await openXlsx(buildXlsx({ sheets: [{ name: "地区", rows: a1Row("地区") }] }));
    const out = await xlsxWithTables(book, [scoreTable("空表", [])]);
    expect(gridOf(out, "空表")).toEqual([[`${TOOL_MARK}空表`], ["单位", "接通率", "最终得分", "参与单位数", "排名", "说明"]]);
    expect(((await exceljsRead(out)).getWorksheet("空表") as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings).toEqual([]);
  });
});

describe("the chart of a ranking sheet", () => {
  it("is a bar chart of the value column by the category column, in a drawing of the sheet", async () => {
    const book = await openXlsx(buildXlsx({ sheets: [{ name: "地区", rows: a1Row("地区") }] }));
    const parts = unzipSync(await xlsxWithTables(book, [scoreTable("2026Q1 季度排名", ROWS), scoreTable("计算说明", [])]));
    const text = (part: string) => new TextDecoder().decode(parts[part]);
    expect(text("xl/worksheets/sheet2.xml")).toMatch(/<\/headerFooter><drawing r:id="rId1"\/><\/worksheet>$/);
    expect(text("xl/worksheets/_rels/sheet2.xml.rels")).toContain('Target="../drawings/drawing1.xml"');
    expect(text("xl/drawings/_rels/drawing1.xml.rels")).toContain('Target="../charts/chart1.xml"');
    const chart = text("xl/charts/chart1.xml");
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toContain("<a:t>综合得分</a:t>");
    expect(chart).toContain("<c:f>'2026Q1 季度排名'!$A$3:$A$6</c:f>");
    expect(chart).toContain("<c:f>'2026Q1 季度排名'!$C$3:$C$6</c:f>");
    expect(text("[Content_Types].xml")).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    // An empty table has no chart.
    expect(text("xl/worksheets/sheet3.xml")).not.toContain("<drawing");
    expect(parts["xl/charts/chart2.xml"]).toBeUndefined();
  });
});

describe("xlsxWithTables on a workbook that already has sheets of those names", () => {
  const input = () =>
    buildXlsx({
      sheets: [
        { name: "地区", rows: a1Row("地区") },
        { name: "2026-03 地区综合", rows: a1Row(`${TOOL_MARK}旧结果`) },
        { name: "我的备注", rows: a1Row("备注") },
      ],
    });

  it("replaces a sheet it wrote earlier at the same position and part, without duplicates", async () => {
    const book = await openXlsx(input());
    const out = await xlsxWithTables(book, [scoreTable("2026-03 地区综合", ROWS), scoreTable("计算说明", [])]);
    const pkg = openPackage(out);
    expect(pkg.sheets.map((s) => [s.name, s.part])).toEqual([
      ["地区", "xl/worksheets/sheet1.xml"],
      ["2026-03 地区综合", "xl/worksheets/sheet2.xml"],
      ["我的备注", "xl/worksheets/sheet3.xml"],
      ["计算说明", "xl/worksheets/sheet4.xml"],
    ]);
    expect(gridOf(out, "2026-03 地区综合")[0]).toEqual([`${TOOL_MARK}2026-03 地区综合`]);
    expect((pkg.workbookXml.match(/_xlnm.Print_Titles/g) ?? []).length).toBe(2);
  });

  it("writes the same package again when the tool's output is scored again (styles reused, names not repeated)", async () => {
    const tables = [scoreTable("2026-03 地区综合", ROWS), scoreTable("计算说明", [])];
    const once = await xlsxWithTables(await openXlsx(input()), tables);
    const twice = await xlsxWithTables(await openXlsx(once), tables);
    expect(Buffer.from(twice).equals(Buffer.from(once))).toBe(true);
  });

  it("refuses a user's sheet of the same name (compared as Excel does, ignoring case)", async () => {
    const book = await openXlsx(buildXlsx({ sheets: [{ name: "2026q1 季度排名", rows: a1Row("我自己的表") }] }));
    await expect(xlsxWithTables(book, [scoreTable("2026Q1 季度排名", ROWS)])).rejects.toThrow(SheetConflictError);
    await expect(xlsxWithTables(book, [scoreTable("2026Q1 季度排名", ROWS)])).rejects.toThrow("工作簿中已有不是本工具生成的同名工作表：2026Q1 季度排名");
  });

  it("drops a replaced sheet's old relationships and the parts only they reached, keeping everything else", async () => {
    const first = await xlsxWithTables(await openXlsx(input()), [scoreTable("2026-03 地区综合", ROWS)]);
    // The tool's sheet as the Office host may leave it: a drawing with a chart.
    const parts: Record<string, Uint8Array> = unzipSync(first);
    const rel = (id: string, type: string, target: string) =>
      `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
    const rels = (body: string) => strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`);
    parts["xl/worksheets/_rels/sheet2.xml.rels"] = rels(rel("rId1", "drawing", "../drawings/drawing9.xml"));
    parts["xl/drawings/drawing9.xml"] = strToU8("<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\"/>");
    parts["xl/drawings/_rels/drawing9.xml.rels"] = rels(rel("rId1", "chart", "../charts/chart9.xml"));
    parts["xl/charts/chart9.xml"] = strToU8("<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"/>");
    parts["xl/orphan.xml"] = strToU8("<kept/>");
    const ct = new TextDecoder().decode(parts["[Content_Types].xml"]).replace(
      "</Types>",
      '<Override PartName="/xl/drawings/drawing9.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/chart9.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>',
    );
    parts["[Content_Types].xml"] = strToU8(ct);
    const again = unzipSync(await xlsxWithTables(await openXlsx(zipSync(parts)), [scoreTable("2026-03 地区综合", ROWS)]));
    // The new sheet has its own chart again; nothing of the old one is left.
    expect(new TextDecoder().decode(again["xl/worksheets/_rels/sheet2.xml.rels"])).toMatch(/Target="..\/drawings\/drawing\d\.xml"/);
    expect(new TextDecoder().decode(again["xl/worksheets/_rels/sheet2.xml.rels"])).not.toContain("drawing9");
    for (const gone of ["xl/drawings/drawing9.xml", "xl/drawings/_rels/drawing9.xml.rels", "xl/charts/chart9.xml"]) {
      expect(again[gone]).toBeUndefined();
    }
    expect(new TextDecoder().decode(again["xl/orphan.xml"])).toBe("<kept/>");
    const types = new TextDecoder().decode(again["[Content_Types].xml"]);
    expect(types).not.toContain("drawing9");
    expect(types).not.toContain("chart9");
  });
});
