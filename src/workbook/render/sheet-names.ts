import type { Month, Period, SubjectKind } from "../../engine/types";

/** Name of the sheet that explains a computation (parameters, problems, row counts). */
export const NOTES_SHEET = "计算说明";

/** The four sheets written for every month, in output order. */
export const MONTH_SHEETS = ["管理机构得分", "承办单位得分", "地区综合", "月通报"] as const;
export type MonthSheet = (typeof MONTH_SHEETS)[number];

/** `2026-03, 地区综合 → "2026-03 地区综合"`. */
export function monthSheetName(month: Month, sheet: MonthSheet): string {
  return `${month} ${sheet}`;
}

/** The score sheet of a subject kind in a month. */
export function scoreSheetName(month: Month, kind: SubjectKind): string {
  return monthSheetName(month, kind === "body" ? "管理机构得分" : "承办单位得分");
}

/**
 * The ranking sheet of a quarter or year: `2026Q1 季度排名`, `2026 年度考核`; null for a month.
 */
export function rankingSheetName(period: Period): string | null {
  if (period.kind === "quarter") return `${period.label} 季度排名`;
  if (period.kind === "year") return `${period.label} 年度考核`;
  return null;
}

/** The bulletin draft of a period: `2026-03 通报稿`, `2026Q1 通报稿`, `2026 通报稿`. */
export function draftSheetName(label: string): string {
  return `${label} 通报稿`;
}

const ILLEGAL_SHEET_CHARS = /[:\\/?*[\]]/;

/**
 * Whether Excel accepts this sheet name: 1–31 characters, none of `: \ / ? * [ ]`,
 * not starting or ending with an apostrophe, and not the reserved name `History`.
 */
export function isExcelSheetName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 31 &&
    !ILLEGAL_SHEET_CHARS.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history"
  );
}
