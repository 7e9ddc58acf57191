import { regionTree, type RegionTree } from "./region-tree";
import { rateMemo, type RateMemo } from "./score-rate";
import type { LedgerEntry, Month, ScoringInput, StatsRow, Subject } from "./types";

/**
 * The rows of one month by the subject's position in `input.subjects`: arrays, not maps by name, so
 * the loops over every subject and month (scoring, 月通报, 通报稿) read them without a look-up.
 */
export interface MonthRows {
  /** The subject's statistics row from its kind's sheet (a repeated row: the last one), or undefined. */
  stats: (StatsRow<string> | undefined)[];
  /** The subject's ledger rows, rejected ones included, or undefined. */
  ledger: (LedgerEntry[] | undefined)[];
}

/** Look-ups built once per computation, so a year of a province scores in linear time. */
export interface InputIndex {
  input: ScoringInput;
  /** Subject name → its position in `input.subjects` (the first, should a name repeat). */
  positionOf: Map<string, number>;
  /** Every month with any statistics or ledger row → its rows by subject position. */
  months: Map<Month, MonthRows>;
  /** The region hierarchy (parents, depths, regions deepest first): walk it with `rollUp`. */
  tree: RegionTree;
  /** Region → its 管理机构. */
  bodyOfRegion: Map<string, Subject>;
  /** Rate results shared between subjects within this computation (see RateMemo). */
  rates: RateMemo;
}

function rowsOf(months: Map<Month, MonthRows>, month: Month): MonthRows {
  let rows = months.get(month);
  if (!rows) months.set(month, (rows = { stats: [], ledger: [] }));
  return rows;
}

/**
 * Statistics and ledger rows by month, then subject position. A statistics row counts for a subject of
 * its sheet's kind only (受理统计 for bodies, 办理统计 for units), as scoring reads it; rows of names not in
 * `input.subjects` still mark their month as having data.
 */
function byMonth(input: ScoringInput, positionOf: ReadonlyMap<string, number>): Map<Month, MonthRows> {
  const months = new Map<Month, MonthRows>();
  const put = (list: readonly StatsRow<string>[], kind: Subject["kind"]) => {
    for (const r of list) {
      const rows = rowsOf(months, r.month);
      const at = positionOf.get(r.subject);
      if (at !== undefined && input.subjects[at].kind === kind) rows.stats[at] = r;
    }
  };
  put(input.bodyStats, "body");
  put(input.unitStats, "unit");
  for (const e of input.ledger) {
    const rows = rowsOf(months, e.month);
    const at = positionOf.get(e.subject);
    if (at === undefined) continue;
    const list = rows.ledger[at];
    if (list) list.push(e);
    else rows.ledger[at] = [e];
  }
  return months;
}

/** The rows of a month by subject position; empty for a month without data. */
export function monthRows(index: InputIndex, month: Month): MonthRows {
  return index.months.get(month) ?? { stats: [], ledger: [] };
}

const indexes = new WeakMap<ScoringInput, InputIndex>();

/**
 * The look-ups of an input, made once per input object (a computation scores the period and, for the
 * trends, the previous period from the same input; inputs are never mutated).
 */
export function indexInput(input: ScoringInput): InputIndex {
  let index = indexes.get(input);
  if (!index) indexes.set(input, (index = buildIndex(input)));
  return index;
}

function buildIndex(input: ScoringInput): InputIndex {
  const bodyOfRegion = new Map<string, Subject>();
  for (const s of input.subjects) if (s.kind === "body" && s.region !== null && !bodyOfRegion.has(s.region)) bodyOfRegion.set(s.region, s);
  const positionOf = new Map<string, number>();
  input.subjects.forEach((s, i) => { if (!positionOf.has(s.name)) positionOf.set(s.name, i); });
  return {
    input,
    positionOf,
    months: byMonth(input, positionOf),
    tree: regionTree(input.regions),
    bodyOfRegion,
    rates: rateMemo(),
  };
}
