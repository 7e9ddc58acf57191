/**
 * Reads `工单明细` (one row per dispatch of a ticket to a unit) and `节假日` into typed rows, the
 * months the export covers, the counts that cannot be derived, and every problem with its cell.
 */
import type { CalendarDay } from "../../engine/calendar/calendar-types";
import { formatMoment, type WallSeconds } from "../../engine/calendar/wall-clock";
import { buildWorkCalendar } from "../../engine/calendar/work-calendar";
import type { Month } from "../../engine/types";
import type { SheetGrids } from "../compute-types";
import { cellTextAs, isBlankRow } from "../cells";
import { findColumns, firstEmptyColumn, headerTexts } from "../headers";
import type { Problem } from "../problem";
import { SHEET } from "../sheets";
import { monthCache, yearCache } from "./moment-cache";
import { parseHolidays } from "./parse-holidays";
import { parseChoiceCell, parseMomentCell, type CellParse } from "./ticket-cells";
import { firstOccurrence } from "./group-equal";
import { TICKET_MESSAGES as M } from "./ticket-messages";
import {
  CALLBACK_RESULTS,
  DEMAND_TYPES,
  DERIVATION_COLUMNS,
  EXTENSION_CHOICES,
  SIGN_MODES,
  TICKET_COLUMNS,
  URGENCY_CHOICES,
  YES_NO,
  type DerivedField,
  type TicketColumn,
} from "./ticket-sheets";
import type { TicketRow, TicketSheet } from "./ticket-types";

const table = <T>(entries: readonly (readonly [string, T])[]): Readonly<Record<string, T>> => Object.fromEntries(entries);
const identity = (values: readonly string[]) => table(values.map((v) => [v, v] as const));

/** Accepted texts per choice column (紧急程度 also takes 是否紧急's 是/否, and so on). */
const URGENT = table<boolean>([["一般", false], ["普通", false], ["紧急", true], ["是", true], ["否", false]]);
const AUTO_SIGN = table<boolean>([["人工", false], ["手动", false], ["自动", true], ["是", true], ["否", false]]);
const YES = table<boolean>([["是", true], ["否", false]]);
const DEMAND = identity(DEMAND_TYPES);
const CALLBACK = identity(CALLBACK_RESULTS);
const EXTENSIONS = table<number>([["0", 0], ["1", 1], ["2", 2]]);

const CHOICES: Partial<Record<TicketColumn, readonly string[]>> = {
  紧急程度: URGENCY_CHOICES,
  签收方式: SIGN_MODES,
  红牌: YES_NO,
  不合理诉求: YES_NO,
  群体性事件: YES_NO,
  诉求类型: DEMAND_TYPES,
  回访结果: CALLBACK_RESULTS,
  二次回访结果: CALLBACK_RESULTS,
  延期次数: EXTENSION_CHOICES,
};

const REQUIRED: readonly TicketColumn[] = ["工单编号", "承办单位", "派单时间"];

/** Counts not derived because their columns are absent, with those columns. */
function notDerivedCounts(columns: Partial<Record<TicketColumn, number>>): Partial<Record<DerivedField, TicketColumn[]>> {
  const out: Partial<Record<DerivedField, TicketColumn[]>> = {};
  for (const [field, needs] of Object.entries(DERIVATION_COLUMNS) as [DerivedField, readonly TicketColumn[]][]) {
    const absent = needs.filter((c) => columns[c] === undefined);
    if (absent.length) out[field] = absent;
  }
  return out;
}

/** One warning per absent column, listing the counts it stops (in the order of the statistics sheets). */
function notDerivedWarnings(notDerived: Partial<Record<DerivedField, TicketColumn[]>>, col: number): Problem[] {
  const byColumn = new Map<TicketColumn, DerivedField[]>();
  for (const [field, columns] of Object.entries(notDerived) as [DerivedField, TicketColumn[]][]) {
    for (const c of columns) byColumn.set(c, [...(byColumn.get(c) ?? []), field]);
  }
  return TICKET_COLUMNS.filter((s) => byColumn.has(s.header)).map((s) => ({
    severity: "warning" as const,
    sheet: SHEET.tickets,
    row: 0,
    col,
    message: M.notDerived(byColumn.get(s.header)!, s.header),
  }));
}

/**
 * Parses the ticket export and the calendar overrides. Never throws: every bad cell is a problem
 * (sheet 工单明细 or 节假日, 0-based row/col) and its row is left out of `rows`.
 * @example parseTickets({ 工单明细: [["工单编号", "承办单位", "派单时间"], ["A1", "住建局", "2026-03-05 14:30"]] }).coveredMonths // ["2026-03"]
 */
export function parseTickets(sheets: SheetGrids): TicketSheet {
  const holidays = parseHolidays(sheets[SHEET.holidays]);
  const calendarOverrides: CalendarDay[] = holidays.overrides;
  const calendar = buildWorkCalendar(calendarOverrides);
  const problems: Problem[] = [...holidays.problems];
  const grid = sheets[SHEET.tickets];
  const empty = (present: boolean): TicketSheet => ({
    present,
    rows: [],
    problems,
    coveredMonths: [],
    columns: {},
    notDerived: {},
    calendar,
    calendarOverrides,
  });
  if (!grid || grid.length === 0) return empty(grid !== undefined);

  const sheet = SHEET.tickets;
  const columns = findColumns(headerTexts(grid), TICKET_COLUMNS);
  const missing = REQUIRED.filter((c) => columns[c] === undefined);
  if (missing.length) {
    const at = firstEmptyColumn(grid[0]);
    for (const c of missing) {
      const spec = TICKET_COLUMNS.find((s) => s.header === c)!;
      problems.push({ severity: "error", sheet, row: 0, col: at, message: M.missingColumn(c, spec.aliases) });
    }
    return { ...empty(true), columns };
  }
  const notDerived = notDerivedCounts(columns);
  problems.push(...notDerivedWarnings(notDerived, firstEmptyColumn(grid[0])));

  const reader = new RowReader(columns, problems);
  const rows: TicketRow[] = [];
  const covered = new Set<Month>();
  const monthOf = monthCache();
  const yearOf = yearCache();
  const yearCells = new Map<number, { row: number; col: number }>();
  const { cDispatch, cSigned, cReturned } = reader;

  for (let r = 1; r < grid.length; r++) {
    const cells = grid[r];
    if (isBlankRow(cells)) continue;
    const t = reader.read(cells, r);
    if (reader.dispatched !== null) covered.add(monthOf(reader.dispatched));
    if (t === null) continue;
    if (!t.urgent && (t.signed !== null || t.returned !== null)) {
      // The working-day calendar is consulted from the dispatch day up to the sign/return day.
      noteYear(yearCells, yearOf(t.dispatched), r, cDispatch);
      if (t.signed !== null) noteYear(yearCells, yearOf(t.signed), r, cSigned);
      if (t.returned !== null) noteYear(yearCells, yearOf(t.returned), r, cReturned);
    }
    rows.push(t);
  }

  const unique = withoutRepeatedDispatches(rows, reader.cId, problems);

  for (const [year, cell] of [...yearCells].sort((a, b) => a[0] - b[0])) {
    if (!calendar.hasYear(year)) {
      problems.push({ severity: "warning", sheet, row: cell.row, col: cell.col, message: M.yearWithoutCalendar(year) });
    }
  }
  const sheetOrder = (name: string) => (name === SHEET.tickets ? 0 : 1);
  problems.sort((a, b) => sheetOrder(a.sheet) - sheetOrder(b.sheet) || a.row - b.row || a.col - b.col);
  return {
    present: true,
    rows: unique,
    problems,
    coveredMonths: [...covered].sort(),
    columns,
    notDerived,
    calendar,
    calendarOverrides,
  };
}

/**
 * The rows without repeats of the same dispatch: a row whose 工单编号, 承办单位 and 派单时间 all equal
 * an earlier row's is an error at its 工单编号 cell and is not counted again. (A ticket re-dispatched
 * to another unit, or to the same unit at another time, has several rows by design.)
 */
function withoutRepeatedDispatches(rows: readonly TicketRow[], cId: number, problems: Problem[]): TicketRow[] {
  const group = firstOccurrence(rows.length, (i) => rows[i].id);
  // Only tickets with several rows get a map of their dispatches (unit + time → first row).
  const earlier = new Map<number, Map<string, TicketRow>>();
  const key = (t: TicketRow) => `${t.unit}\u0000${t.dispatched}`;
  const out: TicketRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const t = rows[i];
    const g = group[i];
    if (g === i) {
      out.push(t);
      continue;
    }
    let seen = earlier.get(g);
    if (!seen) earlier.set(g, (seen = new Map([[key(rows[g]), rows[g]]])));
    const first = seen.get(key(t));
    if (first) {
      problems.push({ severity: "error", sheet: SHEET.tickets, row: t.row, col: cId, message: M.repeatedDispatch(t.id, first.row + 1) });
      continue;
    }
    seen.set(key(t), t);
    out.push(t);
  }
  return out;
}

/**
 * Reads one row at a time (a class, not per-row closures: a full sheet has a million rows).
 * Problems go straight into the shared list; `read` returns null when the row has any error.
 */
class RowReader {
  readonly cId: number;
  readonly cUnit: number;
  readonly cDispatch: number;
  readonly cBody: number;
  readonly cCreated: number;
  readonly cSigned: number;
  readonly cReturned: number;
  readonly cCompleted: number;
  readonly cLimit: number;
  readonly cExtLimit: number;
  readonly forBodies: boolean;
  private readonly choiceCols: Record<keyof typeof CHOICES, number>;
  /** 派单时间 of the last row read (also when the row has other errors), for the covered months. */
  dispatched: WallSeconds | null = null;
  private cells: readonly unknown[] = [];
  private r = 0;

  constructor(
    private readonly columns: Partial<Record<TicketColumn, number>>,
    private readonly problems: Problem[],
  ) {
    this.cId = this.col("工单编号");
    this.cUnit = this.col("承办单位");
    this.cDispatch = this.col("派单时间");
    this.cBody = this.col("受理机构");
    this.cCreated = this.col("生成时间");
    this.cSigned = this.col("签收时间");
    this.cReturned = this.col("退单时间");
    this.cCompleted = this.col("办结时间");
    this.cLimit = this.col("办理时限");
    this.cExtLimit = this.col("延期时限");
    this.forBodies = this.cBody >= 0 && this.cCreated >= 0;
    const choiceCols: Partial<Record<TicketColumn, number>> = {};
    for (const name of Object.keys(CHOICES) as TicketColumn[]) choiceCols[name] = this.col(name);
    this.choiceCols = choiceCols as Record<keyof typeof CHOICES, number>;
  }

  col(name: TicketColumn): number {
    return this.columns[name] ?? -1;
  }

  read(cells: readonly unknown[], r: number): TicketRow | null {
    this.cells = cells;
    this.r = r;
    const before = this.problems.length;
    const { cId, cUnit, cDispatch, cBody, cCreated, cSigned, cReturned, cCompleted, cLimit, cExtLimit } = this;

    const id = cellTextAs(cells[cId], "timestamp");
    const unit = cellTextAs(cells[cUnit], "timestamp");
    if (id === "") this.error(cId, M.blankRequired("工单编号"));
    if (unit === "") this.error(cUnit, M.blankRequired("承办单位"));
    const dispatchCell = parseMomentCell(cells[cDispatch]);
    if (dispatchCell.kind === "blank") this.error(cDispatch, M.blankRequired("派单时间"));
    if (dispatchCell.kind === "bad") this.error(cDispatch, M.badTime("派单时间", dispatchCell.shown));
    const dispatched = dispatchCell.kind === "ok" ? dispatchCell.value : null;
    this.dispatched = dispatched;

    const body = cBody >= 0 ? cellTextAs(cells[cBody], "timestamp") || null : null;
    const created = this.moment("生成时间", cCreated, false);
    const signed = this.moment("签收时间", cSigned, false);
    const returned = this.moment("退单时间", cReturned, false);
    const completed = this.moment("办结时间", cCompleted, false);
    const limit = this.moment("办理时限", cLimit, true);
    const extendedLimit = this.moment("延期时限", cExtLimit, true);
    const c = this.choiceCols;
    const urgent = this.choice("紧急程度", c.紧急程度, URGENT, false);
    const autoSigned = this.choice("签收方式", c.签收方式, AUTO_SIGN, false);
    const extensions = this.choice("延期次数", c.延期次数, EXTENSIONS, 0);
    const redCard = this.choice("红牌", c.红牌, YES, false);
    const unreasonable = this.choice("不合理诉求", c.不合理诉求, YES, false);
    const groupEvent = this.choice("群体性事件", c.群体性事件, YES, false);
    const demandType = this.choice<string | null>("诉求类型", c.诉求类型, DEMAND, null);
    const callback = this.choice<string | null>("回访结果", c.回访结果, CALLBACK, null);
    const secondCallback = this.choice<string | null>("二次回访结果", c.二次回访结果, CALLBACK, null);

    if (this.forBodies && body === null) this.error(cBody, M.blankForBody("受理机构"));
    if (this.forBodies && created === null && this.isBlank(cCreated)) this.error(cCreated, M.blankForBody("生成时间"));
    if (dispatched !== null) {
      if (created !== null && dispatched < created) {
        this.error(cDispatch, M.dispatchBeforeCreation(formatMoment(dispatched), formatMoment(created)));
      }
      this.notBefore("签收时间", cSigned, signed, dispatched);
      this.notBefore("退单时间", cReturned, returned, dispatched);
      this.notBefore("办结时间", cCompleted, completed, dispatched);
    }
    if (completed !== null && cLimit >= 0 && limit === null && this.isBlank(cLimit)) {
      this.error(cLimit, M.completedWithoutLimit());
    }
    if (completed !== null && extensions > 0 && cExtLimit >= 0 && extendedLimit === null && this.isBlank(cExtLimit)) {
      this.error(cExtLimit, M.extendedWithoutLimit(extensions));
    }
    if (this.problems.length > before || dispatched === null) return null;
    return {
      row: r,
      id,
      urgent,
      demandType,
      body,
      unit,
      created,
      dispatched,
      signed,
      autoSigned,
      returned,
      limit,
      extensions,
      extendedLimit,
      completed,
      redCard,
      callback,
      secondCallback,
      unreasonable,
      groupEvent,
    };
  }

  private error(col: number, message: string): void {
    this.problems.push({ severity: "error", sheet: SHEET.tickets, row: this.r, col, message });
  }

  private isBlank(col: number): boolean {
    return parseMomentCell(this.cells[col]).kind === "blank";
  }

  private moment(name: TicketColumn, col: number, dayEnd: boolean): WallSeconds | null {
    if (col < 0) return null;
    const p = parseMomentCell(this.cells[col], dayEnd);
    if (p.kind === "bad") this.error(col, M.badTime(name, p.shown));
    return p.kind === "ok" ? p.value : null;
  }

  private choice<T>(name: TicketColumn, col: number, accepted: Readonly<Record<string, T>>, blank: T): T {
    if (col < 0) return blank;
    const p: CellParse<T> = parseChoiceCell(this.cells[col], accepted);
    if (p.kind === "bad") {
      if (name === "延期次数" && /^\d+$/.test(p.shown)) this.error(col, M.tooManyExtensions(p.shown));
      else this.error(col, M.badChoice(name, p.shown, CHOICES[name] ?? []));
    }
    return p.kind === "ok" ? p.value : blank;
  }

  private notBefore(name: TicketColumn, col: number, t: WallSeconds | null, dispatched: WallSeconds): void {
    if (t !== null && t < dispatched) this.error(col, M.beforeDispatch(name, formatMoment(t), formatMoment(dispatched)));
  }
}

function noteYear(cells: Map<number, { row: number; col: number }>, year: number, row: number, col: number): void {
  if (!cells.has(year)) cells.set(year, { row, col });
}
