/** For comparing saved workbooks in tests: every sheet's name and cell values, read with exceljs. */
import ExcelJS from "exceljs";

export interface SheetValues {
  name: string;
  rows: unknown[][];
}

function plain(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("result" in value) return plain(value.result as ExcelJS.CellValue);
    if ("formula" in value || "sharedFormula" in value) return null;
    if ("text" in value) return value.text;
    if ("error" in value) return value.error;
  }
  return value;
}

/** The sheets in order, each as rows of plain values (trailing empty cells dropped). */
export async function workbookValues(bytes: Uint8Array): Promise<SheetValues[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: unknown[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => void (cells[c - 1] = plain(cell.value)));
      while (cells.length > 0 && cells[cells.length - 1] == null) cells.pop();
      rows[n - 1] = Array.from(cells, (v) => v ?? null);
    });
    return { name: ws.name, rows: Array.from(rows, (r) => r ?? []) };
  });
}
