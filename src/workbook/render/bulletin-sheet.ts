import type { MonthTrends } from "../../engine/trends";
import type { MonthResult } from "../../engine/types";
import type { OutputTable, OutputValue } from "../output-table";
import { column, table, WIDTH } from "./columns";
import { num } from "./format";
import { byGroupThenRank, regionGroupOrder } from "./order";
import { monthSheetName } from "./sheet-names";
import { trendCells, trendColumns, trendOfRow } from "./trend-cells";

/**
 * `2026-03 月通报`: per region (排名, 地区 and 综合得分 first, then the trend against the month before) the
 * pooled volumes and rates (in percent) of the region and every region below it, sorted by group then rank.
 */
export function bulletinSheet(month: MonthResult, trends?: MonthTrends): OutputTable {
  // 排名, 地区 and 综合得分 lead: the printed page (one page wide) starts with what its reader looks for.
  const columns = [
    column("排名", "rank"),
    column("地区", "text", WIDTH.region),
    column("综合得分", "score"),
    ...trendColumns(),
    column("上级地区", "text", WIDTH.region),
    column("排名分组", "text", WIDTH.group),
    column("诉求总量", "integer"),
    column("接通率(%)", "rate"),
    column("工单办理总量", "integer"),
    column("及时派单率(%)", "rate"),
    column("转派工单总量", "integer"),
    column("及时签收率(%)", "rate"),
    column("按时办结率(%)", "rate"),
    column("满意率(%)", "rate"),
  ];
  const order = regionGroupOrder(month.bulletin, (b) => b.region, (b) => b.group);
  const bulletin = byGroupThenRank(month.bulletin, (b) => b.group, (b) => b.rank, order);
  const rows = bulletin.map((b): OutputValue[] => [
    b.rank,
    b.region.name,
    num(b.composite),
    ...trendCells(trendOfRow(trends, "region", b.region.name)),
    b.region.parent,
    b.group,
    b.诉求总量,
    num(b.接通率),
    b.工单办理总量,
    num(b.及时派单率),
    b.转派工单总量,
    num(b.及时签收率),
    num(b.按时办结率),
    num(b.满意率),
  ]);
  return table(monthSheetName(month.month, "月通报"), columns, rows, {
    subtitle: "比率为本地区及下级地区的合计分子 ÷ 合计分母，以百分数表示；空白表示无数据",
    scoreHeaders: ["综合得分"],
    print: { kind: "ranking" },
  });
}
