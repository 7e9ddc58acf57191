/**
 * The exceljs writer of the output tables, kept for the benchmark's comparison (bench/xlsx-bench.ts)
 * and its tests. The CLI and the web page write with xlsx-file.ts (package-write.ts), which keeps
 * every part of the user's workbook; exceljs drops what it does not model (charts, comments …).
 */
import type ExcelJS from "exceljs";
import { columnLetters } from "../../workbook/problem";
import {
  isToolSheetTitle, NUMBER_FORMATS, PRINT_FOOTER, printLayoutOf,
  type OutputColumn, type OutputTable, type OutputValue, type PrintLayout,
} from "../../workbook/output-table";
import { wrappedLineCount } from "../../workbook/render/format";
import { cellPrimitive } from "./cell-value";
import { LINE_HEIGHT, PAGE_MARGINS, SCORE_SCALE_COLOURS, styleHeaderRow, TITLE_FONT, wraps } from "./sheet-style";

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
      ...printSetup(printLayoutOf(table)),
    });
    if (orderNo !== undefined) (worksheet as unknown as Ordered).orderNo = orderNo;
    fillTable(worksheet, table);
    (earlier ? report.replaced : report.added).push(table.name);
  }
  return report;
}

/** Paper size code of A4 in SpreadsheetML. */
const A4 = 9;


/** Text for a header/footer section: `&` starts a code there, so a literal one is doubled. */
function headerFooterText(text: string): string {
  return text.replace(/&/g, "&&");
}

/**
 * The exceljs page setup of a PrintLayout: A4, orientation, one page wide (pages run down as long as
 * needed) where asked, the header row and the leftmost columns on every page (never the title row:
 * it goes into the page header), page numbers in the footer.
 */
export function printSetup(layout: PrintLayout): Pick<Partial<ExcelJS.AddWorksheetOptions>, "pageSetup" | "headerFooter"> {
  const pageSetup: Partial<ExcelJS.PageSetup> = {
    paperSize: A4,
    margins: PAGE_MARGINS,
    orientation: layout.orientation,
    fitToPage: layout.fitToWidth,
    fitToWidth: layout.pagesWide ?? 1,
    fitToHeight: 0,
  };
  if (layout.repeatHeaderRow) pageSetup.printTitlesRow = `${HEADER_ROW}:${HEADER_ROW}`;
  if (layout.repeatColumns > 0) pageSetup.printTitlesColumn = `A:${columnLetters(layout.repeatColumns - 1)}`;
  return {
    pageSetup,
    headerFooter: {
      oddHeader: `&C${headerFooterText(layout.pageHeader)}`,
      oddFooter: `&C${PRINT_FOOTER}`,
    },
  };
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



/**
 * The style of a column's data cells: its number format, top alignment (a row made tall by a wrapped
 * 说明 keeps its name and its numbers on one line), and wrapping for wide text columns.
 */
function dataCellStyle(column: OutputColumn): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = { numFmt: NUMBER_FORMATS[column.kind], alignment: { vertical: "top" } };
  if (column.kind === "text") style.alignment = { vertical: "top", wrapText: wraps(column) };
  return Object.freeze(style);
}

/**
 * The height of a row whose wrapped text takes more than one line, else undefined (default height).
 * Set explicitly: LibreOffice and some Excel versions keep the default height on opening, which cuts
 * a wrapped 说明 to its first line on screen and on paper.
 */
function wrappedRowHeight(values: readonly OutputValue[], columns: readonly OutputColumn[], wrapped: readonly number[]): number | undefined {
  let lines = 1;
  for (const c of wrapped) {
    const value = values[c];
    if (typeof value === "string") lines = Math.max(lines, wrappedLineCount(value, columns[c].width));
  }
  return lines > 1 ? lines * LINE_HEIGHT : undefined;
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
  const wrapped = table.columns.flatMap((column, c) => (wraps(column) ? [c] : []));
  table.rows.forEach((values, r) => {
    const row = worksheet.getRow(FIRST_DATA_ROW + r);
    (row as unknown as { style: Partial<ExcelJS.Style> }).style = NO_STYLE;
    const height = wrappedRowHeight(values, table.columns, wrapped);
    if (height !== undefined) row.height = height;
    for (let c = 0; c < columnCount; c++) {
      const cell = row.getCell(c + 1);
      cell.value = cellValueOf(values[c] ?? null, texts[c]);
      cell.style = styles[c];
    }
  });

  if (columnCount > 0) {
    const range = `A${HEADER_ROW}:${columnLetters(columnCount - 1)}${lastRow}`;
    worksheet.autoFilter = range;
    // The title row does not print (the page header carries the title): on a page of later columns
    // its text would show cut at the repeated name column.
    // exceljs writes `$` + each end as given: `A$2` becomes the absolute `$A$2` that LibreOffice needs
    // (it ignores a print area written `$A2:$I18`).
    worksheet.pageSetup.printArea = `A$${HEADER_ROW}:${columnLetters(columnCount - 1)}$${lastRow}`;
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
