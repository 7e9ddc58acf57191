import type Decimal from "decimal.js";
import { hundredthsOf } from "./shared-decimals";

/** Name order for ties and listings: Chinese collation (pinyin), the same in Node and the browser. */
export const byName = new Intl.Collator("zh-CN").compare;

/**
 * Competition ranking ("1224"), descending, on the rounded score: equal scores share a rank and the next
 * rank skips. Returns the entries sorted (ties in name order) with their ranks.
 * @example rank([{name:"甲",score:90},{name:"乙",score:95},{name:"丙",score:90}]) // 乙 1, 丙 2, 甲 2
 */
export function competitionRank<T extends { name: string; score: Decimal }>(entries: readonly T[]): { entry: T; rank: number }[] {
  // Scores compared as whole hundredths when all are on the fast path (decimal.js compares by copying).
  const keys = entries.map((e) => hundredthsOf(e.score));
  const fast = keys.every((k) => k !== null);
  const order = entries.map((entry, i) => ({ entry, key: keys[i] as number }));
  const sameScore = (a: (typeof order)[number], b: (typeof order)[number]) =>
    fast ? a.key === b.key : a.entry.score.equals(b.entry.score);
  order.sort((a, b) =>
    (fast ? b.key - a.key : b.entry.score.comparedTo(a.entry.score)) || byName(a.entry.name, b.entry.name));
  const out: { entry: T; rank: number }[] = [];
  order.forEach((o, i) => {
    const prev = out[i - 1];
    const rank = prev && sameScore(order[i - 1], o) ? prev.rank : i + 1;
    out.push({ entry: o.entry, rank });
  });
  return out;
}

/** Ranks within each group; entries with a null group are not ranked. Returns each ranked entry → its rank. */
export function rankWithinGroups<T extends { name: string; score: Decimal; group: string | null }>(
  entries: readonly T[],
): Map<T, number> {
  const groups = new Map<string, T[]>();
  for (const e of entries) {
    if (e.group === null) continue;
    const list = groups.get(e.group) ?? [];
    list.push(e);
    groups.set(e.group, list);
  }
  const ranks = new Map<T, number>();
  for (const list of groups.values()) for (const { entry, rank } of competitionRank(list)) ranks.set(entry, rank);
  return ranks;
}

/** The group a region is ranked in: its 排名分组, or 未分组 when blank (RUBRIC §6). */
export const UNGROUPED = "未分组";
export function regionGroup(group: string | null): string {
  return group ?? UNGROUPED;
}
