import { bulletinRows } from "./bulletin";
import { monthRows, type InputIndex } from "./input-index";
import { rankWithinGroups, regionGroup } from "./ranking";
import { rankWhenRead } from "./month-ranks";
import { scoreSubjectMonth, type SubjectMonth } from "./score-subject";
import { rollUp } from "./region-tree";
import { addUnit, addUnitsTotals, composite, emptyUnitsTotals, unitsPartOfTotals, type UnitsTotals } from "./units-part";
import type { LedgerEntry, Month, MonthResult, RegionMonthResult, SubjectMonthResult } from "./types";

const NO_ENTRIES: readonly LedgerEntry[] = Object.freeze([]);

/** Scores every body and unit with a statistics or ledger row in the month (RUBRIC §1). */
function scoreSubjects(index: InputIndex, month: Month): { bodies: SubjectMonth[]; units: SubjectMonth[] } {
  const bodies: SubjectMonth[] = [];
  const units: SubjectMonth[] = [];
  const rows = monthRows(index, month);
  const { subjects } = index.input;
  for (let i = 0; i < subjects.length; i++) {
    const s = subjects[i];
    const stats = rows.stats[i] ?? null;
    const entries = rows.ledger[i] ?? NO_ENTRIES;
    if (stats === null && entries.length === 0) continue;
    const result = scoreSubjectMonth(s, month, stats, entries, index.input.params, index.rates);
    (s.kind === "body" ? bodies : units).push(result);
  }
  rankWhenRead(units);
  return { bodies, units };
}

/**
 * The participating units counted for each region, summed: those of the region and every region
 * below it. Each unit is added to its own region, then each subtree into its parent once (linear in
 * units + regions, however deep the hierarchy).
 */
function unitsByRegion(index: InputIndex, units: readonly SubjectMonthResult[], dispatched: (u: SubjectMonthResult) => number): Map<string, UnitsTotals> {
  const own = new Map<string, UnitsTotals>();
  for (const u of units) {
    if (!u.participates || u.subject.region === null) continue;
    let t = own.get(u.subject.region);
    if (!t) own.set(u.subject.region, (t = emptyUnitsTotals()));
    addUnit(t, u.final, dispatched(u));
  }
  return rollUp(index.tree, own, emptyUnitsTotals, addUnitsTotals);
}

function regionResults(index: InputIndex, month: Month, bodies: SubjectMonthResult[], units: SubjectMonthResult[]): RegionMonthResult[] {
  const { params } = index.input;
  const bodyByName = new Map(bodies.map((b) => [b.subject.name, b]));
  const { stats } = monthRows(index, month);
  const dispatched = (u: SubjectMonthResult) => {
    const at = index.positionOf.get(u.subject.name);
    return (at === undefined ? null : stats[at]?.counts["转派工单总量"]) ?? 0;
  };
  const unitsOf = unitsByRegion(index, units, dispatched);
  const results = index.input.regions.map((region): RegionMonthResult => {
    const bodySubject = index.bodyOfRegion.get(region.name) ?? null;
    const body = bodySubject ? bodyByName.get(bodySubject.name) ?? null : null;
    const members = unitsOf.get(region.name) ?? emptyUnitsTotals();
    const unitsScore = unitsPartOfTotals(members, params.unitAggregation);
    const missing: string[] = [];
    if (body === null) missing.push(bodySubject ? `管理机构${bodySubject.name}本月无得分` : "本地区未设管理机构");
    if (unitsScore === null) missing.push("本月无参与工单办理的承办单位");
    return {
      month, region, group: regionGroup(region.group), body: bodySubject?.name ?? null,
      bodyScore: body?.final ?? null, unitsScore, unitCount: members.count,
      composite: body && unitsScore ? composite(body.final, unitsScore, params.bodyWeight, params.unitWeight) : null,
      rank: null,
      note: missing.length ? `${missing.join("，")}，不计算综合得分` : null,
    };
  });
  const ranked = rankWithinGroups(
    results.filter((r) => r.composite !== null).map((r) => ({ name: r.region.name, score: r.composite!, group: r.group, r })),
  );
  for (const [entry, rank] of ranked) entry.r.rank = rank;
  return results;
}

/** Everything of one month: subjects, ranks, regions (units part, composite, rank) and the bulletin. */
export function scoreMonth(index: InputIndex, month: Month): MonthResult {
  const { bodies, units } = scoreSubjects(index, month);
  const regions = regionResults(index, month, bodies, units);
  return { month, bodies, units, regions, bulletin: bulletinRows(index, month, regions) };
}
