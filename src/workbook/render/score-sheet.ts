import type Decimal from "decimal.js";
import type { MonthTrends } from "../../engine/trends";
import type { ItemResult, MonthResult, SubjectKind, SubjectMonthResult } from "../../engine/types";
import { d, fmt } from "../../engine/decimal";
import { BASE_ITEMS } from "../../engine/rubric-items";
import type { OutputColumn, OutputTable, OutputValue } from "../output-table";
import { column, table, WIDTH } from "./columns";
import { num } from "./format";
import { byGroupThenRank } from "./order";
import { subjectNote } from "./subject-note";
import { scoreSheetName } from "./sheet-names";
import { hintCell, hintColumn, trendCells, trendColumns, trendOfRow } from "./trend-cells";

interface ItemColumn {
  code: string;
  header: string;
}

const header = (name: string, full: Decimal) => `${name}(${fmt(full)})`;

/**
 * One column per base item: the rubric's items of the kind (so an empty month still shows them),
 * then any other item the engine returned; headers from the engine's ItemResult where present.
 * A subject missing an item gets a blank cell rather than a shifted row. Header: `接通率(20)`.
 */
export function itemColumns(kind: SubjectKind, subjects: readonly SubjectMonthResult[]): ItemColumn[] {
  // The last result of each code names its column; headers are built once per column, not per subject.
  const named = new Map<string, { name: string; full: Decimal }>(
    BASE_ITEMS[kind].map((i) => [i.code, { name: i.name, full: d(i.full) }]),
  );
  for (const s of subjects) for (const item of s.items) named.set(item.code, item);
  return [...named].map(([code, { name, full }]) => ({ code, header: header(name, full) }));
}

/**
 * A row's item scores in column order. The engine returns the items in column order, so the item at
 * the same position is tried first; the look-up by code is for anything else (a missing item stays blank).
 */
function itemScores(columns: readonly ItemColumn[], items: readonly ItemResult[]): (number | null)[] {
  let byCode: Map<string, ItemResult> | null = null;
  return columns.map((column, i) => {
    if (items[i]?.code === column.code) return num(items[i].score);
    byCode ??= new Map(items.map((item) => [item.code, item]));
    return num(byCode.get(column.code)?.score);
  });
}

const FINAL = "最终得分";

/**
 * `2026-03 管理机构得分` / `2026-03 承办单位得分`: one row per scored subject (participating or not)
 * with every item score, 基础分, 加分, 减分, 最终得分, (units) 排名分组 and 排名, 上期得分, 上期名次,
 * 名次变化 (against the month before, from `trends`), 说明 and 达标差距.
 * Units are listed group by group in rank order, unranked ones after.
 */
export function scoreSheet(month: MonthResult, kind: SubjectKind, trends?: MonthTrends): OutputTable {
  const isUnit = kind === "unit";
  const subjects = isUnit
    ? byGroupThenRank(month.units, (s) => s.subject.group, (s) => s.rank)
    : [...month.bodies];
  const items = itemColumns(kind, subjects);

  const columns: OutputColumn[] = [
    column("单位", "text", WIDTH.subject),
    column("所属地区", "text", WIDTH.region),
    ...(isUnit ? [column("排名分组", "text", WIDTH.group)] : []),
    ...items.map((i) => column(i.header, "score")),
    column("基础分", "score"),
    column("加分", "score"),
    column("减分", "score"),
    column(FINAL, "score"),
    ...(isUnit ? [column("排名", "rank")] : []),
    ...trendColumns(),
    column("说明", "text", WIDTH.note),
    hintColumn(),
  ];

  const rows = subjects.map((s): OutputValue[] => {
    return [
      s.subject.name,
      s.subject.region,
      ...(isUnit ? [s.subject.group] : []),
      ...itemScores(items, s.items),
      num(s.base),
      num(s.bonus),
      num(s.penalty),
      num(s.final),
      ...(isUnit ? [s.rank] : []),
      ...trendCells(trendOfRow(trends, kind, s.subject.name)),
      subjectNote(s),
      hintCell(trends?.hints.get(s.subject.name) ?? []),
    ];
  });

  const subtitle = "最终得分 = 基础分 + 加分 − 减分";
  return table(scoreSheetName(month.month, kind), columns, rows, {
    subtitle,
    scoreHeaders: [FINAL],
    print: { kind: "wide", repeatColumns: 1 },
  });
}
