/**
 * What 「插入模板」 writes into each new sheet, as plain data: the six input sheets with their
 * headers, the optional `工单明细` export with date-time columns, and `节假日` filled with the
 * built-in calendar of the years asked for. Every written cell is text (number format `@`).
 */
import { PARAM_SPECS } from "../../engine/params";
import { INPUT_SHEETS, SHEET, type InputSheetSpec } from "../../workbook/sheets";
import { calendarTemplateRows } from "../../workbook/tickets/calendar-template";
import { HOLIDAY_SHEET_SPEC, TICKET_SHEET_SPEC, type TicketColumn } from "../../workbook/tickets/ticket-sheets";
import { TEXT_FORMAT } from "./sheet-cells";

/** Data rows below the header that get dropdowns (and, on `工单明细`, number formats). */
export const TEMPLATE_DATA_ROWS = 10_000;
/** How `工单明细`'s time columns show a date-time. */
export const DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";
/** The `工单明细` columns that hold a date-time. */
export const TICKET_TIME_COLUMNS: readonly TicketColumn[] = ["生成时间", "派单时间", "签收时间", "退单时间", "办理时限", "延期时限", "办结时间"];

/** A dropdown list on `rows` cells of a column from `row` down (0-based). */
export interface TemplateDropdown {
  row: number;
  col: number;
  rows: number;
  choices: readonly string[];
}

export interface TemplateSheet {
  name: string;
  /** Width of each column in characters, from column A. */
  widths: number[];
  /** Rows written from A1 — the header row, then data rows — all text. */
  rows: string[][];
  /** Number format of each column below the header (the header row is text). */
  dataFormats: string[];
  /** Rows below the header that get `dataFormats`: at least the data rows written. */
  formattedRows: number;
  dropdowns: TemplateDropdown[];
}

/** Dropdowns for every column of the spec that has choices, over TEMPLATE_DATA_ROWS rows. */
function columnDropdowns(spec: InputSheetSpec): TemplateDropdown[] {
  return spec.columns.flatMap((c, col) => (c.choices ? [{ row: 1, col, rows: TEMPLATE_DATA_ROWS, choices: c.choices }] : []));
}

/** A sheet whose data rows (if any) are text and whose header is the spec's. */
function textSheet(spec: InputSheetSpec, data: string[][], extraWidths: number[] = []): TemplateSheet {
  const widths = [...spec.columns.map((c) => c.width), ...extraWidths];
  return {
    name: spec.name,
    widths,
    rows: [spec.columns.map((c) => c.header), ...data],
    dataFormats: widths.map(() => TEXT_FORMAT),
    formattedRows: data.length,
    dropdowns: columnDropdowns(spec),
  };
}

/**
 * One of the six input sheets: the header row; `参数` also lists every parameter with its default
 * value and 说明, with a dropdown on the 值 of parameters that have choices.
 */
export function inputTemplateSheet(spec: InputSheetSpec): TemplateSheet {
  if (spec.name !== SHEET.params) return textSheet(spec, []);
  const sheet = textSheet(spec, PARAM_SPECS.map((p) => [p.name, p.defaultText, p.description]), [60]);
  sheet.rows[0].push("说明");
  sheet.dropdowns = PARAM_SPECS.flatMap((p, i) => (p.choices ? [{ row: 1 + i, col: 1, rows: 1, choices: p.choices }] : []));
  return sheet;
}

/**
 * `工单明细`: the header row; below it TEMPLATE_DATA_ROWS rows formatted — date-time columns as
 * `yyyy-mm-dd hh:mm`, every other column as text (a 工单编号 keeps its digits) — with dropdowns
 * on the choice columns.
 */
export function ticketTemplateSheet(): TemplateSheet {
  const sheet = textSheet(TICKET_SHEET_SPEC, []);
  const timeColumns = new Set<string>(TICKET_TIME_COLUMNS);
  sheet.dataFormats = TICKET_SHEET_SPEC.columns.map((c) => (timeColumns.has(c.header) ? DATE_TIME_FORMAT : TEXT_FORMAT));
  sheet.formattedRows = TEMPLATE_DATA_ROWS;
  return sheet;
}

/** `节假日` (日期 | 类型 | 说明) filled with the built-in calendar of `years`; 日期 as text `YYYY-MM-DD`. */
export function holidayTemplateSheet(years: readonly number[]): TemplateSheet {
  return textSheet(HOLIDAY_SHEET_SPEC, calendarTemplateRows([...years]));
}

/** Every sheet 「插入模板」 offers, in the order they are added. */
export const TEMPLATE_SHEET_NAMES: readonly string[] = [...INPUT_SHEETS.map((s) => s.name), SHEET.tickets, SHEET.holidays];

/** The template of a sheet by name; `years` fills `节假日`. */
export function templateSheet(name: string, years: readonly number[]): TemplateSheet {
  if (name === SHEET.tickets) return ticketTemplateSheet();
  if (name === SHEET.holidays) return holidayTemplateSheet(years);
  const spec = INPUT_SHEETS.find((s) => s.name === name);
  if (!spec) throw new RangeError(`“${name}”不是模板中的表`);
  return inputTemplateSheet(spec);
}

/** Number formats of row `r` (0 = header) of a template sheet. */
export function rowFormats(sheet: TemplateSheet, r: number): string[] {
  return r === 0 ? sheet.rows[0].map(() => TEXT_FORMAT) : sheet.dataFormats;
}

/** Rows of the sheet that get cells written or formatted: the header and the formatted rows. */
export function templateRowCount(sheet: TemplateSheet): number {
  return 1 + Math.max(sheet.formattedRows, sheet.rows.length - 1);
}
