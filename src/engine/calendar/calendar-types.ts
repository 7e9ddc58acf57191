/** One year of China's working-day calendar, as compiled from chinese-days (dates `YYYY-MM-DD`). */
export interface CalendarYearData {
  /** Statutory rest days grouped by holiday name (weekends inside a holiday span included). */
  rest: Readonly<Record<string, readonly string[]>>;
  /** Make-up working days (调休上班) grouped by the holiday they belong to. */
  work: Readonly<Record<string, readonly string[]>>;
}

/** One day whose status differs from, or confirms, the Monday–Friday default. */
export interface CalendarDay {
  /** Day number: days since 1970-01-01 (see civil-date.ts). */
  day: number;
  working: boolean;
  /** Holiday name or the user's 说明; may be empty. */
  note: string;
}
