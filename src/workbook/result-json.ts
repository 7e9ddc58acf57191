import type Decimal from "decimal.js";
import { ZERO } from "../engine/decimal";
import { BODY_ITEMS, itemGroup, UNIT_ITEMS } from "../engine/rubric-items";
import { monthTrendsOf, NO_TREND, trendOf, type MonthTrends, type PeriodComparison, type RateHint, type Trend, type TrendKind } from "../engine/trend-text";
import type {
  ItemResult,
  Month,
  MonthResult,
  PeriodKind,
  PeriodResult,
  PeriodScore,
  RegionMonthResult,
  SubjectMonthResult,
} from "../engine/types";
import type { Problem } from "./problem";
import { a1 } from "./problem";

/** A problem as in the `--json` document: the cell is A1 text without the sheet. */
export interface ProblemJson {
  severity: "error" | "warning";
  sheet: string;
  cell: string;
  message: string;
}

/** 上期得分 and 上期名次 (RUBRIC §9); `rank` null where it was unranked. */
export interface PreviousJson {
  score: number;
  rank: number | null;
}

/**
 * The trend fields of every body, unit and region, any period: `previous` null when it has no score in
 * the previous period; `rankChange` = 上期名次 − 本期名次, null unless both ranks exist.
 */
export interface TrendJson {
  previous: PreviousJson | null;
  rankChange: number | null;
}

/** A 达标差距 hint: `{"item": "U1", "count": "及时签收工单量", "change": 8}` (negative for lower-is-better). */
export type HintJson = RateHint;

/** Item group code (M1…M5, U1…U8) → the sum of its sub-item scores. */
export type ItemsJson = Record<string, number>;

/** A management body in a month. `note` joins the engine's notes (null when none); `hints` lists its 达标差距. */
export interface BodyMonthJson extends TrendJson {
  unit: string;
  region: string | null;
  score: number;
  rank: number | null;
  base: number;
  bonus: number;
  penalty: number;
  items: ItemsJson;
  participating: boolean;
  note: string | null;
  hints: HintJson[];
}

/** A handling unit in a month (a body's fields plus its 排名分组). */
export type UnitMonthJson = BodyMonthJson & { group: string | null };

/** A region in a month: `score` is the composite (null with the reason in `note`). */
export interface RegionMonthJson extends TrendJson {
  region: string;
  group: string;
  score: number | null;
  bodyScore: number | null;
  unitsScore: number | null;
  rank: number | null;
  body: string | null;
  unitCount: number;
  note: string | null;
}

/** The month-level document (without problems). */
export interface MonthJson {
  period: Month;
  managementBodies: BodyMonthJson[];
  handlingUnits: UnitMonthJson[];
  regions: RegionMonthJson[];
}

/** A body, unit or region over a quarter or year: `months` maps each month that counts to its score. */
export interface PeriodScoreJson extends TrendJson {
  score: number | null;
  rank: number | null;
  months: Record<Month, number>;
  missing: Month[];
  note: string | null;
}
export type PeriodBodyJson = { unit: string; region: string | null } & PeriodScoreJson;
export type PeriodUnitJson = { unit: string; region: string | null; group: string | null } & PeriodScoreJson;
/** A region's `group` is its 排名分组, `未分组` when blank (RUBRIC §6). */
export type PeriodRegionJson = { region: string; group: string } & PeriodScoreJson;

/** The `--json` document of a month. */
export interface MonthResultJson extends MonthJson {
  kind: "month";
  problems: ProblemJson[];
}

/** The `--json` document of a quarter or year; `monthly` (each month with data) only when asked for (withMonths). */
export interface PeriodResultJson {
  period: string;
  kind: Exclude<PeriodKind, "month">;
  managementBodies: PeriodBodyJson[];
  handlingUnits: PeriodUnitJson[];
  regions: PeriodRegionJson[];
  problems: ProblemJson[];
  monthly?: MonthJson[];
}

export type ResultJson = MonthResultJson | PeriodResultJson;

/** Exact powers of ten as doubles (10^22 is the largest). */
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/**
 * x.toNumber(), without its detour through a string for the usual values: when x has at most two
 * base-10^7 words (at most 14 digits, an integer n < 2^53) and x = n × 10^k with |k| ≤ 22, then
 * n × 10^k or n / 10^-k is one IEEE operation on exact operands, correctly rounded — the very double
 * Number() gives for x's text (Clinger's fast path). Anything else goes through toNumber.
 */
export function num(x: Decimal): number {
  const words = x.d;
  if (words && words.length <= 2) {
    const first = words[0];
    const firstDigits = first < 10 ? 1 : first < 100 ? 2 : first < 1000 ? 3 : first < 10000 ? 4 : first < 100000 ? 5 : first < 1000000 ? 6 : 7;
    const n = words.length === 2 ? first * 1e7 + words[1] : first;
    const k = x.e - (firstDigits - 1) - (words.length === 2 ? 7 : 0);
    if (k >= -22 && k <= 22) {
      const value = k >= 0 ? n * POW10[k] : n / POW10[-k];
      return x.s < 0 ? -value : value;
    }
  }
  return x.toNumber();
}

const numOrNull = (x: Decimal | null): number | null => (x === null ? null : num(x));

/**
 * Item code → its group, for the rubric's codes; a month of a province looks this up ~40,000 times,
 * so the regular expression of itemGroup runs only for codes outside the rubric.
 */
const RUBRIC_GROUPS = new Map([...BODY_ITEMS, ...UNIT_ITEMS].map((i) => [i.code, itemGroup(i.code)]));
const groupOf = (code: string): string => RUBRIC_GROUPS.get(code) ?? itemGroup(code);

/**
 * Item scores by group (M3 = M3a+M3b+M3c, M5 = M5a+M5b, U3 = U3a+U3b, U6 = U6a+U6b+U6c,
 * U8 = U8a+U8b), summed as Decimals and converted once, in the engine's item order.
 */
export function groupedItems(items: readonly ItemResult[]): ItemsJson {
  const groups = new Map<string, Decimal>();
  for (const item of items) {
    const code = groupOf(item.code);
    const sofar = groups.get(code);
    // A group's first score is taken as it is (a zero as ZERO, as 0 + score would give): decimal.js
    // copies its operand on every plus, and most groups have a single item.
    groups.set(code, sofar ? sofar.plus(item.score) : item.score.isZero() ? ZERO : item.score);
  }
  const out: ItemsJson = {};
  for (const [code, score] of groups) out[code] = num(score);
  return out;
}

const noteOf = (s: SubjectMonthResult): string | null => (s.notes.length ? s.notes.join("；") : null);

/** The trend fields of an entry (blank when the result carries no trends). */
export function trendJson(trend: Trend): TrendJson {
  const { previous } = trend;
  return {
    previous: previous === null ? null : { score: num(previous.score), rank: previous.rank },
    rankChange: trend.rankChange,
  };
}

const trendIn = (comparison: PeriodComparison | undefined, kind: TrendKind, name: string): TrendJson =>
  trendJson(comparison ? trendOf(comparison, kind, name) : NO_TREND);

function bodyJson(s: SubjectMonthResult, trends: MonthTrends | undefined): BodyMonthJson {
  return { unit: s.subject.name, region: s.subject.region, ...scoreFields(s, trends) };
}

/** The fields after unit, region (and a unit's group), in document order. */
function scoreFields(s: SubjectMonthResult, trends: MonthTrends | undefined): Omit<BodyMonthJson, "unit" | "region"> {
  return {
    score: num(s.final),
    rank: s.rank,
    ...trendIn(trends, s.subject.kind, s.subject.name),
    base: num(s.base),
    bonus: num(s.bonus),
    penalty: num(s.penalty),
    items: groupedItems(s.items),
    participating: s.participates,
    note: noteOf(s),
    hints: (trends?.hints.get(s.subject.name) ?? []).map((h) => ({ item: h.item, count: h.count, change: h.change })),
  };
}

function unitJson(s: SubjectMonthResult, trends: MonthTrends | undefined): UnitMonthJson {
  return { unit: s.subject.name, region: s.subject.region, group: s.subject.group, ...scoreFields(s, trends) };
}

function regionJson(r: RegionMonthResult, trends: MonthTrends | undefined): RegionMonthJson {
  return {
    region: r.region.name,
    group: r.group,
    score: numOrNull(r.composite),
    bodyScore: numOrNull(r.bodyScore),
    unitsScore: numOrNull(r.unitsScore),
    rank: r.rank,
    ...trendIn(trends, "region", r.region.name),
    body: r.body,
    unitCount: r.unitCount,
    note: r.note,
  };
}

/**
 * The month-level JSON of one month's results (every scored body and unit, participating or not);
 * `trends` (the month against the month before) fills `previous`, `rankChange` and `hints`.
 */
export function monthJson(month: MonthResult, trends?: MonthTrends): MonthJson {
  return {
    period: month.month,
    managementBodies: month.bodies.map((s) => bodyJson(s, trends)),
    handlingUnits: month.units.map((s) => unitJson(s, trends)),
    regions: month.regions.map((r) => regionJson(r, trends)),
  };
}

/** Period score fields; months listed in calendar order. */
function periodScoreJson(p: PeriodScore, periodMonths: readonly Month[], trends: PeriodComparison | undefined): PeriodScoreJson {
  const order = [...periodMonths, ...[...p.months.keys()].filter((m) => !periodMonths.includes(m)).sort()];
  const months: Record<Month, number> = {};
  for (const m of order) {
    const score = p.months.get(m);
    if (score !== undefined) months[m] = num(score);
  }
  return {
    score: numOrNull(p.score), rank: p.rank, ...trendIn(trends, p.kind, p.name),
    months, missing: [...p.missing], note: p.note,
  };
}

/** A problem for the JSON document: `cell` is the A1 address without the sheet. */
export function problemJson(p: Problem): ProblemJson {
  return { severity: p.severity, sheet: p.sheet, cell: a1(p.row, p.col), message: p.message };
}

/**
 * The `--json` document of WORKBOOK.md. A month lists every scored body and unit with base, bonus,
 * penalty and grouped items; a quarter or year lists period scores with `months`/`missing` and, with
 * `withMonths` (同时写入各月结果表, `--with-months`), adds `monthly`, the month-level document of each
 * month with data (the trends must then have their months: periodTrends `months`).
 */
export function resultJson(result: PeriodResult, problems: Problem[], options: { withMonths?: boolean } = {}): ResultJson {
  const { period } = result;
  const problemList = problems.map(problemJson);
  const months = [...result.months].sort((a, b) => a.month.localeCompare(b.month));
  if (period.kind === "month") {
    const month = months.find((m) => m.month === period.label);
    const doc = month
      ? monthJson(month, monthTrendsOf(result.trends, month.month))
      : { period: period.label, managementBodies: [], handlingUnits: [], regions: [] };
    return {
      period: doc.period,
      kind: "month",
      managementBodies: doc.managementBodies,
      handlingUnits: doc.handlingUnits,
      regions: doc.regions,
      problems: problemList,
    };
  }
  return {
    period: period.label,
    kind: period.kind,
    managementBodies: result.bodies.map((p) => ({
      unit: p.name,
      region: p.region,
      ...periodScoreJson(p, period.months, result.trends),
    })),
    handlingUnits: result.units.map((p) => ({
      unit: p.name,
      region: p.region,
      group: p.group,
      ...periodScoreJson(p, period.months, result.trends),
    })),
    regions: result.regions.map((p) => ({
      region: p.name,
      group: p.group ?? "未分组",
      ...periodScoreJson(p, period.months, result.trends),
    })),
    problems: problemList,
    ...(options.withMonths ? { monthly: months.map((m) => monthJson(m, monthTrendsOf(result.trends, m.month))) } : {}),
  };
}
