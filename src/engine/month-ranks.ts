import { rankWithinGroups } from "./ranking";
import type { SubjectMonth } from "./score-subject";
import type { SubjectMonthResult } from "./types";

/**
 * The ranks of a month's participating units within their 排名分组, worked out when the first is read:
 * only the month's own sheets, JSON and pane read them, not a quarter or year without its months.
 */
export class MonthRanks {
  private ranks: Map<SubjectMonthResult, number> | null = null;

  constructor(private readonly units: readonly SubjectMonthResult[]) {}

  of(unit: SubjectMonthResult): number | null {
    this.ranks ??= rankUnits(this.units);
    return this.ranks.get(unit) ?? null;
  }
}

function rankUnits(units: readonly SubjectMonthResult[]): Map<SubjectMonthResult, number> {
  const ranked = rankWithinGroups(
    units.filter((u) => u.participates).map((u) => ({ name: u.subject.name, score: u.final, group: u.subject.group, u })),
  );
  const out = new Map<SubjectMonthResult, number>();
  for (const [entry, rank] of ranked) out.set(entry.u, rank);
  return out;
}

/**
 * Ranks a month's units (RUBRIC §6: participating units within their 排名分组), when first read; `units`
 * are the month's results from scoreSubjectMonth.
 */
export function rankWhenRead(units: readonly SubjectMonth[]): void {
  const ranks = new MonthRanks(units);
  for (const u of units) u.ranks = ranks;
}

