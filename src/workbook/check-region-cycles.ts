/**
 * Cycles of 上级地区: a region that is, through its parents, its own ancestor.
 */

/**
 * Every cycle of parents once, as the list of its regions in parent order, starting from the
 * region that comes first in `parentOf` (the sheet's row order). Regions that merely lead into a
 * cycle are not on it. Linear in the number of regions: each region is walked once.
 * @example regionCycles(new Map([["丙", "甲"], ["乙", "甲"], ["甲", "乙"]])) // [["乙", "甲"]]
 */
export function regionCycles(parentOf: ReadonlyMap<string, string | null>): string[][] {
  const order = new Map<string, number>();
  for (const name of parentOf.keys()) order.set(name, order.size);
  const cycles: string[][] = [];
  const settled = new Set<string>();
  for (const start of parentOf.keys()) {
    const path: string[] = [];
    const index = new Map<string, number>();
    let at: string | null | undefined = start;
    while (at != null && parentOf.has(at) && !settled.has(at) && !index.has(at)) {
      index.set(at, path.length);
      path.push(at);
      at = parentOf.get(at);
    }
    if (at != null && index.has(at)) {
      const cycle = path.slice(index.get(at));
      let first = 0;
      cycle.forEach((name, i) => {
        if ((order.get(name) as number) < (order.get(cycle[first]) as number)) first = i;
      });
      cycles.push([...cycle.slice(first), ...cycle.slice(0, first)]);
    }
    path.forEach((name) => settled.add(name));
  }
  return cycles;
}
