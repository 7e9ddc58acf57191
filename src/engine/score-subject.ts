import type Decimal from "decimal.js";
import { ADJUSTMENTS, type AdjustmentItem } from "./adjustment-items";
import { d, sum } from "./decimal";
import { canonical, decimalOf, hundredthsOf } from "./shared-decimals";
import type { MonthRanks } from "./month-ranks";
import { BASE_ITEMS, type BaseItem } from "./rubric-items";
import { countOf, READ_COUNT } from "./count-readers";
import { finalHundredths } from "./subject-final";
import { rateItemWithoutStats, scoreRateItem, type RateMemo } from "./score-rate";
import { scoreAdjustment, scoreLedgerDeduction, scoreRequiredLedger } from "./score-ledger";
import type { AdjustmentResult, ItemResult, LedgerEntry, Month, Params, StatsRow, Subject, SubjectKind, SubjectMonthResult } from "./types";

export const NOT_PARTICIPATING_NOTE = "本月无工单办理，不参与汇总和排名";
export const LEDGER_ONLY_NOTE = "本月无统计数据，仅按台账赋分，比率项按满分计";

function scoreItem(
  item: BaseItem, stats: StatsRow<string> | null, entries: readonly LedgerEntry[], params: Params, memo?: RateMemo,
): ItemResult {
  switch (item.kind) {
    case "rate":
      return stats === null
        ? rateItemWithoutStats(item)
        : scoreRateItem(item, countOf(stats, item.numerator), countOf(stats, item.denominator), params, memo);
    case "ledger":
      return scoreLedgerDeduction(item, entries);
    case "required":
      return scoreRequiredLedger(item, entries);
  }
}

const WORK_COUNTS = [READ_COUNT.转派工单总量, READ_COUNT.办理工单总量, READ_COUNT.办结工单总量];

/**
 * RUBRIC §1 / D10: a unit participates when 转派工单总量, 办理工单总量 or 办结工单总量 is above 0.
 * A unit without a statistics row (ledger only) does not participate; bodies always do.
 */
export function participates(subject: Subject, stats: StatsRow<string> | null): boolean {
  if (subject.kind === "body") return true;
  if (stats === null) return false;
  for (const read of WORK_COUNTS) if ((read(stats.counts) ?? 0) > 0) return true;
  return false;
}

/** Σ full points of a kind's base items (100 for both kinds). */
const FULL_BASE: Readonly<Record<SubjectKind, Decimal>> = {
  body: canonical(sum(BASE_ITEMS.body.map((i) => d(i.full)))),
  unit: canonical(sum(BASE_ITEMS.unit.map((i) => d(i.full)))),
};

/** The totals of a subject and month; in whole hundredths on the fast path (hundredths.ts). */
interface Totals {
  base: Decimal;
  bonus: Decimal;
  penalty: Decimal;
  final: Decimal;
}

/**
 * Σ of the item deductions' hundredths; null off the fast path. (Two functions, not one over a field name:
 * in this loop, run ~120,000 times a province year, a property read through a variable name is the slower look-up.)
 */
function deductedHundredths(items: readonly ItemResult[]): number | null {
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    const h = hundredthsOf(items[i].deduction);
    if (h === null) return null;
    total += h;
    if (!Number.isSafeInteger(total)) return null;
  }
  return total;
}

/** Σ of the adjustments' points in hundredths (0 for none, the usual case); null off the fast path. */
function pointsHundredths(list: readonly AdjustmentResult[]): number | null {
  let total = 0;
  for (let i = 0; i < list.length; i++) {
    const h = hundredthsOf(list[i].points);
    if (h === null) return null;
    total += h;
    if (!Number.isSafeInteger(total)) return null;
  }
  return total;
}

const FULL_HUNDREDTHS: Readonly<Record<SubjectKind, number | null>> = {
  body: hundredthsOf(FULL_BASE.body),
  unit: hundredthsOf(FULL_BASE.unit),
};

/**
 * 基础分 = Σ item scores (= Σ full − Σ deductions), 加分, 减分 and 最终得分 = base + bonus − penalty (D11,
 * no clamp), added as whole hundredths; decimal.js only where a value is not a safe integer of hundredths.
 */
function totals(kind: SubjectKind, items: readonly ItemResult[], bonuses: readonly AdjustmentResult[], penalties: readonly AdjustmentResult[]): Totals {
  const full = FULL_HUNDREDTHS[kind];
  const deducted = deductedHundredths(items);
  const bonus = pointsHundredths(bonuses);
  const penalty = pointsHundredths(penalties);
  if (full !== null && deducted !== null && bonus !== null && penalty !== null) {
    const base = full - deducted;
    const final = base + bonus - penalty;
    if (Number.isSafeInteger(final)) {
      return { base: decimalOf(base), bonus: decimalOf(bonus), penalty: decimalOf(penalty), final: decimalOf(final) };
    }
  }
  const base = FULL_BASE[kind].minus(sum(items.map((i) => i.deduction)));
  const bonusD = sum(bonuses.map((b) => b.points));
  const penaltyD = sum(penalties.map((p) => p.points));
  return { base, bonus: bonusD, penalty: penaltyD, final: base.plus(bonusD).minus(penaltyD) };
}

/** Empty lists shared by the many subject-months without ledger rows (results are never mutated). */
const NO_ADJUSTMENTS: readonly AdjustmentResult[] = Object.freeze([]);
const NO_REJECTED: readonly LedgerEntry[] = Object.freeze([]);
/** The notes of a subject-month by (has statistics, participates): four shared lists. */
const NOTES = {
  statsParticipating: Object.freeze([]) as readonly string[],
  statsIdle: Object.freeze([NOT_PARTICIPATING_NOTE]) as readonly string[],
  ledgerOnly: Object.freeze([LEDGER_ONLY_NOTE, NOT_PARTICIPATING_NOTE]) as readonly string[],
  ledgerOnlyBody: Object.freeze([LEDGER_ONLY_NOTE]) as readonly string[],
};

function notesOf(hasStats: boolean, isParticipating: boolean): readonly string[] {
  if (hasStats) return isParticipating ? NOTES.statsParticipating : NOTES.statsIdle;
  return isParticipating ? NOTES.ledgerOnlyBody : NOTES.ledgerOnly;
}

/** The ledger rows with 审核 = 不通过 (listed, not counted); the shared empty list when none. */
function rejectedOf(entries: readonly LedgerEntry[]): readonly LedgerEntry[] {
  for (let i = 0; i < entries.length; i++) if (entries[i].rejected) return entries.filter((x) => x.rejected);
  return NO_REJECTED;
}

/** Bonuses or penalties that apply: those with an approved row of their 事项 (scoreAdjustment says null otherwise). */
function adjustments(list: readonly AdjustmentItem[], entries: readonly LedgerEntry[], params: Params, verb: "加" | "扣"): readonly AdjustmentResult[] {
  if (entries.length === 0) return NO_ADJUSTMENTS;
  let out: AdjustmentResult[] | null = null;
  for (let i = 0; i < list.length; i++) {
    const r = scoreAdjustment(list[i], entries, params, verb);
    if (r !== null) (out ??= []).push(r);
  }
  return out ?? NO_ADJUSTMENTS;
}

/** What a subject-month's sheets and JSON show beyond its 最终得分: items, totals, adjustments, rejected rows. */
interface Detail extends Totals {
  items: ItemResult[];
  bonuses: readonly AdjustmentResult[];
  penalties: readonly AdjustmentResult[];
  rejectedLedger: readonly LedgerEntry[];
}

/** The full result of a subject-month: every item scored, with its words, then the totals. */
function detailOf(
  subject: Subject, stats: StatsRow<string> | null, entries: readonly LedgerEntry[], params: Params, memo: RateMemo | undefined,
): Detail {
  const baseItems = BASE_ITEMS[subject.kind];
  const items: ItemResult[] = new Array(baseItems.length);
  for (let i = 0; i < baseItems.length; i++) items[i] = scoreItem(baseItems[i], stats, entries, params, memo);
  const bonuses = adjustments(ADJUSTMENTS[subject.kind].bonuses, entries, params, "加");
  const penalties = adjustments(ADJUSTMENTS[subject.kind].penalties, entries, params, "扣");
  return { items, ...totals(subject.kind, items, bonuses, penalties), bonuses, penalties, rejectedLedger: rejectedOf(entries) };
}

/**
 * A subject-month's result. Its 最终得分 is known at once (subject-final.ts, in whole hundredths); the
 * items, totals and words are scored when first read. A quarter or year reads only the 最终得分 of its
 * ~39,000 subject-months unless the months' sheets are written. Where the 最终得分 leaves the fast path,
 * the full result is scored at once and the 最终得分 taken from it.
 */
export class SubjectMonth implements SubjectMonthResult {
  readonly final: Decimal;
  readonly participates: boolean;
  readonly hasStats: boolean;
  readonly notes: readonly string[];
  private detail: Detail | null = null;
  /** The ranks of the subject's month (set by the month's scorer for units; bodies are not ranked). */
  ranks: MonthRanks | null = null;

  constructor(
    readonly subject: Subject,
    readonly month: Month,
    private readonly stats: StatsRow<string> | null,
    private readonly entries: readonly LedgerEntry[],
    private readonly params: Params,
    private readonly memo: RateMemo | undefined,
  ) {
    const fast = finalHundredths(subject.kind, stats, entries, params);
    this.final = fast !== null ? decimalOf(fast) : this.scored().final;
    this.hasStats = stats !== null;
    this.participates = participates(subject, stats);
    this.notes = notesOf(stats !== null, this.participates);
  }

  private scored(): Detail {
    return (this.detail ??= detailOf(this.subject, this.stats, this.entries, this.params, this.memo));
  }

  get rank(): number | null { return this.ranks === null ? null : this.ranks.of(this); }
  get items(): ItemResult[] { return this.scored().items; }
  get base(): Decimal { return this.scored().base; }
  get bonus(): Decimal { return this.scored().bonus; }
  get penalty(): Decimal { return this.scored().penalty; }
  get bonuses(): readonly AdjustmentResult[] { return this.scored().bonuses; }
  get penalties(): readonly AdjustmentResult[] { return this.scored().penalties; }
  get rejectedLedger(): readonly LedgerEntry[] { return this.scored().rejectedLedger; }
}

/**
 * Scores one body or unit for one month: base items, 加分, 减分 and 最终得分 = base + bonus − penalty (D11, no clamp).
 * `entries` are the subject's ledger rows of that month, rejected (审核 = 不通过) ones included: they are listed, not counted.
 * `memo` (one per computation) lets equal rates share one result (see RateMemo).
 */
export function scoreSubjectMonth(
  subject: Subject,
  month: Month,
  stats: StatsRow<string> | null,
  entries: readonly LedgerEntry[],
  params: Params,
  memo?: RateMemo,
): SubjectMonth {
  return new SubjectMonth(subject, month, stats, entries, params, memo);
}

/** The full result as scored item by item, its 最终得分 from the totals (the reference of the fast 最终得分). */
export function scoreSubjectMonthItemByItem(
  subject: Subject, month: Month, stats: StatsRow<string> | null, entries: readonly LedgerEntry[], params: Params,
): SubjectMonthResult {
  const isParticipating = participates(subject, stats);
  return {
    month, subject, ...detailOf(subject, stats, entries, params, undefined),
    participates: isParticipating, hasStats: stats !== null, rank: null, notes: notesOf(stats !== null, isParticipating),
  };
}
