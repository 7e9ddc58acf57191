import { regionTree } from "../../engine/region-tree";
import type { Region } from "../../engine/types";

/**
 * Lists items group by group (groups in `groupOrder`, then in order of first appearance, items
 * without a group last), and within a group by rank ascending with unranked items after the ranked
 * ones. The sort is stable, so ties keep the engine's order (name order for equal ranks).
 */
export function byGroupThenRank<T>(
  items: readonly T[],
  group: (item: T) => string | null,
  rank: (item: T) => number | null,
  groupOrder: readonly string[] = [],
): T[] {
  const groupIndex = new Map<string, number>();
  for (const g of groupOrder) if (!groupIndex.has(g)) groupIndex.set(g, groupIndex.size);
  for (const item of items) {
    const g = group(item);
    if (g !== null && !groupIndex.has(g)) groupIndex.set(g, groupIndex.size);
  }
  const gi = (item: T) => {
    const g = group(item);
    return g === null ? Number.MAX_SAFE_INTEGER : (groupIndex.get(g) as number);
  };
  const ri = (item: T) => rank(item) ?? Number.MAX_SAFE_INTEGER;
  return [...items].sort((a, b) => gi(a) - gi(b) || ri(a) - ri(b));
}

/**
 * Ranking groups of regions from the top of the hierarchy down (市州 before 县市区): by the smallest
 * depth of a region in the group, then by first appearance. Parents not in the list count as top.
 */
export function regionGroupOrder<T>(items: readonly T[], region: (item: T) => Region, group: (item: T) => string): string[] {
  const depths = regionTree(items.map(region)).depth;
  const depth = (name: string): number => depths.get(name) ?? 0;
  const best = new Map<string, number>();
  for (const i of items) {
    const g = group(i);
    const dep = depth(region(i).name);
    if (!best.has(g) || dep < (best.get(g) as number)) best.set(g, dep);
  }
  const first = [...best.keys()];
  const firstAt = new Map(first.map((g, i) => [g, i]));
  return [...first].sort((a, b) => (best.get(a) as number) - (best.get(b) as number) || (firstAt.get(a) as number) - (firstAt.get(b) as number));
}
