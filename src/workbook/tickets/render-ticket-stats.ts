/** The `YYYY-MM 工单统计` output sheet: the derived counts per body and unit, for checking. */
import { UNIT_COUNT_FIELDS, type Month } from "../../engine/types";
import { TOOL_MARK, type OutputColumn, type OutputTable, type OutputValue } from "../output-table";
import { printLayout } from "../render/print";
import { DERIVED_BODY_FIELDS } from "./ticket-sheets";
import type { DerivedStats } from "./ticket-types";

const COUNT_FIELDS = [...DERIVED_BODY_FIELDS, ...UNIT_COUNT_FIELDS] as const;

/** Sheet name of the derived statistics of a month: `2026-03 工单统计`. */
export function ticketStatsSheetName(month: Month): string {
  return `${month} 工单统计`;
}

/**
 * One row per body (类别 管理机构: 工单办理总量, 及时派发工单量) and per unit (类别 承办单位: the
 * 办理统计 counts) that the export places in the month; a blank cell is a count that does not apply
 * to the 类别 or is not derived (its columns are absent).
 */
export function renderTicketStatsTable(month: Month, derived: DerivedStats): OutputTable {
  const columns: OutputColumn[] = [
    { header: "类别", kind: "text", width: 10 },
    { header: "单位", kind: "text", width: 30 },
    ...COUNT_FIELDS.map((f): OutputColumn => ({ header: f, kind: "integer", width: Math.max(10, f.length * 2 + 2) })),
  ];
  const rows: OutputValue[][] = [];
  for (const b of derived.bodies.filter((s) => s.month === month)) {
    const counts = b.counts as Record<string, number | null>;
    rows.push(["管理机构", b.subject, ...COUNT_FIELDS.map((f) => counts[f] ?? null)]);
  }
  for (const u of derived.units.filter((s) => s.month === month)) {
    const counts = u.counts as Record<string, number | null>;
    rows.push(["承办单位", u.subject, ...COUNT_FIELDS.map((f) => counts[f] ?? null)]);
  }
  const title = `${TOOL_MARK}${month} 工单统计（由工单明细推算；空白为不适用或未推算）`;
  return {
    name: ticketStatsSheetName(month),
    title,
    columns,
    rows,
    scoreColumns: [],
    chart: null,
    // 类别 and 单位 repeat on every page, like the name column of the score sheets.
    print: printLayout({ kind: "wide", repeatColumns: 2 }, title),
  };
}
