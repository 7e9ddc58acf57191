import type { Period } from "../../engine/types";

/** How the draft names a period and the one before it. */
export interface PeriodWords {
  /** `2026年3月`, `2026年第一季度`, `2026年度`. */
  name: string;
  /** `本月`, `本季度`, `本年度`. */
  current: string;
  /** `上月`, `上季度`, `上年度`. */
  previous: string;
  /** The score that ranks regions: `综合得分`, `季度得分`, `年度得分`. */
  score: string;
  /** `共` for a month, `累计` for a quarter or year. */
  total: string;
}

const QUARTERS = ["一", "二", "三", "四"];

/**
 * The Chinese name of a period label: `2026-03 → 2026年3月`, `2026Q1 → 2026年第一季度`, `2026 → 2026年度`.
 * @example periodName("2025Q4") // "2025年第四季度"
 */
export function periodName(label: string): string {
  const year = label.slice(0, 4);
  if (/^\d{4}-\d{2}$/.test(label)) return `${year}年${Number(label.slice(5))}月`;
  if (/^\d{4}Q[1-4]$/.test(label)) return `${year}年第${QUARTERS[Number(label.slice(5)) - 1]}季度`;
  return `${year}年度`;
}

export function periodWords(period: Period): PeriodWords {
  const name = periodName(period.label);
  if (period.kind === "month") return { name, current: "本月", previous: "上月", score: "综合得分", total: "共" };
  if (period.kind === "quarter") return { name, current: "本季度", previous: "上季度", score: "季度得分", total: "累计" };
  return { name, current: "本年度", previous: "上年度", score: "年度得分", total: "累计" };
}

/** Ordinal of a section: 1 → `一`, … 10 → `十` (the draft has at most a few dozen 排名分组). */
export function chineseNumber(n: number): string {
  const digits = "零一二三四五六七八九";
  if (n < 10) return digits[n];
  if (n < 20) return `十${n % 10 === 0 ? "" : digits[n % 10]}`;
  if (n < 100) return `${digits[Math.floor(n / 10)]}十${n % 10 === 0 ? "" : digits[n % 10]}`;
  return String(n);
}

/** Names joined with `、`; past `limit` names the list ends with `等N个` so a province-scale list stays short. */
export function nameList(names: readonly string[], limit = 10): string {
  if (names.length <= limit) return names.join("、");
  return `${names.slice(0, limit).join("、")}等${names.length}个`;
}
