import type ExcelJS from "exceljs";
import type { OutputColumn } from "../../workbook/output-table";

/** Header and title look shared by the input template (exceljs) and the output sheets (package writer). */
export const HEADER_FONT_RGB = "FF1F3864";
export const HEADER_FILL_RGB = "FFDDEBF7";
export const HEADER_BORDER_RGB = "FF8EA9DB";
export const TITLE_FONT_SIZE = 13;
/** Height of the title row (points). */
export const TITLE_ROW_HEIGHT = 22;

export const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: HEADER_FONT_RGB } };
export const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL_RGB } };
export const HEADER_BORDER: Partial<ExcelJS.Borders> = { bottom: { style: "thin", color: { argb: HEADER_BORDER_RGB } } };
export const TITLE_FONT: Partial<ExcelJS.Font> = { bold: true, size: TITLE_FONT_SIZE };

/** Text columns at least this wide wrap their text (说明, 达标差距, 通报稿 paragraphs). */
export const WRAP_WIDTH = 40;
/** Whether a column wraps its text. */
export const wraps = (column: OutputColumn) => column.kind === "text" && column.width >= WRAP_WIDTH;
/** Height in points of one line of wrapped text (11-point text, CJK fonts included). */
export const LINE_HEIGHT = 15;
/** Page margins in inches: narrower than Excel's default (0.7/0.75) so a page holds more rows and columns. */
export const PAGE_MARGINS = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.25, footer: 0.25 } as const;

/** Red → yellow → green, low to high (Excel's own 3-colour scale). */
export const SCORE_SCALE_COLOURS = ["FFF8696B", "FFFFEB84", "FF63BE7B"] as const;

/** Styles a header row: bold, filled, bordered, centred, wrapping. */
export function styleHeaderRow(row: ExcelJS.Row, columnCount: number): void {
  for (let c = 1; c <= columnCount; c++) {
    const cell = row.getCell(c);
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
    cell.border = HEADER_BORDER;
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  }
}
