import { hintText, NO_TREND, rankChangeText, trendOf, type PeriodComparison, type RateHint, type Trend, type TrendKind } from "../../engine/trend-text";
import type { OutputColumn, OutputValue } from "../output-table";
import { column, WIDTH } from "./columns";
import { num } from "./format";

/** The RUBRIC §9 headers of WORKBOOK.md "Trends, hints and the bulletin draft". */
export const TREND_HEADERS = { previousScore: "上期得分", previousRank: "上期名次", rankChange: "名次变化" } as const;
export const HINT_HEADER = "达标差距";

/** 上期得分, 上期名次, 名次变化: the columns every score and ranking sheet has after its rank. */
export function trendColumns(): OutputColumn[] {
  return [
    column(TREND_HEADERS.previousScore, "score"),
    column(TREND_HEADERS.previousRank, "rank", 9),
    column(TREND_HEADERS.rankChange, "text", 9),
  ];
}

/** The trend of a row (blank cells when the result carries no trends or the row has none). */
export function trendOfRow(comparison: PeriodComparison | undefined, kind: TrendKind, name: string): Trend {
  return comparison ? trendOf(comparison, kind, name) : NO_TREND;
}

/** The three cells of a trend: 上期得分, 上期名次, 名次变化 (`↑2`, `↓1`, `—`). */
export function trendCells(trend: Trend): OutputValue[] {
  return [num(trend.previous?.score), trend.previous?.rank ?? null, rankChangeText(trend.rankChange)];
}

/** 达标差距: the body and unit sheets of a month have it after 说明. */
export function hintColumn(): OutputColumn {
  return column(HINT_HEADER, "text", WIDTH.note);
}

/** The hints of a row as one text joined with `；`; blank when none. */
export function hintCell(hints: readonly RateHint[]): string | null {
  return hints.length === 0 ? null : hints.map(hintText).join("；");
}
