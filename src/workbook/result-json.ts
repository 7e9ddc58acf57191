import type Decimal from "decimal.js";
import { ZERO } from "../engine/decimal";
import { BODY_ITEMS, itemGroup, UNIT_ITEMS } from "../engine/rubric-items";
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

/** Item group code (M1…M5, U1…U8) → the sum of its sub-item scores. */
export type ItemsJson = Record<string, number>;

/** A management body in a month. `note` joins the engine's notes (null when none). */
export interface BodyMonthJson {
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
}

/** A handling unit in a month (a body's fields plus its 排名分组). */
export type UnitMonthJson = BodyMonthJson & { group: string | null };

/** A region in a month: `score` is the composite (null with the reason in `note`). */
export interface RegionMonthJson {
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
export interface PeriodScoreJson {
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

/** The `--json` document of a quarter or year, with the month-level document of each month with data. */
export interface PeriodResultJson {
  period: string;
  kind: Exclude<PeriodKind, "month">;
  managementBodies: PeriodBodyJson[];
  handlingUnits: PeriodUnitJson[];
  regions: PeriodRegionJson[];
  problems: ProblemJson[];
  monthly: MonthJson[];
}

export type ResultJson = MonthResultJson | PeriodResultJson;

const num = (x: Decimal): number => x.toNumber();
const numOrNull = (x: Decimal | null): number | null => (x === null ? null : x.toNumber());

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

function bodyJson(s: SubjectMonthResult): BodyMonthJson {
  return { unit: s.subject.name, region: s.subject.region, ...scoreFields(s) };
}

/** The fields after unit, region (and a unit's group), in document order. */
function scoreFields(s: SubjectMonthResult): Omit<BodyMonthJson, "unit" | "region"> {
  return {
    score: num(s.final),
    rank: s.rank,
    base: num(s.base),
    bonus: num(s.bonus),
    penalty: num(s.penalty),
    items: groupedItems(s.items),
    participating: s.participates,
    note: noteOf(s),
  };
}

function unitJson(s: SubjectMonthResult): UnitMonthJson {
  return { unit: s.subject.name, region: s.subject.region, group: s.subject.group, ...scoreFields(s) };
}

function regionJson(r: RegionMonthResult): RegionMonthJson {
  return {
    region: r.region.name,
    group: r.group,
    score: numOrNull(r.composite),
    bodyScore: numOrNull(r.bodyScore),
    unitsScore: numOrNull(r.unitsScore),
    rank: r.rank,
    body: r.body,
    unitCount: r.unitCount,
    note: r.note,
  };
}

/** The month-level JSON of one month's results (every scored body and unit, participating or not). */
export function monthJson(month: MonthResult): MonthJson {
  return {
    period: month.month,
    managementBodies: month.bodies.map(bodyJson),
    handlingUnits: month.units.map(unitJson),
    regions: month.regions.map(regionJson),
  };
}

/** Period score fields; months listed in calendar order. */
function periodScoreJson(p: PeriodScore, periodMonths: readonly Month[]): PeriodScoreJson {
  const order = [...periodMonths, ...[...p.months.keys()].filter((m) => !periodMonths.includes(m)).sort()];
  const months: Record<Month, number> = {};
  for (const m of order) {
    const score = p.months.get(m);
    if (score !== undefined) months[m] = num(score);
  }
  return { score: numOrNull(p.score), rank: p.rank, months, missing: [...p.missing], note: p.note };
}

/** A problem for the JSON document: `cell` is the A1 address without the sheet. */
export function problemJson(p: Problem): ProblemJson {
  return { severity: p.severity, sheet: p.sheet, cell: a1(p.row, p.col), message: p.message };
}

/**
 * The `--json` document of WORKBOOK.md. A month lists every scored body and unit with base, bonus,
 * penalty and grouped items; a quarter or year lists period scores with `months`/`missing` and adds
 * `monthly`, the month-level document of each month with data.
 */
export function resultJson(result: PeriodResult, problems: Problem[]): ResultJson {
  const { period } = result;
  const problemList = problems.map(problemJson);
  const months = [...result.months].sort((a, b) => a.month.localeCompare(b.month));
  if (period.kind === "month") {
    const month = months.find((m) => m.month === period.label);
    const doc = month
      ? monthJson(month)
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
      ...periodScoreJson(p, period.months),
    })),
    handlingUnits: result.units.map((p) => ({
      unit: p.name,
      region: p.region,
      group: p.group,
      ...periodScoreJson(p, period.months),
    })),
    regions: result.regions.map((p) => ({
      region: p.name,
      group: p.group ?? "未分组",
      ...periodScoreJson(p, period.months),
    })),
    problems: problemList,
    monthly: months.map(monthJson),
  };
}
