import { subtreeOf } from "./region-tree";
import type { BodyStats, LedgerEntry, Month, ScoringInput, Subject, UnitStats } from "./types";

/** Look-ups built once per computation, so a year of a province scores in linear time. */
export interface InputIndex {
  input: ScoringInput;
  subjects: Map<string, Subject>;
  bodyStats: Map<string, BodyStats>;
  unitStats: Map<string, UnitStats>;
  ledger: Map<string, LedgerEntry[]>;
  /** Region → itself and every region below it. */
  subtree: Map<string, Set<string>>;
  /** Region → its 管理机构. */
  bodyOfRegion: Map<string, Subject>;
  /** Months with any statistics or ledger row. */
  months: Set<Month>;
}

/** Key of a (month, subject) pair. */
export const monthKey = (month: Month, subject: string) => `${month}\u0000${subject}`;

function byKey<T extends { month: Month; subject: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((r) => [monthKey(r.month, r.subject), r]));
}

export function indexInput(input: ScoringInput): InputIndex {
  const ledger = new Map<string, LedgerEntry[]>();
  for (const e of input.ledger) {
    const k = monthKey(e.month, e.subject);
    const list = ledger.get(k);
    if (list) list.push(e);
    else ledger.set(k, [e]);
  }
  const bodyOfRegion = new Map<string, Subject>();
  for (const s of input.subjects) if (s.kind === "body" && s.region !== null && !bodyOfRegion.has(s.region)) bodyOfRegion.set(s.region, s);
  const months = new Set<Month>([
    ...input.bodyStats.map((r) => r.month),
    ...input.unitStats.map((r) => r.month),
    ...input.ledger.map((r) => r.month),
  ]);
  return {
    input,
    subjects: new Map(input.subjects.map((s) => [s.name, s])),
    bodyStats: byKey(input.bodyStats),
    unitStats: byKey(input.unitStats),
    ledger,
    subtree: subtreeOf(input.regions),
    bodyOfRegion,
    months,
  };
}
