import { ADJUSTMENTS } from "./adjustment-items";
import { sum } from "./decimal";
import { BASE_ITEMS, type BaseItem, type CountField } from "./rubric-items";
import { rateItemWithoutStats, scoreRateItem } from "./score-rate";
import { scoreAdjustment, scoreLedgerDeduction, scoreRequiredLedger } from "./score-ledger";
import type { AdjustmentResult, ItemResult, LedgerEntry, Month, Params, StatsRow, Subject, SubjectMonthResult } from "./types";

export const NOT_PARTICIPATING_NOTE = "本月无工单办理，不参与汇总和排名";
export const LEDGER_ONLY_NOTE = "本月无统计数据，仅按台账赋分，比率项按满分计";

const count = (stats: StatsRow<string>, field: CountField): number | null =>
  (stats.counts as Record<string, number | null>)[field] ?? null;

function scoreItem(item: BaseItem, stats: StatsRow<string> | null, entries: readonly LedgerEntry[], params: Params): ItemResult {
  switch (item.kind) {
    case "rate":
      return stats === null
        ? rateItemWithoutStats(item)
        : scoreRateItem(item, count(stats, item.numerator), count(stats, item.denominator), params);
    case "ledger":
      return scoreLedgerDeduction(item, entries);
    case "required":
      return scoreRequiredLedger(item, entries);
  }
}

/**
 * RUBRIC §1 / D10: a unit participates when 转派工单总量, 办理工单总量 or 办结工单总量 is above 0.
 * A unit without a statistics row (ledger only) does not participate; bodies always do.
 */
export function participates(subject: Subject, stats: StatsRow<string> | null): boolean {
  if (subject.kind === "body") return true;
  if (stats === null) return false;
  return (["转派工单总量", "办理工单总量", "办结工单总量"] as const).some((f) => (count(stats, f) ?? 0) > 0);
}

/**
 * Scores one body or unit for one month: base items, 加分, 减分 and 最终得分 = base + bonus − penalty (D11, no clamp).
 * `entries` are the subject's ledger rows of that month, rejected (审核 = 不通过) ones included: they are listed, not counted.
 */
export function scoreSubjectMonth(
  subject: Subject,
  month: Month,
  stats: StatsRow<string> | null,
  entries: readonly LedgerEntry[],
  params: Params,
): SubjectMonthResult {
  const items = BASE_ITEMS[subject.kind].map((item) => scoreItem(item, stats, entries, params));
  const adjust = (list: typeof ADJUSTMENTS.body.bonuses, verb: "加" | "扣") =>
    list.map((a) => scoreAdjustment(a, entries, params, verb)).filter((a): a is AdjustmentResult => a !== null);
  const bonuses = adjust(ADJUSTMENTS[subject.kind].bonuses, "加");
  const penalties = adjust(ADJUSTMENTS[subject.kind].penalties, "扣");
  const base = sum(items.map((i) => i.score));
  const bonus = sum(bonuses.map((b) => b.points));
  const penalty = sum(penalties.map((p) => p.points));
  const isParticipating = participates(subject, stats);
  const notes: string[] = [];
  if (stats === null) notes.push(LEDGER_ONLY_NOTE);
  if (!isParticipating) notes.push(NOT_PARTICIPATING_NOTE);
  return {
    month, subject, items, base, bonus, penalty, final: base.plus(bonus).minus(penalty), bonuses, penalties,
    participates: isParticipating, hasStats: stats !== null, rejectedLedger: entries.filter((e) => e.rejected),
    rank: null, notes,
  };
}
