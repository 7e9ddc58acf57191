/**
 * The policy's timeliness rules applied to the ticket export: per covered month, the counts of
 * `受理统计` (bodies, by 生成时间) and `办理统计` (units, by 派单时间 and by 办结时间).
 */
import { addClockHours, oneWorkingDayDue } from "../../engine/calendar/due-time";
import { formatMoment, type WallSeconds } from "../../engine/calendar/wall-clock";
import type { WorkCalendar } from "../../engine/calendar/work-calendar";
import {
  BODY_COUNT_FIELDS,
  UNIT_COUNT_FIELDS,
  type BodyCountField,
  type Month,
  type Subject,
  type SubjectKind,
  type UnitCountField,
} from "../../engine/types";
import type { Problem } from "../problem";
import { SHEET } from "../sheets";
import { firstOccurrence } from "./group-equal";
import { monthCache } from "./moment-cache";
import { TICKET_MESSAGES as M } from "./ticket-messages";
import { DERIVED_BODY_FIELDS, RATED_DEMAND_TYPES, type DerivedField } from "./ticket-sheets";
import type { DerivedStats, DerivedSubjectStats, TicketCell, TicketRow, TicketSheet } from "./ticket-types";

const DISPATCH_HOURS = { general: 12, urgent: 2 } as const;
const URGENT_SIGN_HOURS = 2;
/** Final callback results that count as satisfied (no reply = satisfied). */
const SATISFIED = new Set(["满意", "基本满意", "未回复"]);

/** Due moment to sign or return a dispatch: urgent 2 clock hours, otherwise 1 working day. */
export function signDue(row: Pick<TicketRow, "urgent" | "dispatched">, calendar: WorkCalendar): WallSeconds {
  return row.urgent ? addClockHours(row.dispatched, URGENT_SIGN_HOURS) : oneWorkingDayDue(row.dispatched, calendar);
}

/** Signed by hand within the limit (an auto-sign on timeout is late). */
export function isTimelySign(row: TicketRow, calendar: WorkCalendar): boolean {
  return row.signed !== null && !row.autoSigned && row.signed <= signDue(row, calendar);
}

/** Returned within the limit, and not after an auto-sign (a return after the limit is late). */
export function isTimelyReturn(row: TicketRow, calendar: WorkCalendar): boolean {
  return row.returned !== null && !row.autoSigned && row.returned <= signDue(row, calendar);
}

/** Completed by 延期时限 when extended, else by 办理时限 (inclusive). */
export function isCompletedOnTime(row: TicketRow): boolean {
  const due = row.extensions > 0 ? row.extendedLimit : row.limit;
  return row.completed !== null && due !== null && row.completed <= due;
}

/**
 * Satisfied by the final result: the second callback whenever it is filled (未回复 included), else
 * the first; 满意, 基本满意, 未回复 or blank count, and 不满意 on an unreasonable demand.
 */
export function isSatisfied(row: Pick<TicketRow, "callback" | "secondCallback" | "unreasonable">): boolean {
  const final = row.secondCallback ?? row.callback;
  if (final === null || SATISFIED.has(final)) return true;
  return final === "不满意" && row.unreasonable;
}

/** First 派单时间 within 12 h (一般) / 2 h (紧急) of 生成时间, natural clock hours, inclusive. */
export function isTimelyDispatch(first: Pick<TicketRow, "urgent" | "created" | "dispatched">): boolean {
  if (first.created === null) return false;
  const hours = first.urgent ? DISPATCH_HOURS.urgent : DISPATCH_HOURS.general;
  return first.dispatched <= addClockHours(first.created, hours);
}

type Counter<F extends string> = { counts: Record<F, number>; cell: TicketCell };

function zeros<F extends string>(fields: readonly F[]): Record<F, number> {
  return Object.fromEntries(fields.map((f) => [f, 0])) as Record<F, number>;
}

/** Per month → subject → counters, created the first time a subject is placed in a month. */
function counterTable<F extends string>(fields: readonly F[]) {
  const table = new Map<Month, Map<string, Counter<F>>>();
  return {
    table,
    /** The counters of a subject in a month; `row`/`col` cite the row that placed it there first. */
    at(month: Month, subject: string, row: number, col: number): Record<F, number> {
      let bySubject = table.get(month);
      if (!bySubject) table.set(month, (bySubject = new Map()));
      let c = bySubject.get(subject);
      if (!c) bySubject.set(subject, (c = { counts: zeros(fields), cell: { row, col } }));
      return c.counts;
    },
  };
}

type NameCheck = "ok" | "unknown" | "wrongKind";

function nameChecker(subjects: readonly Subject[], kind: SubjectKind) {
  const kinds = new Map(subjects.map((s) => [s.name, s.kind]));
  return (name: string): NameCheck => {
    const k = kinds.get(name);
    return k === undefined ? "unknown" : k === kind ? "ok" : "wrongKind";
  };
}

function toResult<F extends string>(
  table: Map<Month, Map<string, Counter<F>>>,
  fields: readonly F[],
  isNull: (f: F) => boolean,
  order: Map<string, number>,
): DerivedSubjectStats<F>[] {
  const out: DerivedSubjectStats<F>[] = [];
  for (const month of [...table.keys()].sort()) {
    const entries = [...table.get(month)!].sort((a, b) => (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0));
    for (const [subject, c] of entries) {
      const counts = Object.fromEntries(fields.map((f) => [f, isNull(f) ? null : c.counts[f]])) as Record<F, number | null>;
      out.push({ month, subject, counts, cell: c.cell });
    }
  }
  return out;
}

/**
 * Derives the statistics of every body and unit in every month the export covers. Unknown or
 * wrong-type 承办单位 / 受理机构 are errors with their cell; a ticket whose rows disagree on
 * 生成时间 or 受理机构 is a warning (its earliest dispatch row counts).
 */
export function deriveStatistics(tickets: TicketSheet, subjects: Subject[]): DerivedStats {
  const problems: Problem[] = [];
  const covered = new Set(tickets.coveredMonths);
  const cols = tickets.columns;
  const cUnit = cols.承办单位 ?? 0;
  const notDerived = tickets.notDerived;
  const derivable = (f: DerivedField) => notDerived[f] === undefined;
  const bodiesDerived = derivable("工单办理总量");
  const monthOf = monthCache();
  const checkUnit = nameChecker(subjects, "unit");
  const units = counterTable(UNIT_COUNT_FIELDS);
  const bodies = counterTable(BODY_COUNT_FIELDS);
  const cal = tickets.calendar;
  const badUnits = new BadNames();

  const rows = tickets.rows;
  for (const t of rows) {
    const unitCheck = checkUnit(t.unit);
    if (unitCheck !== "ok") {
      badUnits.note(t.unit, unitCheck, t.row, cUnit);
      continue;
    }
    const dMonth = monthOf(t.dispatched);
    if (covered.has(dMonth)) {
      const c = units.at(dMonth, t.unit, t.row, cUnit);
      c.转派工单总量++;
      if (t.signed !== null && isTimelySign(t, cal)) c.及时签收工单量++;
      if (t.returned !== null) {
        c.工单退回总量++;
        if (isTimelyReturn(t, cal)) c.及时退回工单量++;
      } else {
        c.办理工单总量++;
        if (t.redCard) c.红牌警告工单量++;
      }
    }
    if (t.completed !== null) {
      const cMonth = monthOf(t.completed);
      if (!covered.has(cMonth)) continue;
      const c = units.at(cMonth, t.unit, t.row, cUnit);
      if (t.groupEvent) continue;
      c.办结工单总量++;
      if (isCompletedOnTime(t)) c.按时办结工单量++;
      c.延期办结工单量 += Math.min(2, t.extensions);
      if (t.demandType !== null && RATED_DEMAND_TYPES.includes(t.demandType)) {
        c.满意度参评工单量++;
        if (isSatisfied(t)) c.满意工单量++;
      }
    }
  }

  badUnits.report(problems, M.unknownUnit, M.notAUnit);
  if (bodiesDerived) deriveBodies(rows, covered, cols.受理机构 ?? 0, cols.生成时间 ?? 0, subjects, bodies, problems);

  const order = new Map(subjects.map((s, i) => [s.name, i]));
  const bodyDerived = new Set<string>(DERIVED_BODY_FIELDS);
  return {
    coveredMonths: [...tickets.coveredMonths],
    bodies: toResult<BodyCountField>(
      bodies.table,
      BODY_COUNT_FIELDS,
      (f) => !bodyDerived.has(f) || !derivable(f as DerivedField),
      order,
    ),
    units: toResult<UnitCountField>(units.table, UNIT_COUNT_FIELDS, (f) => !derivable(f), order),
    notDerived,
    problems: problems.sort((a, b) => a.row - b.row || a.col - b.col),
  };
}

/**
 * Bodies, by 生成时间: each distinct ticket once, timed by its earliest dispatch row (whose values
 * count when the rows of a ticket disagree — a warning on the other rows).
 */
function deriveBodies(
  rows: readonly TicketRow[],
  covered: ReadonlySet<Month>,
  cBody: number,
  cCreated: number,
  subjects: readonly Subject[],
  bodies: ReturnType<typeof counterTable<BodyCountField>>,
  problems: Problem[],
): void {
  const checkBody = nameChecker(subjects, "body");
  const monthOf = monthCache();
  const group = firstOccurrence(rows.length, (i) => rows[i].id);
  // earliest[g] = position of the earliest dispatch among the rows of the ticket whose first row is g.
  const earliest = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const g = group[i];
    if (g === i) earliest[i] = i;
    else if (rows[i].dispatched < rows[earliest[g]].dispatched) earliest[g] = i;
  }
  const badBodies = new BadNames();
  for (let i = 0; i < rows.length; i++) {
    const t = rows[i];
    if (t.body !== null) {
      const check = checkBody(t.body);
      if (check !== "ok") badBodies.note(t.body, check, t.row, cBody);
    }
    const first = rows[earliest[group[i]]];
    if (first === t) continue;
    if (t.body !== first.body) warnInconsistent(problems, t, first, cBody, "受理机构", `「${t.body}」`, `「${first.body}」`);
    if (t.created !== first.created) {
      warnInconsistent(problems, t, first, cCreated, "生成时间", moment(t.created), moment(first.created));
    }
  }
  badBodies.report(problems, M.unknownBody, M.notABody);
  for (let i = 0; i < rows.length; i++) {
    if (group[i] !== i) continue;
    const t = rows[earliest[i]];
    if (t.body === null || t.created === null || checkBody(t.body) !== "ok") continue;
    const month = monthOf(t.created);
    if (!covered.has(month)) continue;
    const c = bodies.at(month, t.body, t.row, cBody);
    c.工单办理总量++;
    if (isTimelyDispatch(t)) c.及时派发工单量++;
  }
}

/**
 * Names in 承办单位 / 受理机构 that are not defined (or of the wrong type): one error per name at
 * its first cell, with the number of rows, so a typo in a million-row export is one line, not a million.
 */
class BadNames {
  private readonly seen = new Map<string, { check: NameCheck; row: number; col: number; count: number }>();

  note(name: string, check: NameCheck, row: number, col: number): void {
    const entry = this.seen.get(name);
    if (entry) entry.count++;
    else this.seen.set(name, { check, row, col, count: 1 });
  }

  report(problems: Problem[], unknown: (name: string) => string, wrongKind: (name: string) => string): void {
    for (const [name, e] of this.seen) {
      const message = (e.check === "unknown" ? unknown(name) : wrongKind(name)) + (e.count > 1 ? M.rowsLikeThis(e.count) : "");
      problems.push({ severity: "error", sheet: SHEET.tickets, row: e.row, col: e.col, message });
    }
  }
}

function moment(t: WallSeconds | null): string {
  return t === null ? "空" : formatMoment(t);
}

function warnInconsistent(
  problems: Problem[],
  t: TicketRow,
  first: TicketRow,
  col: number,
  header: string,
  found: string,
  expected: string,
): void {
  problems.push({
    severity: "warning",
    sheet: SHEET.tickets,
    row: t.row,
    col,
    message: M.inconsistentTicket(t.id, header, found, expected, first.row + 1),
  });
}
