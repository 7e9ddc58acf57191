/** Rows of the `节假日` sheet for 「插入模板」: the built-in calendar of the years asked for. */
import { formatDay } from "../../engine/calendar/civil-date";
import { yearOfMoment } from "../../engine/calendar/wall-clock";
import { builtInCalendarDays } from "../../engine/calendar/work-calendar";
import type { TicketSheet } from "./ticket-types";

/**
 * `日期 | 类型 | 说明` rows (no header row) of the built-in calendar: statutory rest days
 * (休息日, 说明 = holiday name) and make-up working days (工作日, 说明 = `春节调休上班`), by date.
 * Years without built-in data give no rows.
 * @example calendarTemplateRows([2026])[0] // ["2026-01-01", "休息日", "元旦"]
 */
export function calendarTemplateRows(years: number[]): string[][] {
  const rows: string[][] = [];
  for (const year of [...new Set(years)].sort((a, b) => a - b)) {
    for (const d of builtInCalendarDays(year)) {
      rows.push([formatDay(d.day), d.working ? "工作日" : "休息日", d.working ? `${d.note}调休上班` : d.note]);
    }
  }
  return rows;
}

/** Years of the 派单时间 values of the export (for calendarTemplateRows). */
export function ticketYears(tickets: TicketSheet): number[] {
  const years = new Set<number>();
  for (const t of tickets.rows) years.add(yearOfMoment(t.dispatched));
  return [...years].sort((a, b) => a - b);
}
