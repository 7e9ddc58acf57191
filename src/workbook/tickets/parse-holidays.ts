/** The optional `节假日` sheet (日期 | 类型 休息日/工作日 | 说明): overrides of the built-in calendar. */
import type { CalendarDay } from "../../engine/calendar/calendar-types";
import { formatDay } from "../../engine/calendar/civil-date";
import type { Problem } from "../problem";
import { SHEET } from "../sheets";
import { cellTextAs, isBlankRow } from "../cells";
import { findColumns, firstEmptyColumn, headerTexts } from "../headers";
import { parseChoiceCell, parseDayCell, shownValue } from "./ticket-cells";
import { TICKET_MESSAGES as M } from "./ticket-messages";

export interface HolidaySheet {
  overrides: CalendarDay[];
  problems: Problem[];
}

/** 类型 texts: the two contract values plus the words people commonly type. */
const DAY_TYPES: Readonly<Record<string, boolean>> = {
  休息日: false,
  节假日: false,
  休息: false,
  放假: false,
  工作日: true,
  上班: true,
  补班: true,
  调休上班: true,
};

/**
 * Reads `节假日` rows into calendar overrides; bad dates, bad types and repeated dates are errors
 * with their cell. A missing sheet gives no overrides and no problem.
 */
export function parseHolidays(grid: readonly unknown[][] | undefined): HolidaySheet {
  const overrides: CalendarDay[] = [];
  const problems: Problem[] = [];
  if (!grid || grid.length === 0) return { overrides, problems };
  const sheet = SHEET.holidays;
  const error = (row: number, col: number, message: string) => problems.push({ severity: "error", sheet, row, col, message });
  const cols = findColumns(headerTexts(grid), [{ header: "日期" }, { header: "类型" }, { header: "说明" }]);
  let missing = false;
  for (const header of ["日期", "类型"] as const) {
    if (cols[header] === undefined) {
      error(0, firstEmptyColumn(grid[0]), M.missingColumn(header, []));
      missing = true;
    }
  }
  if (missing) return { overrides, problems };
  const dateCol = cols.日期!;
  const typeCol = cols.类型!;
  const seen = new Map<number, number>();
  for (let r = 1; r < grid.length; r++) {
    const cells = grid[r];
    if (isBlankRow(cells)) continue;
    const date = parseDayCell(cells[dateCol]);
    const type = parseChoiceCell(cells[typeCol], DAY_TYPES);
    if (date.kind === "blank") error(r, dateCol, M.blankRequired("日期"));
    if (date.kind === "bad") error(r, dateCol, M.holidayBadDate(date.shown));
    if (type.kind === "blank") error(r, typeCol, M.blankRequired("类型"));
    if (type.kind === "bad") error(r, typeCol, M.holidayBadType(shownValue(cells[typeCol])));
    if (date.kind !== "ok") continue;
    const first = seen.get(date.value);
    if (first !== undefined) {
      error(r, dateCol, M.holidayDuplicate(formatDay(date.value), first + 1));
      continue;
    }
    seen.set(date.value, r);
    if (type.kind !== "ok") continue;
    const note = cols.说明 === undefined ? "" : cellTextAs(cells[cols.说明], "timestamp");
    overrides.push({ day: date.value, working: type.value, note });
  }
  return { overrides, problems };
}
