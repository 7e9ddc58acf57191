/**
 * The exceljs writer of the output tables, kept for the benchmark's comparison (bench/xlsx-bench.ts)
 * and its tests. The CLI and the web page write with xlsx-file.ts (package-write.ts), which keeps
 * every part of the user's workbook; exceljs drops what it does not model (charts, comments …).
 */
import type ExcelJS from "exceljs";
import { columnLetters } from "../../workbook/problem";
import { isToolSheetTitle, NUMBER_FORMATS, type OutputColumn, type OutputTable, type OutputValue } from "../../workbook/output-table";
import { cellPrimitive } from "./cell-value";
import { SCORE_SCALE_COLOURS, styleHeaderRow, TITLE_FONT } from "./sheet-style";

/** What writeOutputTables did: sheets replaced in place, sheets added, sheets it refused to touch. */
export interface WriteReport {
  replaced: string[];
  added: string[];
  /** A sheet of that name exists and the tool did not write it: nothing was written for it. */
  refused: string[];
}

const TITLE_ROW = 1;
const HEADER_ROW = 2;
const FIRST_DATA_ROW = 3;

/** exceljs orders sheets by this field (untyped in its .d.ts); reusing it keeps a replaced sheet in place. */
type Ordered = { orderNo: number };

function a1Of(worksheet: ExcelJS.Worksheet): unknown {
  const cell = worksheet.findRow(1)?.findCell(1);
  return cell ? cellPrimitive(cell) : null;
}

/**
 * Writes the output tables into the workbook: a sheet the tool wrote earlier under the same name
 * (A1 starts with the tool mark) is replaced at the same position; a new name is added at the end;
 * a user's sheet of that name is left alone and reported in `refused` (computeWorkbook already
 * reports it as an error, so this is a second lock). No other sheet is touched.
 * Charts are not written: exceljs cannot create them (the Office host draws them).
 */
export function writeOutputTables(workbook: ExcelJS.Workbook, tables: readonly OutputTable[]): WriteReport {
  const report: WriteReport = { replaced: [], added: [], refused: [] };
  for (const table of tables) {
    const earlier = workbook.getWorksheet(table.name);
    if (earlier && !isToolSheetTitle(a1Of(earlier))) {
      report.refused.push(table.name);
      continue;
    }
    const orderNo = earlier ? (earlier as unknown as Ordered).orderNo : undefined;
    if (earlier) workbook.removeWorksheet(earlier.id);
    const worksheet = workbook.addWorksheet(table.name, {
      views: [{ state: "frozen", ySplit: HEADER_ROW }],
      // Recipients print these sheets: landscape, the title and header rows and the name column on every page
      // (not fit to one page wide: score sheets have ~20 columns and a long 说明, which would print unreadably small).
      pageSetup: { orientation: "landscape", printTitlesRow: `1:${HEADER_ROW}`, printTitlesColumn: "A:A" },
    });
    if (orderNo !== undefined) (worksheet as unknown as Ordered).orderNo = orderNo;
    fillTable(worksheet, table);
    (earlier ? report.replaced : report.added).push(table.name);
  }
  return report;
}

/** The cell value of an output value in a column: text columns always get a string. */
function cellValueOf(value: OutputValue, text: boolean): string | number | null {
  if (value === null) return null;
  return text ? String(value) : value;
}

/**
 * Cell and row styles are shared, frozen objects. exceljs renders a style's XML for every cell and row
 * it saves unless it has met that very style object before: one object per column instead of one per
 * cell saves seconds on a province-scale workbook. Frozen so that a later change to one cell's style
 * throws instead of restyling the whole column.
 */
const NO_STYLE: Partial<ExcelJS.Style> = Object.freeze({});

/** The style of a column's data cells: its number format, and for text top alignment (wrapped when wide). */
function dataCellStyle(column: OutputColumn): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = { numFmt: NUMBER_FORMATS[column.kind] };
  if (column.kind === "text") style.alignment = { vertical: "top", wrapText: column.width >= 40 };
  return Object.freeze(style);
}

function fillTable(worksheet: ExcelJS.Worksheet, table: OutputTable): void {
  const columnCount = table.columns.length;
  const lastRow = HEADER_ROW + table.rows.length;
  const title = worksheet.getCell(TITLE_ROW, 1);
  title.value = table.title;
  title.font = TITLE_FONT;
  worksheet.getRow(TITLE_ROW).height = 22;

  const header = worksheet.getRow(HEADER_ROW);
  table.columns.forEach((column, c) => {
    header.getCell(c + 1).value = column.header;
    worksheet.getColumn(c + 1).width = column.width;
  });
  styleHeaderRow(header, columnCount);

  const styles = table.columns.map(dataCellStyle);
  const texts = table.columns.map((column) => column.kind === "text");
  table.rows.forEach((values, r) => {
    const row = worksheet.getRow(FIRST_DATA_ROW + r);
    (row as unknown as { style: Partial<ExcelJS.Style> }).style = NO_STYLE;
    for (let c = 0; c < columnCount; c++) {
      const cell = row.getCell(c + 1);
      cell.value = cellValueOf(values[c] ?? null, texts[c]);
      cell.style = styles[c];
    }
  });

  if (columnCount > 0) {
    worksheet.autoFilter = `A${HEADER_ROW}:${columnLetters(columnCount - 1)}${lastRow}`;
  }
  if (table.rows.length > 0) {
    table.scoreColumns.forEach((c, i) => {
      const letter = columnLetters(c);
      worksheet.addConditionalFormatting({
        ref: `${letter}${FIRST_DATA_ROW}:${letter}${lastRow}`,
        rules: [
          {
            type: "colorScale",
            priority: i + 1,
            cfvo: [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }],
            color: SCORE_SCALE_COLOURS.map((argb) => ({ argb })),
          },
        ],
      });
    });
  }
}
