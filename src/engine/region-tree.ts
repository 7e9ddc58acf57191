import type { Region } from "./types";

/**
 * The region hierarchy in a form every walk over it can use in time linear in the number of
 * regions, however deep the chain of 上级地区 (a 20,000-level chain costs 20,000 steps, not 200 million).
 */
export interface RegionTree {
  /** Region → its parent region (null at the top, or when the parent is not a region). */
  parentOf: Map<string, string | null>;
  /** Region → number of regions above it (0 at the top). */
  depth: Map<string, number>;
  /** Every region once, each before every region above it (deepest first). */
  bottomUp: string[];
}

/**
 * Builds the hierarchy in one pass with memoised depths. Assumes no cycles (the workbook layer
 * reports cycles as errors and drops them); a cycle that slips through is cut where it closes, so
 * nothing here loops or recurses.
 */
export function regionTree(regions: readonly Region[]): RegionTree {
  const parentOf = new Map<string, string | null>();
  for (const r of regions) if (!parentOf.has(r.name)) parentOf.set(r.name, r.parent);
  for (const [name, parent] of parentOf) if (parent !== null && !parentOf.has(parent)) parentOf.set(name, null);

  const depth = new Map<string, number>();
  const onPath = new Set<string>();
  for (const start of parentOf.keys()) {
    const path: string[] = [];
    let at: string | null = start;
    while (at !== null && !depth.has(at) && !onPath.has(at)) {
      onPath.add(at);
      path.push(at);
      at = parentOf.get(at) ?? null;
    }
    // `at` is null (top), a region of known depth, or a region on this path (a cycle: cut there).
    const closesCycle = at !== null && onPath.has(at);
    let below = at === null || closesCycle ? -1 : (depth.get(at) as number);
    for (let i = path.length - 1; i >= 0; i--) {
      below += 1;
      depth.set(path[i], below);
      onPath.delete(path[i]);
    }
    if (closesCycle) parentOf.set(path[path.length - 1], null);
  }

  // Counting sort by depth, deepest first (stable: regions of equal depth keep the sheet's order).
  const byDepth: string[][] = [];
  for (const [name, dep] of depth) (byDepth[dep] ??= []).push(name);
  const bottomUp: string[] = [];
  for (let dep = byDepth.length - 1; dep >= 0; dep--) for (const name of byDepth[dep] ?? []) bottomUp.push(name);
  return { parentOf, depth, bottomUp };
}

/**
 * Totals of every region's subtree (itself and every region below it) from each region's own
 * totals, adding each subtree into its parent's once: linear in the number of regions.
 * `add(into, from)` adds `from` into `into`; `empty()` makes a zero total.
 * @example rollUp(tree, new Map([["朝阳区", 2], ["长春市", 1]]), …) // 长春市 → 3 when 朝阳区 is below it
 */
export function rollUp<T>(tree: RegionTree, own: ReadonlyMap<string, T>, empty: () => T, add: (into: T, from: T) => void): Map<string, T> {
  const totals = new Map<string, T>();
  for (const name of tree.bottomUp) {
    let t = totals.get(name);
    if (t === undefined) totals.set(name, (t = empty()));
    const mine = own.get(name);
    if (mine !== undefined) add(t, mine);
    const parent = tree.parentOf.get(name) ?? null;
    if (parent === null) continue;
    let p = totals.get(parent);
    if (p === undefined) totals.set(parent, (p = empty()));
    add(p, t);
  }
  return totals;
}
