import type { PeriodResult, PeriodScore } from "../../engine/types";
import type { OutputTable, OutputValue } from "../output-table";
import { column, table, WIDTH } from "./columns";
import { num, textOrNull } from "./format";
import { byGroupThenRank, regionGroupOrder } from "./order";
import { rankingSheetName } from "./sheet-names";
import { trendCells, trendColumns, trendOfRow } from "./trend-cells";

const KIND_LABEL: Record<PeriodScore["kind"], string> = { region: "地区", body: "管理机构", unit: "承办单位" };

/** A region without 排名分组 is ranked in 未分组 (RUBRIC §6). */
const UNGROUPED = "未分组";

/**
 * The rows of a ranking sheet in reading order: regions group by group (top of the hierarchy first,
 * as seen in the monthly results) in rank order, then bodies,
 * then units group by group in rank order (unranked units last).
 */
export function rankingOrder(result: PeriodResult): PeriodScore[] {
  const monthly = result.months.flatMap((m) => m.regions);
  const order = regionGroupOrder(monthly, (r) => r.region, (r) => r.group);
  return [
    ...byGroupThenRank(result.regions, (r) => r.group ?? UNGROUPED, (r) => r.rank, order),
    ...result.bodies,
    ...byGroupThenRank(result.units, (u) => u.group, (u) => u.rank),
  ];
}

/**
 * `2026Q1 季度排名` / `2026 年度考核`: one row per region, body and unit: 排名, 名称 and the period score
 * (mean of the monthly scores present) first, then 上期得分 / 上期名次 / 名次变化 against the previous quarter
 * or year, 类别, 排名分组, 所属地区 (a region's 上级地区), one column per month, the months it lacks, and note.
 * Null for a month period.
 */
export function rankingSheet(result: PeriodResult): OutputTable | null {
  const { period } = result;
  const name = rankingSheetName(period);
  if (name === null) return null;
  const scoreHeader = period.kind === "quarter" ? "季度得分" : "年度得分";
  // 排名, 名称 and the score lead: the printed page (one page wide) starts with what its reader looks for.
  const columns = [
    column("排名", "rank"),
    column("名称", "text", WIDTH.subject),
    column(scoreHeader, "score"),
    ...trendColumns(),
    column("类别", "text", 10),
    column("排名分组", "text", WIDTH.group),
    column("所属地区", "text", WIDTH.region),
    ...period.months.map((m) => column(m, "score")),
    column("缺少月份", "text", 20),
    column("说明", "text", 40),
  ];
  const parentOf = new Map(result.months.flatMap((m) => m.regions.map((r) => [r.region.name, r.region.parent])));
  const rows = rankingOrder(result).map((p): OutputValue[] => [
    p.rank,
    p.name,
    num(p.score),
    ...trendCells(trendOfRow(result.trends, p.kind, p.name)),
    KIND_LABEL[p.kind],
    p.kind === "region" ? (p.group ?? UNGROUPED) : p.group,
    p.kind === "region" ? (parentOf.get(p.name) ?? null) : p.region,
    ...period.months.map((m) => num(p.months.get(m))),
    p.missing.length === 0 ? null : p.missing.join("、"),
    textOrNull(p.note),
  ]);
  return table(name, columns, rows, {
    subtitle: `${scoreHeader} = 各月得分的平均值；承办单位只计参与工单办理的月份；各月明细见各月结果表（计算时选择“同时写入各月结果表”或 --with-months 才写入）`,
    scoreHeaders: [scoreHeader],
    print: { kind: "ranking" },
  });
}
