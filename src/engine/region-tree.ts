import type { Region } from "./types";

/**
 * The region hierarchy: for each region, itself and every region below it.
 * Assumes no cycles (the workbook layer reports cycles as errors and drops them).
 */
export function subtreeOf(regions: readonly Region[]): Map<string, Set<string>> {
  const children = new Map<string, string[]>();
  for (const r of regions) {
    if (r.parent === null) continue;
    const list = children.get(r.parent) ?? [];
    list.push(r.name);
    children.set(r.parent, list);
  }
  const out = new Map<string, Set<string>>();
  for (const r of regions) {
    const seen = new Set<string>();
    const stack = [r.name];
    while (stack.length) {
      const name = stack.pop() as string;
      if (seen.has(name)) continue;
      seen.add(name);
      stack.push(...(children.get(name) ?? []));
    }
    out.set(r.name, seen);
  }
  return out;
}

/** For each region in a subtree map, itself and every region above it: the inverse of subtreeOf. */
export function ancestorsOf(subtree: ReadonlyMap<string, ReadonlySet<string>>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [region, below] of subtree) {
    for (const name of below) {
      const list = out.get(name);
      if (list) list.push(region);
      else out.set(name, [region]);
    }
  }
  return out;
}
