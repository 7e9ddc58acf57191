import ExcelJS from "exceljs";
import { cellPrimitive, normalizeCellValue } from "../../../src/hosts/xlsx/cell-value";

describe("normalizeCellValue", () => {
  it("keeps strings, numbers, booleans and dates as they are", () => {
    const date = new Date(Date.UTC(2026, 2, 1));
    expect(normalizeCellValue("长春市")).toBe("长春市");
    expect(normalizeCellValue(0)).toBe(0);
    expect(normalizeCellValue(false)).toBe(false);
    expect(normalizeCellValue(date)).toBe(date);
  });

  it("turns an empty cell into null", () => {
    expect(normalizeCellValue(null)).toBeNull();
    expect(normalizeCellValue(undefined)).toBeNull();
  });

  it("joins rich text runs into plain text", () => {
    expect(normalizeCellValue({ richText: [{ text: "长春" }, { text: "市", font: { bold: true } }] })).toBe("长春市");
  });

  it("gives a formula's cached result, whatever its type", () => {
    expect(normalizeCellValue({ formula: "SUM(C2:C9)", result: 372 })).toBe(372);
    expect(normalizeCellValue({ formula: "A1&\"\"", result: "2026-03" })).toBe("2026-03");
    expect(normalizeCellValue({ formula: "1/0", result: { error: "#DIV/0!" } })).toBe("#DIV/0!");
    expect(normalizeCellValue({ sharedFormula: "C2", result: 12 } as unknown as ExcelJS.CellValue)).toBe(12);
  });

  it("gives the formula text when no result was cached, so the parser can say what it found", () => {
    expect(normalizeCellValue({ formula: "SUM(C2:C9)" } as ExcelJS.CellValue)).toBe("=SUM(C2:C9)");
  });

  it("gives a hyperlink's shown text, also when that text is rich", () => {
    expect(normalizeCellValue({ text: "省政府网站", hyperlink: "http://www.jl.gov.cn" })).toBe("省政府网站");
    const rich = { text: { richText: [{ text: "省" }, { text: "网站" }] }, hyperlink: "http://x" };
    expect(normalizeCellValue(rich as unknown as ExcelJS.CellValue)).toBe("省网站");
  });

  it("gives an error cell's text", () => {
    expect(normalizeCellValue({ error: "#N/A" })).toBe("#N/A");
  });
});

describe("cellPrimitive", () => {
  it("translates a shared formula without a cached result to its own cell", () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("s");
    sheet.getCell("B2").value = { formula: "A2*2", result: 4 } as ExcelJS.CellValue;
    sheet.getCell("B3").value = { sharedFormula: "B2" } as unknown as ExcelJS.CellValue;
    sheet.getCell("B4").value = { sharedFormula: "B2", result: 10 } as unknown as ExcelJS.CellValue;
    expect(cellPrimitive(sheet.getCell("B2"))).toBe(4);
    expect(cellPrimitive(sheet.getCell("B3"))).toBe("=A3*2");
    expect(cellPrimitive(sheet.getCell("B4"))).toBe(10);
  });

  it("gives the master's value in every cell of a merged range", () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("s");
    sheet.getCell("A2").value = "2026-03";
    sheet.mergeCells("A2:A4");
    expect(cellPrimitive(sheet.getCell("A4"))).toBe("2026-03");
  });
});
