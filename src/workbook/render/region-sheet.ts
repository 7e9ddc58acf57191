import type { MonthTrends } from "../../engine/trends";
import type { MonthResult } from "../../engine/types";
import type { OutputTable, OutputValue } from "../output-table";
import { column, table, WIDTH } from "./columns";
import { num, textOrNull } from "./format";
import { byGroupThenRank, regionGroupOrder } from "./order";
import { monthSheetName } from "./sheet-names";
import { trendCells, trendColumns, trendOfRow } from "./trend-cells";

const COMPOSITE = "综合得分";

/**
 * `2026-03 地区综合`: per region (排名, 地区 and 综合得分 first, then 上期得分 / 上期名次 / 名次变化 against
 * the month before) the body score, the units part and the number of units counted, sorted by group then
 * rank; 说明 says why a composite is blank. Charted by 地区.
 */
export function regionSheet(month: MonthResult, trends?: MonthTrends): OutputTable {
  // 排名, 地区 and 综合得分 lead: the printed page (one page wide) starts with what its reader looks for.
  const columns = [
    column("排名", "rank"),
    column("地区", "text", WIDTH.region),
    column(COMPOSITE, "score"),
    ...trendColumns(),
    column("排名分组", "text", WIDTH.group),
    column("管理机构", "text", WIDTH.subject),
    column("管理机构得分", "score"),
    column("承办单位部分", "score"),
    column("参与单位数", "integer"),
    column("说明", "text", 40),
  ];
  const order = regionGroupOrder(month.regions, (r) => r.region, (r) => r.group);
  const regions = byGroupThenRank(month.regions, (r) => r.group, (r) => r.rank, order);
  const rows = regions.map((r): OutputValue[] => [
    r.rank,
    r.region.name,
    num(r.composite),
    ...trendCells(trendOfRow(trends, "region", r.region.name)),
    r.group,
    r.body,
    num(r.bodyScore),
    num(r.unitsScore),
    r.unitCount,
    textOrNull(r.note),
  ]);
  const name = monthSheetName(month.month, "地区综合");
  return table(name, columns, rows, {
    subtitle: "综合得分 = 管理机构权重 × 管理机构得分 + 承办单位权重 × 承办单位部分",
    scoreHeaders: [COMPOSITE],
    chart: { title: `${month.month} 地区综合得分`, categoryHeader: "地区", valueHeader: COMPOSITE },
    print: { kind: "ranking" },
  });
}
