import type Decimal from "decimal.js";
import { round2, sum } from "./decimal";
import { decimalOf, hundredthsOf } from "./shared-decimals";
import { meanHundredths } from "./hundredths";
import { rankWithinGroups, regionGroup } from "./ranking";
import type { Month, MonthResult, Period, PeriodScore, ScoringInput } from "./types";

/** round2 of the mean of the monthly scores present (D8); null when none. */
export function meanScore(scores: Iterable<Decimal>): Decimal | null {
  const list = [...scores];
  if (list.length === 0) return null;
  let total: number | null = 0;
  for (const s of list) {
    const h = hundredthsOf(s);
    total = h === null || total === null || !Number.isSafeInteger(total + h) ? null : total + h;
  }
  const mean = meanHundredths(total, list.length);
  return mean !== null ? decimalOf(mean) : round2(sum(list).dividedBy(list.length));
}

function periodScore(
  base: Omit<PeriodScore, "score" | "missing" | "rank" | "note">, period: Period, emptyNote: string,
): PeriodScore {
  const score = meanScore(base.months.values());
  return {
    ...base, score, missing: period.months.filter((m) => !base.months.has(m)), rank: null,
    note: score === null ? emptyNote : null,
  };
}

/**
 * Quarter / year scores (RUBRIC §6): bodies over the months they were scored, units over the months they
 * participate in, regions over the months with a composite; ranked within 排名分组.
 */
export function aggregatePeriod(
  input: ScoringInput, period: Period, months: readonly MonthResult[],
): { bodies: PeriodScore[]; units: PeriodScore[]; regions: PeriodScore[] } {
  const seen = new Set<string>();
  const monthly = new Map<string, Map<Month, Decimal>>();
  const put = (key: string, month: Month, score: Decimal) => {
    let m = monthly.get(key);
    if (!m) monthly.set(key, (m = new Map()));
    m.set(month, score);
  };
  for (const mr of months) {
    for (const b of mr.bodies) { seen.add(b.subject.name); put(b.subject.name, mr.month, b.final); }
    for (const u of mr.units) { seen.add(u.subject.name); if (u.participates) put(u.subject.name, mr.month, u.final); }
    for (const r of mr.regions) if (r.composite !== null) put(`\u0000region:${r.region.name}`, mr.month, r.composite);
  }
  const subjectsSeen = input.subjects.filter((s) => seen.has(s.name));
  const bodies = subjectsSeen.filter((s) => s.kind === "body").map((s) =>
    periodScore({ name: s.name, kind: "body", region: s.region, group: null, months: monthly.get(s.name) ?? new Map() }, period, "本期无得分"));
  const units = subjectsSeen.filter((s) => s.kind === "unit").map((s) =>
    periodScore({ name: s.name, kind: "unit", region: s.region, group: s.group, months: monthly.get(s.name) ?? new Map() },
      period, "本期各月均无工单办理，不参与排名"));
  const regions = input.regions.map((r) =>
    periodScore({ name: r.name, kind: "region", region: r.name, group: regionGroup(r.group), months: monthly.get(`\u0000region:${r.name}`) ?? new Map() },
      period, "本期无综合得分（缺少管理机构得分或参与工单办理的承办单位）"));
  const rank = (list: PeriodScore[]) => {
    const ranked = rankWithinGroups(list.filter((p) => p.score !== null).map((p) => ({ name: p.name, score: p.score!, group: p.group, p })));
    for (const [entry, r] of ranked) entry.p.rank = r;
  };
  rank(units);
  rank(regions);
  return { bodies, units, regions };
}
