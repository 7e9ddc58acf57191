import type Decimal from "decimal.js";
import { rateReaders } from "./count-readers";
import { ratePercentFast as ratePercent } from "./shared-decimals";
import { monthRows, type InputIndex } from "./input-index";
import { regionGroup } from "./ranking";
import { rollUp } from "./region-tree";
import type { BulletinRow, Month, RegionMonthResult, StatsRow } from "./types";

/** Sums of one region's own bodies and units for the month; a region's bulletin adds those of its subtree. */
interface Totals {
  calls: number;
  tickets: number;
  transferred: number;
  /** Σ numerator and Σ denominator of each rate, in RATE_NAMES order: [n0, d0, n1, d1, …]. */
  pools: number[];
}

const RATES = {
  接通率: ["及时受理诉求量", "诉求总量"],
  及时派单率: ["及时派发工单量", "工单办理总量"],
  及时签收率: ["及时签收工单量", "转派工单总量"],
  按时办结率: ["按时办结工单量", "办结工单总量"],
  满意率: ["满意工单量", "满意度参评工单量"],
} as const;
type RateName = keyof typeof RATES;
const RATE_NAMES = Object.keys(RATES) as RateName[];
const RATE_READERS = RATE_NAMES.map((r) => rateReaders(RATES[r][0], RATES[r][1]));

const emptyTotals = (): Totals => ({ calls: 0, tickets: 0, transferred: 0, pools: new Array<number>(2 * RATE_NAMES.length).fill(0) });

/** Adds a statistics row; a rate whose numerator or denominator is unknown in that row is left out of that rate. */
function addRow(t: Totals, row: StatsRow<string>): void {
  const c = row.counts as Record<string, number | null | undefined>;
  t.calls += c["诉求总量"] ?? 0;
  t.tickets += c["工单办理总量"] ?? 0;
  t.transferred += c["转派工单总量"] ?? 0;
  for (let i = 0; i < RATE_READERS.length; i++) {
    const n = RATE_READERS[i].numerator(c);
    const dd = RATE_READERS[i].denominator(c);
    if (n === null || n === undefined || dd === null || dd === undefined) continue;
    t.pools[2 * i] += n;
    t.pools[2 * i + 1] += dd;
  }
}

/** Adds one region's totals into another's. */
function addTotals(into: Totals, from: Totals): void {
  into.calls += from.calls;
  into.tickets += from.tickets;
  into.transferred += from.transferred;
  for (let i = 0; i < into.pools.length; i++) into.pools[i] += from.pools[i];
}

/** Each region's own totals: the statistics rows of its bodies and units for the month. */
function ownTotals(index: InputIndex, month: Month): Map<string, Totals> {
  const own = new Map<string, Totals>();
  const rows = monthRows(index, month);
  const { subjects } = index.input;
  for (let i = 0; i < subjects.length; i++) {
    const s = subjects[i];
    if (s.region === null) continue;
    const row = rows.stats[i];
    if (!row) continue;
    let t = own.get(s.region);
    if (!t) own.set(s.region, (t = emptyTotals()));
    addRow(t, row);
  }
  return own;
}

/**
 * 月通报 (RUBRIC §6): per region, volumes and pooled rates (sum of numerators / sum of denominators) over the
 * bodies and units of the region and every region below it, with the region's composite and rank.
 */
export function bulletinRows(index: InputIndex, month: Month, regions: readonly RegionMonthResult[]): BulletinRow[] {
  const subtreeTotals = rollUp(index.tree, ownTotals(index, month), emptyTotals, addTotals);
  return regions.map((r) => {
    const t = subtreeTotals.get(r.region.name) ?? emptyTotals();
    const rate = (name: RateName): Decimal | null => {
      const i = RATE_NAMES.indexOf(name);
      return ratePercent(t.pools[2 * i], t.pools[2 * i + 1]);
    };
    return {
      month, region: r.region, group: regionGroup(r.region.group),
      诉求总量: t.calls, 接通率: rate("接通率"), 工单办理总量: t.tickets, 及时派单率: rate("及时派单率"),
      转派工单总量: t.transferred, 及时签收率: rate("及时签收率"), 按时办结率: rate("按时办结率"), 满意率: rate("满意率"),
      composite: r.composite, rank: r.rank,
    };
  });
}
