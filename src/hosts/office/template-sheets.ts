/**
 * 「插入模板」: adds each missing sheet of the template — the six input sheets, `工单明细` and
 * `节假日` — with its headers (as text), column widths, a frozen header row and dropdown lists
 * (ExcelApi 1.8), never touching a sheet that exists. `节假日` comes filled with the built-in
 * calendar of the years the workbook's data falls in (the current year when it has none).
 *
 * Syncs: one lists the sheets; when `节假日` is added, a few more read the month columns (see
 * template-years.ts); then one sync per block of rows (sized by the payload budget) writes the
 * cells, the first block together with the new sheets, their widths, styles and dropdowns. A
 * failure part-way deletes the sheets this call added, so no half-written sheet is left.
 */
import { builtInCalendarYears } from "../../engine/calendar/work-calendar";
import { SHEET } from "../../workbook/sheets";
import type { ExcelEnv } from "./excel-env";
import type { ExcelFeatures } from "./features";
import { PAYLOAD_BUDGET_BYTES, rowBlocks, rowBytes } from "./payload-budget";
import { columnWidthPoints, HEADER_FILL } from "./sheet-cells";
import { rowFormats, TEMPLATE_SHEET_NAMES, templateRowCount, templateSheet, type TemplateSheet } from "./template-plan";
import { readDataYears } from "./template-years";

/** What the 节假日 sheet was filled with. */
export interface HolidayFill {
  /** Years whose calendar was asked for: of the data, or the current year. */
  years: number[];
  /** Dates written (rows below the header). */
  days: number;
  /** Years asked for that have no built-in calendar (their dates are left to the user). */
  unknownYears: number[];
}

export interface TemplateReport {
  /** Sheets added, in template order. */
  created: string[];
  /** Template sheets that were already there (left as they were). */
  kept: string[];
  /** How `节假日` was filled; null when it was not created. */
  holidays: HolidayFill | null;
}

export interface TemplateOptions {
  /** Bytes of cell data per sync (default PAYLOAD_BUDGET_BYTES). */
  budget?: number;
  /** Clock giving the current year when the workbook holds no month (default: now). */
  now?: () => Date;
  /** Names of the template sheets to add when missing (default: all of them). */
  sheets?: readonly string[];
}

/** A run of rows of one sheet written in one sync. */
interface Segment {
  sheet: number;
  start: number;
  count: number;
}

/** The rows of every sheet, one after another, cut into blocks within the budget; one list per sync. */
function planSyncs(sheets: readonly TemplateSheet[], budget: number): Segment[][] {
  const owners: Array<{ sheet: number; row: number }> = [];
  const sizes: number[] = [];
  sheets.forEach((t, sheet) => {
    for (let row = 0; row < templateRowCount(t); row++) {
      owners.push({ sheet, row });
      sizes.push(rowBytes(rowFormats(t, row)) + (row < t.rows.length ? rowBytes(t.rows[row]) : 0));
    }
  });
  return rowBlocks(sizes, budget).map((block) => {
    const segments: Segment[] = [];
    for (let i = block.start; i < block.start + block.count; i++) {
      const { sheet, row } = owners[i];
      const last = segments[segments.length - 1];
      if (last && last.sheet === sheet) last.count++;
      else segments.push({ sheet, start: row, count: 1 });
    }
    return segments;
  });
}

/** Queues a new sheet's widths, header style, frozen header row and (ExcelApi 1.8) dropdowns. */
function queueSheetLayout(ws: Excel.Worksheet, t: TemplateSheet, features: ExcelFeatures): void {
  const header = ws.getRangeByIndexes(0, 0, 1, t.rows[0].length).format;
  header.font.bold = true;
  header.fill.color = HEADER_FILL;
  t.widths.forEach((chars, col) => {
    ws.getRangeByIndexes(0, col, 1, 1).format.columnWidth = columnWidthPoints(chars);
  });
  ws.freezePanes.freezeRows(1);
  if (!features.dataValidation) return;
  for (const d of t.dropdowns) {
    ws.getRangeByIndexes(d.row, d.col, d.rows, 1).dataValidation.rule = { list: { inCellDropDown: true, source: d.choices.join(",") } };
  }
}

/** Queues the cells of a run of rows: number formats first, so that text is written as text. */
function queueSegment(ws: Excel.Worksheet, t: TemplateSheet, { start, count }: Segment): void {
  const width = t.rows[0].length;
  const formats = Array.from({ length: count }, (_, i) => rowFormats(t, start + i));
  ws.getRangeByIndexes(start, 0, count, width).numberFormat = formats;
  const valueRows = Math.min(count, t.rows.length - start);
  if (valueRows > 0) ws.getRangeByIndexes(start, 0, valueRows, width).values = t.rows.slice(start, start + valueRows);
}

/** The sheets an insertion is adding: their names, and the ids of the sheets there before. */
interface Adding {
  names: readonly string[];
  idsBefore: ReadonlySet<string>;
}

/** Deletes the sheets a failed insertion added (named as planned, absent before it began). */
async function removeAdded(env: ExcelEnv, { names, idsBefore }: Adding): Promise<void> {
  await env.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name,id");
    await context.sync();
    const ours = new Set(names.map((n) => n.toLowerCase()));
    const doomed = sheets.items.filter((ws) => !idsBefore.has(ws.id) && ours.has(ws.name.toLowerCase()));
    if (doomed.length === 0) return;
    for (const ws of doomed) ws.delete();
    await context.sync();
  });
}

/** How the 节假日 years were chosen and what the calendar had for them. */
function holidayFill(years: number[], t: TemplateSheet): HolidayFill {
  const known = new Set(builtInCalendarYears());
  return { years, days: t.rows.length - 1, unknownYears: years.filter((y) => !known.has(y)) };
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Adds the missing template sheets and reports what it added and what it kept.
 * @example await insertTemplate(env, features) // { created: ["工单明细", "节假日"], kept: ["地区", …], holidays: { years: [2026], … } }
 */
export async function insertTemplate(env: ExcelEnv, features: ExcelFeatures, options: TemplateOptions = {}): Promise<TemplateReport> {
  const budget = options.budget ?? PAYLOAD_BUDGET_BYTES;
  const now = options.now ?? (() => new Date());
  const names = options.sheets ?? TEMPLATE_SHEET_NAMES;
  const state: { adding: Adding | null } = { adding: null };
  try {
    return await env.run(async (context) => {
      const worksheets = context.workbook.worksheets.load("items/name,id");
      await context.sync();
      const present = new Set(worksheets.items.map((ws) => ws.name.toLowerCase()));
      const missing = names.filter((n) => !present.has(n.toLowerCase()));
      const kept = names.filter((n) => present.has(n.toLowerCase()));
      let years: number[] = [];
      if (missing.includes(SHEET.holidays)) {
        const dataYears = await readDataYears(context, worksheets.items, budget);
        years = dataYears.length > 0 ? dataYears : [now().getFullYear()];
      }
      const sheets = missing.map((n) => templateSheet(n, years));
      const holidaySheet = sheets.find((t) => t.name === SHEET.holidays);
      const holidays = holidaySheet ? holidayFill(years, holidaySheet) : null;
      if (sheets.length === 0) return { created: [], kept, holidays };

      state.adding = { names: missing, idsBefore: new Set(worksheets.items.map((ws) => ws.id)) };
      const added = sheets.map((t) => {
        const ws = worksheets.add(t.name);
        queueSheetLayout(ws, t, features);
        return ws;
      });
      const syncs = planSyncs(sheets, budget);
      for (const [i, segments] of syncs.entries()) {
        for (const s of segments) queueSegment(added[s.sheet], sheets[s.sheet], s);
        if (i === syncs.length - 1) added[0].activate();
        await context.sync();
      }
      return { created: missing, kept, holidays };
    });
  } catch (e) {
    if (state.adding) {
      const cleanup = await removeAdded(env, state.adding).then(
        () => null,
        (c: unknown) => c,
      );
      if (cleanup !== null) throw new Error(`${messageOf(e)}（删除未写完的新表时又出错：${messageOf(cleanup)}）`);
    }
    throw e;
  }
}
