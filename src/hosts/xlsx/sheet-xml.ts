/**
 * The worksheet XML of an output table: title in A1, header row 2, data from row 3, text as inline
 * strings (never formulas), number formats per column kind, widths, frozen header, filter, colour
 * scales and the print setup of printLayoutOf. Elements in the order of the schema (CT_Worksheet).
 */
import { columnLetters } from "../../workbook/problem";
import { PRINT_FOOTER, printLayoutOf, type OutputColumn, type OutputTable, type OutputValue } from "../../workbook/output-table";
import { wrappedLineCount } from "../../workbook/render/format";
import { LINE_HEIGHT, PAGE_MARGINS, SCORE_SCALE_COLOURS, TITLE_ROW_HEIGHT, wraps } from "./sheet-style";
import type { OutputStyles } from "./styles-append";
import { escapeXml } from "./xml-scan";

export const HEADER_ROW = 2;
export const FIRST_DATA_ROW = 3;

// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/g;

// eslint-disable-next-line no-control-regex
const PLAIN = /^[^&<>"_\u0000-\u001F\uFFFE\uFFFF]*$/;

/** Cell text for XML: characters XML cannot hold as `_xHHHH_`, a literal `_xHHHH_` kept literal. */
export function escapeCellText(text: string): string {
  if (PLAIN.test(text)) return text;
  const escaped = text.replace(NEEDS_ESCAPE, (m) =>
    m.length === 1 ? `_x${m.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_` : `_x005F${m}`,
  );
  return escapeXml(escaped);
}

const NEEDS_PRESERVE = /^\s|\s$|\n/;

function inlineString(ref: string, style: number, text: string): string {
  const preserve = NEEDS_PRESERVE.test(text) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t${preserve}>${escapeCellText(text)}</t></is></c>`;
}

function dataCell(ref: string, style: number, value: OutputValue, text: boolean): string {
  if (value === null || value === undefined) return `<c r="${ref}" s="${style}"/>`;
  if (text || typeof value === "string") return inlineString(ref, style, String(value));
  if (!Number.isFinite(value)) return `<c r="${ref}" s="${style}"/>`;
  return `<c r="${ref}" s="${style}"><v>${value}</v></c>`;
}

/** Header/footer text: `&` is a code character in Excel's header language, so a literal one is `&&`. */
const headerText = (text: string) => text.replace(/&/g, "&&");

/** The sheet's name quoted for a formula or defined name: `'2026-03 地区综合'`. */
export const quotedSheetName = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** The range of the table's filter (header row to last data row), e.g. `A2:F10`; null without columns. */
export function filterRange(table: OutputTable): string | null {
  if (table.columns.length === 0) return null;
  return `A${HEADER_ROW}:${columnLetters(table.columns.length - 1)}${HEADER_ROW + table.rows.length}`;
}

/**
 * `_xlnm.Print_Area` of a table: from the header row down (the title is in the page header, so no
 * cut title prints on the pages of later columns), absolute as LibreOffice requires; null without columns.
 */
export function printArea(table: OutputTable): string | null {
  if (table.columns.length === 0) return null;
  const last = columnLetters(table.columns.length - 1);
  return `${quotedSheetName(table.name)}!$A$${HEADER_ROW}:$${last}$${HEADER_ROW + table.rows.length}`;
}

/**
 * The row attributes of a data row whose wrapped text takes more than one line: an explicit height,
 * since LibreOffice and some Excel versions keep the default height on opening and cut the text.
 */
function rowHeightAttributes(values: readonly OutputValue[], columns: readonly OutputColumn[], wrapped: readonly number[]): string {
  let lines = 1;
  for (const c of wrapped) {
    const value = values[c];
    if (typeof value === "string") lines = Math.max(lines, wrappedLineCount(value, columns[c].width));
  }
  return lines > 1 ? ` ht="${lines * LINE_HEIGHT}" customHeight="1"` : "";
}

/** `_xlnm.Print_Titles` of a table: its repeated columns and header row; null when nothing repeats. */
export function printTitles(table: OutputTable): string | null {
  const layout = printLayoutOf(table);
  const sheet = quotedSheetName(table.name);
  const parts: string[] = [];
  if (layout.repeatColumns > 0) parts.push(`${sheet}!$A:$${columnLetters(layout.repeatColumns - 1)}`);
  if (layout.repeatHeaderRow) parts.push(`${sheet}!$${HEADER_ROW}:$${HEADER_ROW}`);
  return parts.length > 0 ? parts.join(",") : null;
}

/**
 * @param drawingRelId the relationship id of the sheet's drawing (its chart), or null without one.
 */
export function worksheetXml(table: OutputTable, styles: OutputStyles, drawingRelId: string | null = null): string {
  const layout = printLayoutOf(table);
  const columnCount = table.columns.length;
  const lastRow = HEADER_ROW + table.rows.length;
  const lastColumn = columnLetters(Math.max(columnCount, 1) - 1);
  const letters = table.columns.map((_, c) => columnLetters(c));
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
  ];
  if (layout.fitToWidth) out.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  out.push(`<dimension ref="A1:${lastColumn}${lastRow}"/>`);
  out.push(
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${HEADER_ROW}" topLeftCell="A${FIRST_DATA_ROW}" activePane="bottomLeft" state="frozen"/>` +
      `<selection pane="bottomLeft" activeCell="A${FIRST_DATA_ROW}" sqref="A${FIRST_DATA_ROW}"/></sheetView></sheetViews>`,
  );
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (columnCount > 0) {
    out.push("<cols>");
    table.columns.forEach((column, c) => out.push(`<col min="${c + 1}" max="${c + 1}" width="${column.width}" customWidth="1"/>`));
    out.push("</cols>");
  }
  out.push("<sheetData>");
  out.push(`<row r="1" ht="${TITLE_ROW_HEIGHT}" customHeight="1">${inlineString("A1", styles.title, table.title)}</row>`);
  if (columnCount > 0) {
    out.push(`<row r="${HEADER_ROW}">`);
    table.columns.forEach((column, c) => out.push(inlineString(`${letters[c]}${HEADER_ROW}`, styles.header, column.header)));
    out.push("</row>");
  }
  const cellStyles = table.columns.map((column) => styles.data(column));
  const texts = table.columns.map((column) => column.kind === "text");
  const wrapped = table.columns.flatMap((column, c) => (wraps(column) ? [c] : []));
  table.rows.forEach((values, r) => {
    const rowNumber = FIRST_DATA_ROW + r;
    let row = `<row r="${rowNumber}"${rowHeightAttributes(values, table.columns, wrapped)}>`;
    for (let c = 0; c < columnCount; c++) row += dataCell(letters[c] + rowNumber, cellStyles[c], values[c] ?? null, texts[c]);
    out.push(`${row}</row>`);
  });
  out.push("</sheetData>");
  const filter = filterRange(table);
  if (filter) out.push(`<autoFilter ref="${filter}"/>`);
  if (table.rows.length > 0) {
    table.scoreColumns.forEach((c, i) => {
      const letter = columnLetters(c);
      out.push(
        `<conditionalFormatting sqref="${letter}${FIRST_DATA_ROW}:${letter}${lastRow}"><cfRule type="colorScale" priority="${i + 1}"><colorScale>` +
          '<cfvo type="min"/><cfvo type="percentile" val="50"/><cfvo type="max"/>' +
          SCORE_SCALE_COLOURS.map((rgb) => `<color rgb="${rgb}"/>`).join("") +
          "</colorScale></cfRule></conditionalFormatting>",
      );
    });
  }
  const m = PAGE_MARGINS;
  out.push(`<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`);
  const fit = layout.fitToWidth ? ` fitToWidth="${layout.pagesWide ?? 1}" fitToHeight="0"` : "";
  out.push(`<pageSetup paperSize="9" orientation="${layout.orientation}"${fit}/>`);
  out.push(
    `<headerFooter><oddHeader>${escapeXml(`&C${headerText(layout.pageHeader)}`)}</oddHeader>` +
      `<oddFooter>${escapeXml(`&C${PRINT_FOOTER}`)}</oddFooter></headerFooter>`,
  );
  if (drawingRelId) out.push(`<drawing r:id="${drawingRelId}"/>`);
  out.push("</worksheet>");
  return out.join("");
}
