import type Decimal from "decimal.js";
import { ratePercent } from "../../engine/decimal";
import { rateReaders } from "../../engine/count-readers";
import { indexInput } from "../../engine/input-index";
import type { Month, ScoringInput } from "../../engine/types";

/** The pooled rates of the draft: rate name → [numerator field, denominator field]. */
export const DRAFT_RATES = {
  接通率: ["及时受理诉求量", "诉求总量"],
  及时派单率: ["及时派发工单量", "工单办理总量"],
  及时签收率: ["及时签收工单量", "转派工单总量"],
  及时退回率: ["及时退回工单量", "工单退回总量"],
  按时办结率: ["按时办结工单量", "办结工单总量"],
  满意率: ["满意工单量", "满意度参评工单量"],
} as const;
export type DraftRate = keyof typeof DRAFT_RATES;
const RATE_NAMES = Object.keys(DRAFT_RATES) as DraftRate[];
const RATE_READERS = RATE_NAMES.map((r) => rateReaders(DRAFT_RATES[r][0], DRAFT_RATES[r][1]));

/** A pooled rate: Σ numerator, Σ denominator and round2(Σn / Σd × 100) (null when Σd = 0). */
export interface PooledRate {
  numerator: number;
  denominator: number;
  percent: Decimal | null;
}

/** Totals of the whole workbook for the months of a period. */
export interface DraftTotals {
  rates: Record<DraftRate, PooledRate>;
  红牌警告工单量: number;
}

/**
 * Sums over all regions at the top of the tree (every body and unit that belongs to a region, so each
 * region's subtree once) for the given months, with pooled rates Σ numerator / Σ denominator (RUBRIC §2
 * round2), as the 月通报 pools one region. A rate whose numerator or denominator is unknown in a row
 * (statistics derived from tickets alone) leaves that row out of that rate, as the 月通报 does.
 */
export function workbookTotals(input: ScoringInput, months: readonly Month[]): DraftTotals {
  const index = indexInput(input);
  const sums = new Array<number>(2 * RATE_READERS.length).fill(0);
  let redCards = 0;
  // The engine's rows by month and subject: a repeated (month, subject) row counts once, the last one, as in scoring.
  for (const month of new Set(months)) {
    const rows = index.months.get(month);
    if (!rows) continue;
    for (let i = 0; i < input.subjects.length; i++) {
      if (input.subjects[i].region === null) continue;
      const row = rows.stats[i];
      if (!row) continue;
      const c = row.counts as Record<string, number | null | undefined>;
      redCards += c["红牌警告工单量"] ?? 0;
      for (let i = 0; i < RATE_READERS.length; i++) {
        const num = RATE_READERS[i].numerator(c);
        const den = RATE_READERS[i].denominator(c);
        if (num === null || num === undefined || den === null || den === undefined) continue;
        sums[2 * i] += num;
        sums[2 * i + 1] += den;
      }
    }
  }
  const rates = Object.fromEntries(RATE_NAMES.map((r, i) => {
    const [numerator, denominator] = [sums[2 * i], sums[2 * i + 1]];
    return [r, { numerator, denominator, percent: ratePercent(numerator, denominator) }];
  })) as Record<DraftRate, PooledRate>;
  return { rates, 红牌警告工单量: redCards };
}
