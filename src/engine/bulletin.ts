import type Decimal from "decimal.js";
import { ratePercent } from "./decimal";
import type { InputIndex } from "./input-index";
import { monthKey } from "./input-index";
import { regionGroup } from "./ranking";
import type { BulletinRow, Month, RegionMonthResult, StatsRow } from "./types";

type Pool = { num: number; den: number };

/** Adds one row's numerator/denominator to a pool; a row with either count unknown is left out of that rate. */
function add(pool: Pool, row: StatsRow<string>, numerator: string, denominator: string): void {
  const counts = row.counts as Record<string, number | null>;
  const n = counts[numerator];
  const dd = counts[denominator];
  if (n === null || n === undefined || dd === null || dd === undefined) return;
  pool.num += n;
  pool.den += dd;
}

const rate = (p: Pool): Decimal | null => ratePercent(p.num, p.den);

/**
 * 月通报 (RUBRIC §6): per region, volumes and pooled rates (sum of numerators / sum of denominators) over the
 * bodies and units of the region and every region below it, with the region's composite and rank.
 */
export function bulletinRows(index: InputIndex, month: Month, regions: readonly RegionMonthResult[]): BulletinRow[] {
  return regions.map((r) => {
    const inTree = index.subtree.get(r.region.name) ?? new Set([r.region.name]);
    const pools = { answer: { num: 0, den: 0 }, dispatch: { num: 0, den: 0 }, sign: { num: 0, den: 0 }, done: { num: 0, den: 0 }, satisfied: { num: 0, den: 0 } };
    let calls = 0;
    let tickets = 0;
    let transferred = 0;
    for (const s of index.input.subjects) {
      if (s.region === null || !inTree.has(s.region)) continue;
      if (s.kind === "body") {
        const row = index.bodyStats.get(monthKey(month, s.name));
        if (!row) continue;
        calls += row.counts["诉求总量"] ?? 0;
        tickets += row.counts["工单办理总量"] ?? 0;
        add(pools.answer, row, "及时受理诉求量", "诉求总量");
        add(pools.dispatch, row, "及时派发工单量", "工单办理总量");
      } else {
        const row = index.unitStats.get(monthKey(month, s.name));
        if (!row) continue;
        transferred += row.counts["转派工单总量"] ?? 0;
        add(pools.sign, row, "及时签收工单量", "转派工单总量");
        add(pools.done, row, "按时办结工单量", "办结工单总量");
        add(pools.satisfied, row, "满意工单量", "满意度参评工单量");
      }
    }
    return {
      month, region: r.region, group: regionGroup(r.region.group),
      诉求总量: calls, 接通率: rate(pools.answer), 工单办理总量: tickets, 及时派单率: rate(pools.dispatch),
      转派工单总量: transferred, 及时签收率: rate(pools.sign), 按时办结率: rate(pools.done), 满意率: rate(pools.satisfied),
      composite: r.composite, rank: r.rank,
    };
  });
}
