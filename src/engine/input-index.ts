import { regionTree, type RegionTree } from "./region-tree";
import { rateMemo, type RateMemo } from "./score-rate";
import type { BodyStats, LedgerEntry, Month, ScoringInput, Subject, UnitStats } from "./types";

/** The rows of one month by subject name. */
export interface MonthRows {
  bodyStats: Map<string, BodyStats>;
  unitStats: Map<string, UnitStats>;
  ledger: Map<string, LedgerEntry[]>;
}

/** Look-ups built once per computation, so a year of a province scores in linear time. */
export interface InputIndex {
  input: ScoringInput;
  subjects: Map<string, Subject>;
  /**
   * Every month with any statistics or ledger row → its rows by subject. Nested maps rather than one
   * map keyed by month + name: a province year looks rows up ~100,000 times, each would build a key.
   */
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
  if (!rows) months.set(month, (rows = { bodyStats: new Map(), unitStats: new Map(), ledger: new Map() }));
  return rows;
}

/** Statistics and ledger rows by month, then subject (a repeated statistics row: the last one counts). */
function byMonth(input: ScoringInput): Map<Month, MonthRows> {
  const months = new Map<Month, MonthRows>();
  for (const r of input.bodyStats) rowsOf(months, r.month).bodyStats.set(r.subject, r);
  for (const r of input.unitStats) rowsOf(months, r.month).unitStats.set(r.subject, r);
  for (const e of input.ledger) {
    const ledger = rowsOf(months, e.month).ledger;
    const list = ledger.get(e.subject);
    if (list) list.push(e);
    else ledger.set(e.subject, [e]);
  }
  return months;
}

/** The rows of a month by subject; empty for a month without data. */
export function monthRows(index: InputIndex, month: Month): MonthRows {
  return index.months.get(month) ?? { bodyStats: new Map(), unitStats: new Map(), ledger: new Map() };
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
  return {
    input,
    subjects: new Map(input.subjects.map((s) => [s.name, s])),
    months: byMonth(input),
    tree: regionTree(input.regions),
    bodyOfRegion,
    rates: rateMemo(),
  };
}
