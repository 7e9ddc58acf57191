/**
 * Cycles of 上级地区: a region that is, through its parents, its own ancestor.
 */

/**
 * Every region that lies on a cycle of parents, with the cycle as seen from it
 * (`甲 → 乙 → 甲`). Regions that merely lead into a cycle are not on it.
 * @example regionCycles(new Map([["甲", "乙"], ["乙", "甲"], ["丙", "甲"]]))
 * // Map { "甲" => ["甲","乙","甲"], "乙" => ["乙","甲","乙"] }
 */
export function regionCycles(parentOf: ReadonlyMap<string, string | null>): Map<string, string[]> {
  const onCycle = new Map<string, string[]>();
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
      cycle.forEach((name, i) => onCycle.set(name, [...cycle.slice(i), ...cycle.slice(0, i), name]));
    }
    path.forEach((name) => settled.add(name));
  }
  return onCycle;
}
