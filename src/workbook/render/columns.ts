import type { ColumnKind, OutputColumn, OutputTable, OutputValue } from "../output-table";
import { TOOL_MARK } from "../output-table";
import { textWidth } from "./format";
import { printLayout, type PrintKind } from "./print";

const MIN_WIDTH: Record<ColumnKind, number> = { text: 10, score: 9, rate: 9, integer: 9, rank: 6 };

/** A column whose width fits its header (and at least the kind's minimum) unless given. */
export function column(header: string, kind: ColumnKind, width?: number): OutputColumn {
  return { header, kind, width: width ?? Math.max(MIN_WIDTH[kind], textWidth(header) + 2) };
}

/** Widths shared by the sheets, in Excel character units. */
export const WIDTH = { subject: 30, region: 14, group: 10, note: 80 } as const;

/** Options of a table beyond its columns and rows. */
export interface TableOptions {
  /** Text after the sheet name in A1 (e.g. how the scores are computed). */
  subtitle?: string;
  /** Headers of the columns that get the score colour scale. */
  scoreHeaders?: readonly string[];
  chart?: { title: string; categoryHeader: string; valueHeader: string };
  /** How the sheet prints (A4 always); see PrintKind. */
  print: PrintKind;
}

/**
 * Builds an OutputTable whose A1 title starts with TOOL_MARK; score columns and chart are named by
 * header so that a column added later cannot shift them onto the wrong data.
 */
export function table(
  name: string,
  columns: OutputColumn[],
  rows: OutputValue[][],
  options: TableOptions,
): OutputTable {
  const indexOf = (header: string) => {
    const i = columns.findIndex((c) => c.header === header);
    if (i < 0) throw new Error(`table ${name}: no column ${header}`);
    return i;
  };
  const title = options.subtitle ? `${TOOL_MARK}${name}（${options.subtitle}）` : `${TOOL_MARK}${name}`;
  const chart = options.chart
    ? {
        title: options.chart.title,
        categoryCol: indexOf(options.chart.categoryHeader),
        valueCol: indexOf(options.chart.valueHeader),
      }
    : null;
  return {
    name, title, columns, rows, scoreColumns: (options.scoreHeaders ?? []).map(indexOf), chart,
    print: printLayout(options.print, title),
  };
}
