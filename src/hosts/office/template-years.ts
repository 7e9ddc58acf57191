/**
 * The years the workbook's data falls in, for the `节假日` template: the 月份 of the statistics and
 * ledger rows and the 派单时间 of the ticket export (the month a ticket row belongs to). Only that
 * one column of each sheet is read — in row blocks under the payload budget, one sync per block —
 * so a full-sheet ticket export costs a few dozen small syncs, not a read of every cell. Date cells
 * are read with their number formats in the workbook's date system (1900 or 1904), as compute reads them.
 */
import { yearOfMoment } from "../../engine/calendar/wall-clock";
import { monthOfSerial, parseMonthCell } from "../../workbook/cells";
import { headerTexts } from "../../workbook/headers";
import { SHEET } from "../../workbook/sheets";
import { parseMomentCell } from "../../workbook/tickets/ticket-cells";
import { TICKET_COLUMNS } from "../../workbook/tickets/ticket-sheets";
import { nextBatch, type ReadCursor } from "./read-sheets";
import { gridCell, PROBE_DATE, PROBE_SERIAL_1904 } from "./date-cells";
import { rowBytes } from "./payload-budget";

/** The year of a 月份 cell (`2026-03`, a date, a serial); null when it is not a month. */
export function yearOfMonthCell(value: unknown): number | null {
  const month = typeof value === "number" ? monthOfSerial(value) : parseMonthCell(value === "" ? null : value);
  return month.ok ? Number(month.value.slice(0, 4)) : null;
}

/** The year of a date-time cell (`2026-03-05 14:30`, a date-time serial); null when blank or not a time. */
export function yearOfTimeCell(value: unknown): number | null {
  const moment = parseMomentCell(value === "" ? null : value);
  return moment.kind === "ok" ? yearOfMoment(moment.value) : null;
}

interface YearSource {
  sheet: string;
  header: string;
  aliases: readonly string[];
  yearOf(value: unknown): number | null;
}

const dispatchColumn = TICKET_COLUMNS.find((c) => c.header === "派单时间")!;

/** Where each sheet keeps the month of a row. */
export const YEAR_SOURCES: readonly YearSource[] = [
  { sheet: SHEET.bodyStats, header: "月份", aliases: [], yearOf: yearOfMonthCell },
  { sheet: SHEET.unitStats, header: "月份", aliases: [], yearOf: yearOfMonthCell },
  { sheet: SHEET.ledger, header: "月份", aliases: [], yearOf: yearOfMonthCell },
  { sheet: SHEET.tickets, header: dispatchColumn.header, aliases: dispatchColumn.aliases, yearOf: yearOfTimeCell },
];

/** Column of a header in trimmed header texts: the header itself first, else the leftmost alias. */
export function headerColumn(headers: readonly string[], header: string, aliases: readonly string[]): number {
  const at = headers.indexOf(header);
  return at >= 0 ? at : headers.findIndex((h) => aliases.includes(h));
}

interface ColumnCursor extends ReadCursor {
  sheet: Excel.Worksheet;
  col: number;
  source: YearSource;
}

/**
 * Distinct years, ascending, of the months in the source sheets among `sheets` (matched by name
 * without regard to case, as Excel does). Two syncs find the used ranges and header rows; then one
 * sync per block of rows reads the month column of every sheet that still has rows.
 */
export async function readDataYears(context: Excel.RequestContext, sheets: readonly Excel.Worksheet[], budget: number): Promise<number[]> {
  const found = YEAR_SOURCES.flatMap((source) => {
    const sheet = sheets.find((s) => s.name.toLowerCase() === source.sheet.toLowerCase());
    return sheet ? [{ source, sheet, used: sheet.getUsedRangeOrNullObject(true).load("rowIndex,rowCount,columnIndex,columnCount") }] : [];
  });
  if (found.length === 0) return [];
  const probe = context.workbook.functions.date(PROBE_DATE.year, PROBE_DATE.month, PROBE_DATE.day).load("value");
  await context.sync();
  const date1904 = probe.value === PROBE_SERIAL_1904;

  const withData = found.filter(({ used }) => !used.isNullObject && used.rowIndex + used.rowCount > 1);
  if (withData.length === 0) return [];
  const headers = withData.map((f) => ({
    ...f,
    rows: f.used.rowIndex + f.used.rowCount,
    headerRow: f.sheet.getRangeByIndexes(0, 0, 1, f.used.columnIndex + f.used.columnCount).load("values"),
  }));
  await context.sync();

  const cursors: ColumnCursor[] = [];
  for (const h of headers) {
    const col = headerColumn(headerTexts(h.headerRow.values), h.source.header, h.source.aliases);
    if (col >= 0) cursors.push({ sheet: h.sheet, col, source: h.source, rows: h.rows, cols: 1, next: 1, maxRowBytes: null });
  }
  const years = new Set<number>();
  while (cursors.some((c) => c.next < c.rows)) {
    const batch = nextBatch(cursors, budget).map(({ sheet: cursor, count }) => ({
      cursor,
      count,
      range: cursor.sheet.getRangeByIndexes(cursor.next, cursor.col, count, 1).load("values,numberFormat"),
    }));
    await context.sync();
    for (const { cursor, count, range } of batch) {
      range.values.forEach((row, i) => {
        cursor.maxRowBytes = Math.max(cursor.maxRowBytes ?? 0, rowBytes(row) + rowBytes(range.numberFormat[i]));
        const year = cursor.source.yearOf(gridCell(row[0], range.numberFormat[i][0], date1904));
        if (year !== null) years.add(year);
      });
      cursor.next += count;
    }
  }
  return [...years].sort((a, b) => a - b);
}
