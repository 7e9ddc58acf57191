import type Decimal from "decimal.js";
import { round2, sum } from "./decimal";
import { decimalOf, hundredthsOf } from "./shared-decimals";
import { meanHundredths } from "./hundredths";
import { rankWithinGroups, regionGroup } from "./ranking";
import type { Month, MonthResult, Period, PeriodScore, ScoringInput } from "./types";

/** round2 of the mean of the monthly scores present (D8; a map's values); null when none. */
export function meanScore(scores: readonly Decimal[] | ReadonlyMap<unknown, Decimal>): Decimal | null {
  let count = 0;
  let total: number | null = 0;
  for (const s of scores.values()) {
    count += 1;
    const h = hundredthsOf(s);
    total = h === null || total === null || !Number.isSafeInteger(total + h) ? null : total + h;
  }
  if (count === 0) return null;
  const mean = meanHundredths(total, count);
  if (mean !== null) return decimalOf(mean);
  const list = [...scores.values()];
  return round2(sum(list).dividedBy(list.length));
}

type Scored = Pick<PeriodScore, "name" | "kind" | "region" | "group" | "months">;

function periodScore(base: Scored, period: Period, emptyNote: string): PeriodScore {
  const { months } = base;
  const score = meanScore(months);
  return {
    name: base.name, kind: base.kind, region: base.region, group: base.group, score, months,
    missing: months.size === period.months.length ? [] : period.months.filter((m) => !months.has(m)),
    rank: null, note: score === null ? emptyNote : null,
  };
}

/** Ranks period scores within their 排名分组 (those without a score are not ranked). */
function rank(list: PeriodScore[]): void {
  const ranked = rankWithinGroups(list.filter((p) => p.score !== null).map((p) => ({ name: p.name, score: p.score!, group: p.group, p })));
  for (const [entry, r] of ranked) entry.p.rank = r;
}

/**
 * Quarter / year scores (RUBRIC §6): bodies over the months they were scored, units over the months they
 * participate in, regions over the months with a composite; ranked within 排名分组.
 */
export function aggregatePeriod(
  input: ScoringInput, period: Period, months: readonly MonthResult[],
): { bodies: PeriodScore[]; units: PeriodScore[]; regions: PeriodScore[] } {
  // Subjects and regions by name in two maps, so a region and a subject of the same name stay apart.
  const subjects = new Map<string, Map<Month, Decimal>>();
  const regionsMonthly = new Map<string, Map<Month, Decimal>>();
  const put = (into: Map<string, Map<Month, Decimal>>, key: string, month: Month, score: Decimal | null) => {
    let m = into.get(key);
    if (!m) into.set(key, (m = new Map()));
    if (score !== null) m.set(month, score);
  };
  for (const mr of months) {
    for (const b of mr.bodies) put(subjects, b.subject.name, mr.month, b.final);
    for (const u of mr.units) put(subjects, u.subject.name, mr.month, u.participates ? u.final : null);
    for (const r of mr.regions) if (r.composite !== null) put(regionsMonthly, r.region.name, mr.month, r.composite);
  }
  const bodies: PeriodScore[] = [];
  const units: PeriodScore[] = [];
  for (const s of input.subjects) {
    const monthly = subjects.get(s.name);
    if (monthly === undefined) continue; // not scored in any month of the period
    if (s.kind === "body") bodies.push(periodScore({ name: s.name, kind: "body", region: s.region, group: null, months: monthly }, period, "本期无得分"));
    else units.push(periodScore({ name: s.name, kind: "unit", region: s.region, group: s.group, months: monthly }, period, "本期各月均无工单办理，不参与排名"));
  }
  const regions = input.regions.map((r) =>
    periodScore({ name: r.name, kind: "region", region: r.name, group: regionGroup(r.group), months: regionsMonthly.get(r.name) ?? new Map() },
      period, "本期无综合得分（缺少管理机构得分或参与工单办理的承办单位）"));
  rank(units);
  rank(regions);
  return { bodies, units, regions };
}
