/** The period picker's options: months, quarters and years present, newest first, with Chinese labels. */
import { periodsOf } from "../engine/period";
import type { Month } from "../engine/types";

export interface PeriodOption {
  value: string;
  label: string;
}

export interface PeriodGroup {
  kind: "month" | "quarter" | "year";
  options: PeriodOption[];
}

/**
 * Label of a period as users say it.
 * @example periodLabel("2026-03") // "2026年3月"
 * @example periodLabel("2026Q1") // "2026年第1季度"
 */
export function periodLabel(period: string): string {
  let m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) return `${m[1]}年${Number(m[2])}月`;
  m = /^(\d{4})Q([1-4])$/.exec(period);
  if (m) return `${m[1]}年第${m[2]}季度`;
  return `${period}年度`;
}

/** Groups of options for the months present (empty groups left out). */
export function periodGroups(months: readonly Month[]): PeriodGroup[] {
  const p = periodsOf(months);
  const groups: PeriodGroup[] = [
    { kind: "month", options: p.months.map((v) => ({ value: v, label: periodLabel(v) })) },
    { kind: "quarter", options: p.quarters.map((v) => ({ value: v, label: periodLabel(v) })) },
    { kind: "year", options: p.years.map((v) => ({ value: v, label: periodLabel(v) })) },
  ];
  return groups.filter((g) => g.options.length > 0);
}

/** The period to preselect: the one kept if still offered, else the newest month. */
export function defaultPeriod(groups: readonly PeriodGroup[], current: string | null): string | null {
  const all = groups.flatMap((g) => g.options.map((o) => o.value));
  if (current !== null && all.includes(current)) return current;
  return all[0] ?? null;
}
