import type { Month, Period } from "./types";

const pad2 = (n: number) => String(n).padStart(2, "0");

/** `2026, 3 → "2026-03"`. */
export function monthOf(year: number, month: number): Month {
  return `${year}-${pad2(month)}`;
}

/**
 * Parses the period the user asks for: a month `2026-03`, a quarter `2026Q1`, a year `2026`.
 * @example parsePeriod("2026Q1") // { label: "2026Q1", kind: "quarter", months: ["2026-01","2026-02","2026-03"] }
 */
export function parsePeriod(text: string): Period | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})$/.exec(t);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    const label = monthOf(Number(m[1]), month);
    return { label, kind: "month", months: [label] };
  }
  m = /^(\d{4})[Qq]([1-4])$/.exec(t);
  if (m) {
    const year = Number(m[1]);
    const q = Number(m[2]);
    const months = [1, 2, 3].map((i) => monthOf(year, (q - 1) * 3 + i));
    return { label: `${year}Q${q}`, kind: "quarter", months };
  }
  m = /^(\d{4})$/.exec(t);
  if (m) {
    const year = Number(m[1]);
    const months = Array.from({ length: 12 }, (_, i) => monthOf(year, i + 1));
    return { label: String(year), kind: "year", months };
  }
  return null;
}

/** The quarter label of a month: `2026-05 → 2026Q2`. */
export function quarterOf(month: Month): string {
  const [y, m] = month.split("-").map(Number);
  return `${y}Q${Math.floor((m - 1) / 3) + 1}`;
}

/** Months, quarters and years present in a set of months, for the pane's period picker (newest first). */
export function periodsOf(months: Iterable<Month>): { months: Month[]; quarters: string[]; years: string[] } {
  const ms = [...new Set(months)].sort().reverse();
  const quarters = [...new Set(ms.map(quarterOf))];
  const years = [...new Set(ms.map((m) => m.slice(0, 4)))];
  return { months: ms, quarters, years };
}

/**
 * The period of the same kind just before (RUBRIC §9): a month → the month before, a quarter → the
 * quarter before, a year → the year before, across year ends.
 * @example previousPeriod(parsePeriod("2026-01")!).label // "2025-12"
 * @example previousPeriod(parsePeriod("2026Q1")!).label // "2025Q4"
 */
export function previousPeriod(period: Period): Period {
  const year = Number(period.label.slice(0, 4));
  if (period.kind === "month") {
    const month = Number(period.label.slice(5, 7));
    const label = month === 1 ? monthOf(year - 1, 12) : monthOf(year, month - 1);
    return { label, kind: "month", months: [label] };
  }
  if (period.kind === "quarter") {
    const q = Number(period.label.slice(5));
    const [y, pq] = q === 1 ? [year - 1, 4] : [year, q - 1];
    return { label: `${y}Q${pq}`, kind: "quarter", months: [1, 2, 3].map((i) => monthOf(y, (pq - 1) * 3 + i)) };
  }
  return { label: String(year - 1), kind: "year", months: Array.from({ length: 12 }, (_, i) => monthOf(year - 1, i + 1)) };
}

/** The month before a month: `2026-01 → 2025-12`. */
export function previousMonth(month: Month): Month {
  return previousPeriod({ label: month, kind: "month", months: [month] }).label;
}
