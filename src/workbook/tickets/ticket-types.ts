/** Records of the ticket export (工单明细) and the statistics derived from it. */
import type { CalendarDay } from "../../engine/calendar/calendar-types";
import type { WallSeconds } from "../../engine/calendar/wall-clock";
import type { WorkCalendar } from "../../engine/calendar/work-calendar";
import type { BodyCountField, Month, UnitCountField } from "../../engine/types";
import type { Problem } from "../problem";
import type { DerivedField, TicketColumn } from "./ticket-sheets";

/** One dispatch of a ticket to a unit (one valid 工单明细 row). Blank optional cells take their defaults. */
export interface TicketRow {
  /** 0-based row of the 工单明细 grid. */
  row: number;
  id: string;
  /** 紧急程度 = 紧急 (blank = 一般). */
  urgent: boolean;
  /** 诉求类型 (咨询/求助/投诉/…), null when blank. */
  demandType: string | null;
  /** 受理机构, null when blank or absent. */
  body: string | null;
  unit: string;
  created: WallSeconds | null;
  dispatched: WallSeconds;
  signed: WallSeconds | null;
  /** 签收方式 = 自动 (the platform signed on timeout: late by rule). */
  autoSigned: boolean;
  returned: WallSeconds | null;
  /** 办理时限 (a text date without time means 24:00 of that day). */
  limit: WallSeconds | null;
  /** 延期次数 0–2 (blank = 0). */
  extensions: number;
  extendedLimit: WallSeconds | null;
  completed: WallSeconds | null;
  redCard: boolean;
  callback: string | null;
  secondCallback: string | null;
  unreasonable: boolean;
  groupEvent: boolean;
}

/** What parseTickets finds in `工单明细` and `节假日`. */
export interface TicketSheet {
  /** False when the workbook has no 工单明细 sheet (then nothing is derived). */
  present: boolean;
  /** Valid rows (rows with an error are reported and left out). */
  rows: TicketRow[];
  problems: Problem[];
  /** Months in which some row's 派单时间 falls (the export covers them), sorted. */
  coveredMonths: Month[];
  /** 0-based column of each ticket column found. */
  columns: Partial<Record<TicketColumn, number>>;
  /** Counts that are not derived, with the columns they lack. */
  notDerived: Partial<Record<DerivedField, readonly TicketColumn[]>>;
  /** Built-in calendar with the `节假日` overrides applied. */
  calendar: WorkCalendar;
  calendarOverrides: CalendarDay[];
}

/** 0-based 工单明细 cell. */
export interface TicketCell {
  row: number;
  col: number;
}

/** Derived counts of one body or unit in one covered month. */
export interface DerivedSubjectStats<F extends string> {
  month: Month;
  subject: string;
  /** null where the count is not derived (never derived: 诉求总量, 及时受理诉求量). */
  counts: Record<F, number | null>;
  /** The cell that first placed the subject in the month (承办单位 or 受理机构), for citations. */
  cell: TicketCell;
}

export interface DerivedStats {
  coveredMonths: Month[];
  /** Bodies that created a ticket in a covered month; sorted by month, then `单位` order. */
  bodies: DerivedSubjectStats<BodyCountField>[];
  /** Units with a 派单时间 or 办结时间 in a covered month; sorted by month, then `单位` order. */
  units: DerivedSubjectStats<UnitCountField>[];
  notDerived: Partial<Record<DerivedField, readonly TicketColumn[]>>;
  problems: Problem[];
}
