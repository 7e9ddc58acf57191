/**
 * The short ranking the command line prints after scoring: regions by 排名分组 with rank, 名次变化
 * (against the previous period) and composite, then the best and worst handling units. Pure: PeriodResult → lines.
 */
import type Decimal from "decimal.js";
import { fmt2 } from "../engine/decimal";
import { byName } from "../engine/ranking";
import { monthTrendsOf, NO_TREND, rankChangeText, trendOf, type PeriodComparison, type TrendKind } from "../engine/trend-text";
import type { PeriodResult, PeriodScore, RegionMonthResult, SubjectMonthResult } from "../engine/types";
import { alignColumns } from "./text-width";

/** How many units the top and bottom lists show. */
export const UNIT_LIST_SIZE = 5;

const score = (x: Decimal | null): string => (x === null ? "—" : fmt2(x));
const rank = (r: number | null): string => (r === null ? "—" : String(r));
const byRank = (a: { rank: number | null; name: string }, b: { rank: number | null; name: string }) =>
  (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || byName(a.name, b.name);

/** 名次变化 as printed: `↑2`, `↓1`, `—`; empty where there is none. */
const changeOf = (trends: PeriodComparison | undefined, kind: TrendKind, name: string): string =>
  rankChangeText((trends ? trendOf(trends, kind, name) : NO_TREND).rankChange) ?? "";

/** The line under the heading that says what 名次变化 compares with. */
function comparisonLine(trends: PeriodComparison | undefined): string[] {
  if (!trends) return [];
  return [trends.hasPrevious ? `名次变化：与${trends.previousLabel}比较` : `名次变化：上期（${trends.previousLabel}）无数据`];
}

/** Entries grouped by their group, groups in order of first appearance. */
function grouped<T>(entries: readonly T[], groupOf: (e: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const e of entries) groups.set(groupOf(e), [...(groups.get(groupOf(e)) ?? []), e]);
  return groups;
}

function monthRegionLines(regions: readonly RegionMonthResult[], trends: PeriodComparison | undefined): string[] {
  const lines: string[] = [];
  for (const [group, list] of grouped(regions, (r) => r.group)) {
    lines.push(`【${group}】`);
    const sorted = [...list].sort((a, b) => byRank({ rank: a.rank, name: a.region.name }, { rank: b.rank, name: b.region.name }));
    const rows = [
      ["名次", "名次变化", "地区", "综合得分", "管理机构", "承办单位", ""],
      ...sorted.map((r) => [
        rank(r.rank), changeOf(trends, "region", r.region.name), r.region.name, score(r.composite), score(r.bodyScore),
        score(r.unitsScore), r.note ?? "",
      ]),
    ];
    lines.push(...alignColumns(rows, [true, false, false, true, true, true, false]).map((l) => `  ${l}`));
  }
  return lines;
}

function periodRegionLines(regions: readonly PeriodScore[], trends: PeriodComparison | undefined): string[] {
  const lines: string[] = [];
  for (const [group, list] of grouped(regions, (r) => r.group ?? "未分组")) {
    lines.push(`【${group}】`);
    const sorted = [...list].sort(byRank);
    const rows = [
      ["名次", "名次变化", "地区", "得分", "缺少月份", ""],
      ...sorted.map((r) => [rank(r.rank), changeOf(trends, "region", r.name), r.name, score(r.score), r.missing.join("、") || "—", r.note ?? ""]),
    ];
    lines.push(...alignColumns(rows, [true, false, false, true, false, false]).map((l) => `  ${l}`));
  }
  return lines;
}

interface ScoredUnit {
  name: string;
  score: Decimal;
  detail: string;
}

/** Top and bottom units, best first; when there are few, every unit once. */
function unitLines(units: readonly ScoredUnit[], what: string): string[] {
  if (units.length === 0) return [`没有${what}的承办单位。`];
  const sorted = [...units].sort((a, b) => b.score.comparedTo(a.score) || byName(a.name, b.name));
  const top = sorted.slice(0, UNIT_LIST_SIZE);
  const bottom = sorted.slice(Math.max(top.length, sorted.length - UNIT_LIST_SIZE));
  const table = (list: readonly ScoredUnit[]) =>
    alignColumns(list.map((u) => [u.name, fmt2(u.score), u.detail]), [false, true, false]).map((l) => `  ${l}`);
  const lines = [`承办单位得分前${top.length}名（共${units.length}个${what}的单位）：`, ...table(top)];
  if (bottom.length > 0) lines.push(`承办单位得分后${bottom.length}名：`, ...table(bottom));
  return lines;
}

/** `市直部门第2名（↑1）`: the unit's rank in its group and, where there is one, its 名次变化. */
function groupRank(group: string | null, r: number | null, change = ""): string {
  if (group === null || r === null) return "";
  return change ? `${group}第${r}名（${change}）` : `${group}第${r}名`;
}

const participating = (units: readonly SubjectMonthResult[], trends: PeriodComparison | undefined): ScoredUnit[] =>
  units
    .filter((u) => u.participates)
    .map((u) => ({
      name: u.subject.name, score: u.final,
      detail: groupRank(u.subject.group, u.rank, changeOf(trends, "unit", u.subject.name)),
    }));

/**
 * The lines printed after a successful run.
 * @example rankingLines(result)[0] // "2026-03 地区综合得分排名"
 */
export function rankingLines(result: PeriodResult): string[] {
  const { period } = result;
  if (period.kind === "month") {
    const month = result.months.find((m) => m.month === period.label) ?? result.months[0];
    if (!month) return [`${period.label} 没有可显示的结果。`];
    return [
      `${period.label} 地区综合得分排名`,
      ...comparisonLine(monthTrendsOf(result.trends, month.month)),
      ...monthRegionLines(month.regions, monthTrendsOf(result.trends, month.month)),
      "",
      ...unitLines(participating(month.units, monthTrendsOf(result.trends, month.month)), "参与工单办理"),
    ];
  }
  const heading = period.kind === "quarter" ? `${period.label} 季度排名（各月得分的平均）` : `${period.label} 年度考核（各月得分的平均）`;
  const scored: ScoredUnit[] = result.units
    .filter((u): u is PeriodScore & { score: Decimal } => u.score !== null)
    .map((u) => ({
      name: u.name,
      score: u.score,
      detail: [groupRank(u.group, u.rank, changeOf(result.trends, "unit", u.name)), u.missing.length ? `缺少${u.missing.join("、")}` : ""].filter(Boolean).join("，"),
    }));
  return [heading, ...comparisonLine(result.trends), ...periodRegionLines(result.regions, result.trends), "", ...unitLines(scored, "有得分")];
}
