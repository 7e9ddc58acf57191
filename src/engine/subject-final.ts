import { ADJUSTMENTS, type AdjustmentItem } from "./adjustment-items";
import { rateReaders, type RateReaders } from "./count-readers";
import { rateHundredths, sumHundredths, type Hundredths } from "./hundredths";
import { BASE_ITEMS, type BaseItem, type RateItem } from "./rubric-items";
import { adjustmentPoints, ledgerDeduction } from "./score-ledger";
import { rateDeductionHundredths } from "./score-rate-hundredths";
import { hundredthsOf, hundredthsOfText } from "./shared-decimals";
import type { LedgerEntry, Params, StatsRow, SubjectKind } from "./types";

/**
 * A subject's 最终得分 for a month in whole hundredths, without its items, words or result objects: all a
 * quarter or year needs of each of its ~39,000 subject-months when the months' sheets are not written.
 * The same rules as the full result (score-subject.ts), which the property tests compare it with; null
 * wherever a number leaves the fast path (the caller then builds the full result).
 */

/** Σ full points of a kind's base items, in hundredths (100 points for both kinds). */
const FULL: Readonly<Record<SubjectKind, Hundredths | null>> = {
  body: sumHundredths(BASE_ITEMS.body.map((i) => hundredthsOfText(i.full))),
  unit: sumHundredths(BASE_ITEMS.unit.map((i) => hundredthsOfText(i.full))),
};

/**
 * Which rules a subject-month's approved ledger rows touch, as bits: base item i is bit i, the kind's
 * bonuses and penalties follow. A rule no approved row names deducts or adds nothing (M5b: deducts).
 */
interface Rules {
  items: readonly BaseItem[];
  /** The count readers of each rate item, null for the others (aligned with `items`). */
  rates: readonly (RateReaders | null)[];
  /** The bonuses, then the penalties. */
  adjustments: readonly AdjustmentItem[];
  bonusCount: number;
  /** 事项 → the bits of the rules it counts in. */
  bitsOf: Map<string, number>;
}

function rulesOf(kind: SubjectKind): Rules {
  const items = BASE_ITEMS[kind];
  const adjustments = [...ADJUSTMENTS[kind].bonuses, ...ADJUSTMENTS[kind].penalties];
  if (items.length + adjustments.length > 31) throw new RangeError("too many rules for a bit set");
  const bitsOf = new Map<string, number>();
  const mark = (name: string, bit: number) => bitsOf.set(name, (bitsOf.get(name) ?? 0) | (1 << bit));
  items.forEach((item, i) => {
    if (item.kind === "ledger") for (const r of item.rules) mark(r.item, i);
    if (item.kind === "required") mark(item.item, i);
  });
  adjustments.forEach((a, j) => mark(a.item, items.length + j));
  const rates = items.map((item) => (item.kind === "rate" ? rateReaders(item.numerator, item.denominator) : null));
  return { items, rates, adjustments, bonusCount: ADJUSTMENTS[kind].bonuses.length, bitsOf };
}

const RULES: Readonly<Record<SubjectKind, Rules>> = { body: rulesOf("body"), unit: rulesOf("unit") };

function touchedBits(rules: Rules, entries: readonly LedgerEntry[]): number {
  let bits = 0;
  for (let i = 0; i < entries.length; i++) if (!entries[i].rejected) bits |= rules.bitsOf.get(entries[i].item) ?? 0;
  return bits;
}

/** A rate item's deduction from its displayed rate; 无数据 (no row, unknown count, denominator 0) deducts nothing. */
function rateDeduction(item: RateItem, read: RateReaders, stats: StatsRow<string> | null, params: Params): Hundredths | null {
  if (stats === null) return 0;
  const numerator = read.numerator(stats.counts);
  const denominator = read.denominator(stats.counts);
  if (numerator === null || numerator === undefined || denominator === null || denominator === undefined || denominator === 0) return 0;
  const rateH = rateHundredths(numerator, denominator);
  return rateH === null ? null : rateDeductionHundredths(item, rateH, params);
}

/** A base item's deduction; ledger items no approved row touches deduct nothing, M5b deducts its points. */
function deduction(
  item: BaseItem, read: RateReaders | null, touched: boolean, stats: StatsRow<string> | null, entries: readonly LedgerEntry[], params: Params,
): Hundredths | null {
  switch (item.kind) {
    case "rate":
      return read === null ? null : rateDeduction(item, read, stats, params);
    case "ledger":
      return touched ? hundredthsOf(ledgerDeduction(item, entries).deduction) : 0;
    case "required":
      return touched ? 0 : hundredthsOfText(item.points);
  }
}

/**
 * 最终得分 = Σ full − Σ deductions + 加分 − 减分 (D11, no clamp) in hundredths, for a subject of `kind` with
 * its statistics row (null: ledger only) and its ledger rows of the month, rejected ones included.
 */
export function finalHundredths(
  kind: SubjectKind, stats: StatsRow<string> | null, entries: readonly LedgerEntry[], params: Params,
): Hundredths | null {
  const full = FULL[kind];
  if (full === null) return null;
  const rules = RULES[kind];
  const touched = entries.length === 0 ? 0 : touchedBits(rules, entries);
  const { items, rates, adjustments, bonusCount } = rules;
  let deducted = 0;
  for (let i = 0; i < items.length; i++) {
    const x = deduction(items[i], rates[i], (touched & (1 << i)) !== 0, stats, entries, params);
    if (x === null) return null;
    deducted += x;
  }
  let bonus = 0;
  let penalty = 0;
  for (let j = 0; j < adjustments.length; j++) {
    if ((touched & (1 << (items.length + j))) === 0) continue;
    const points = adjustmentPoints(adjustments[j], entries, params);
    const h = points === null ? 0 : hundredthsOf(points);
    if (h === null) return null;
    if (j < bonusCount) bonus += h;
    else penalty += h;
  }
  const final = full - deducted + bonus - penalty;
  return Number.isSafeInteger(deducted) && Number.isSafeInteger(bonus) && Number.isSafeInteger(penalty) && Number.isSafeInteger(final)
    ? final : null;
}
