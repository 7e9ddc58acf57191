/**
 * The result summary's ranking: per 排名分组, the regions at the top and at the bottom, from the
 * month's composite scores or the quarter's / year's period scores.
 */
import { fmt2 } from "../engine/decimal";
import type { PeriodResult } from "../engine/types";

export interface RankedEntry {
  name: string;
  rank: number;
  score: string;
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
  if (result.period.kind === "month") {
    const month = result.months.find((m) => m.month === result.period.label);
    for (const r of month?.regions ?? []) {
      if (r.rank !== null && r.composite !== null) add(r.group, { name: r.region.name, rank: r.rank, score: fmt2(r.composite) });
    }
  } else {
    for (const r of result.regions) {
      if (r.rank !== null && r.score !== null) add(r.group ?? "未分组", { name: r.name, rank: r.rank, score: fmt2(r.score) });
    }
  }
  return [...byGroup].map(([group, entries]) => split(group, entries, n));
}
