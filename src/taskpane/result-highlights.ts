/**
 * The result summary's ranking: per 排名分组, the regions at the top and at the bottom, from the
 * month's composite scores or the quarter's / year's period scores, each with its 名次变化; and for a
 * month, the 达标差距 of the lowest-ranked units.
 */
import { fmt2 } from "../engine/decimal";
import { byName } from "../engine/ranking";
import { hintText, monthTrendsOf, NO_TREND, rankChangeText, trendOf } from "../engine/trend-text";
import type { PeriodResult, SubjectMonthResult } from "../engine/types";

export interface RankedEntry {
  name: string;
  rank: number;
  score: string;
  /** 名次变化 against the previous period: `↑2`, `↓1`, `—`; null where there is none. */
  change: string | null;
}

export interface RankingHighlight {
  group: string;
  top: RankedEntry[];
  /** The last ones, not repeating any of `top`. */
  bottom: RankedEntry[];
  size: number;
}

function split(group: string, entries: RankedEntry[], n: number): RankingHighlight {
  const sorted = [...entries].sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, "zh"));
  const top = sorted.slice(0, n);
  const bottom = sorted.slice(Math.max(n, sorted.length - n));
  return { group, top, bottom, size: sorted.length };
}

/** Top and bottom `n` ranked regions of each group, groups in the order they appear. */
export function rankingHighlights(result: PeriodResult, n = 3): RankingHighlight[] {
  const byGroup = new Map<string, RankedEntry[]>();
  const add = (group: string, entry: RankedEntry) => {
    const list = byGroup.get(group) ?? [];
    list.push(entry);
    byGroup.set(group, list);
  };
  const change = (name: string) => rankChangeText((result.trends ? trendOf(result.trends, "region", name) : NO_TREND).rankChange);
  if (result.period.kind === "month") {
    const month = result.months.find((m) => m.month === result.period.label);
    for (const r of month?.regions ?? []) {
      if (r.rank !== null && r.composite !== null) {
        add(r.group, { name: r.region.name, rank: r.rank, score: fmt2(r.composite), change: change(r.region.name) });
      }
    }
  } else {
    for (const r of result.regions) {
      if (r.rank !== null && r.score !== null) add(r.group ?? "未分组", { name: r.name, rank: r.rank, score: fmt2(r.score), change: change(r.name) });
    }
  }
  return [...byGroup].map(([group, entries]) => split(group, entries, n));
}

/** A low-ranked unit of a month with what would have lifted its rate items (达标差距 texts). */
export interface UnitHints {
  group: string;
  name: string;
  rank: number;
  size: number;
  score: string;
  /** Hint texts, e.g. `及时签收工单量再增加8件可不扣分`; empty when no rate item deducted. */
  hints: string[];
}

/**
 * For a month: the `n` lowest-ranked units of each unit 排名分组 (lowest first) with their 达标差距;
 * empty for a quarter or year (hints are monthly) or a result without trends.
 */
export function lowestUnitHints(result: PeriodResult, n = 3): UnitHints[] {
  const { trends, period } = result;
  if (period.kind !== "month" || !trends) return [];
  const month = result.months.find((m) => m.month === period.label);
  const hints = monthTrendsOf(trends, period.label)?.hints;
  if (!month || !hints) return [];
  const byGroup = new Map<string, SubjectMonthResult[]>();
  for (const u of month.units) {
    if (u.rank === null || u.subject.group === null) continue;
    const list = byGroup.get(u.subject.group);
    if (list) list.push(u);
    else byGroup.set(u.subject.group, [u]);
  }
  const out: UnitHints[] = [];
  for (const [group, units] of byGroup) {
    const lowest = [...units].sort((a, b) => (b.rank as number) - (a.rank as number) || byName(a.subject.name, b.subject.name)).slice(0, n);
    for (const u of lowest) {
      out.push({
        group, name: u.subject.name, rank: u.rank as number, size: units.length, score: fmt2(u.final),
        hints: (hints.get(u.subject.name) ?? []).map(hintText),
      });
    }
  }
  return out;
}
