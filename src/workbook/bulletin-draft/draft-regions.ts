import type Decimal from "decimal.js";
import { NO_TREND, trendOf, type Trend } from "../../engine/trend-text";
import type { PeriodResult } from "../../engine/types";
import { byGroupThenRank, regionGroupOrder } from "../render/order";

/** A region as the draft ranks it: the period's score (composite, quarter or year score) and trend. */
export interface DraftRegion {
  name: string;
  group: string;
  score: Decimal | null;
  rank: number | null;
  trend: Trend;
}

/** The regions of one 排名分组, ranked ones first in rank order (ties in name order), unranked after. */
export interface DraftGroup {
  group: string;
  regions: DraftRegion[];
}

/**
 * The regions of the period by 排名分组 (groups from the top of the hierarchy down, as on the ranking
 * sheets): a month's composites, or the quarter / year scores; each with its trend against the previous
 * period (blank when the result carries no trends).
 */
export function draftGroups(result: PeriodResult): DraftGroup[] {
  const trend = (name: string): Trend => (result.trends ? trendOf(result.trends, "region", name) : NO_TREND);
  const monthly = result.months.flatMap((m) => m.regions);
  const order = regionGroupOrder(monthly, (r) => r.region, (r) => r.group);
  let regions: DraftRegion[];
  if (result.period.kind === "month") {
    const month = result.months.find((m) => m.month === result.period.label);
    regions = (month?.regions ?? []).map((r) => ({
      name: r.region.name, group: r.group, score: r.composite, rank: r.rank, trend: trend(r.region.name),
    }));
  } else {
    regions = result.regions.map((p) => ({
      name: p.name, group: p.group ?? "未分组", score: p.score, rank: p.rank, trend: trend(p.name),
    }));
  }
  const groups = new Map<string, DraftRegion[]>();
  for (const r of byGroupThenRank(regions, (x) => x.group, (x) => x.rank, order)) {
    const list = groups.get(r.group) ?? [];
    list.push(r);
    groups.set(r.group, list);
  }
  return [...groups].map(([group, list]) => ({ group, regions: list }));
}

