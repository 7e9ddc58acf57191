/**
 * The formats queued after an output sheet's values: title and header style, column widths,
 * frozen header rows, an Excel table with filter buttons, a colour scale on score columns and,
 * on ranking sheets, a bar chart. Queued only: the caller syncs them with the sheet's last block.
 */
import type { OutputTable } from "../../workbook/output-table";
import { columnWidthPoints, FIRST_DATA_ROW, HEADER_FILL, HEADER_ROW } from "./sheet-cells";

const TITLE_SIZE = 13;
/** Red (lowest) → yellow (median) → green (highest), Excel's own three-colour scale. */
const SCORE_SCALE = {
  minimum: { formula: null, type: "lowestValue", color: "#F8696B" },
  midpoint: { formula: "50", type: "percentile", color: "#FFEB84" },
  maximum: { formula: null, type: "highestValue", color: "#63BE7B" },
};
/** Rows a chart spans at least, and per bar. */
const CHART_MIN_ROWS = 16;
const CHART_WIDTH_COLS = 8;

/** Consecutive columns of equal width, so each run is one operation. */
function widthRuns(table: OutputTable): Array<{ col: number; count: number; points: number }> {
  const runs: Array<{ col: number; count: number; points: number }> = [];
  table.columns.forEach((c, col) => {
    const points = columnWidthPoints(c.width);
    const last = runs[runs.length - 1];
    if (last && last.points === points && last.col + last.count === col) last.count++;
    else runs.push({ col, count: 1, points });
  });
  return runs;
}

/** Queues every format of an output sheet whose values are (being) written. */
export function queueSheetFormats(sheet: Excel.Worksheet, table: OutputTable, tableName: string): void {
  const width = table.columns.length;
  const rows = table.rows.length;
  const title = sheet.getRangeByIndexes(0, 0, 1, 1).format.font;
  title.bold = true;
  title.size = TITLE_SIZE;
  const header = sheet.getRangeByIndexes(HEADER_ROW, 0, 1, width).format;
  header.font.bold = true;
  header.fill.color = HEADER_FILL;
  header.wrapText = true;
  for (const run of widthRuns(table)) sheet.getRangeByIndexes(0, run.col, 1, run.count).format.columnWidth = run.points;
  sheet.freezePanes.freezeRows(FIRST_DATA_ROW);
  if (rows === 0) return;

  const excelTable = sheet.tables.add(sheet.getRangeByIndexes(HEADER_ROW, 0, rows + 1, width), true);
  excelTable.name = tableName;
  excelTable.style = "TableStyleLight9";
  excelTable.showFilterButton = true;
  const dataColumn = (col: number) => sheet.getRangeByIndexes(FIRST_DATA_ROW, col, rows, 1);
  for (const col of table.scoreColumns) {
    const cf = dataColumn(col).conditionalFormats.add("ColorScale" as Excel.ConditionalFormatType);
    cf.colorScale.criteria = SCORE_SCALE as unknown as Excel.ConditionalColorScaleCriteria;
  }
  if (table.chart) {
    const chart = sheet.charts.add("BarClustered" as Excel.ChartType, dataColumn(table.chart.valueCol), "Columns" as Excel.ChartSeriesBy);
    const series = chart.series.getItemAt(0);
    series.setXAxisValues(dataColumn(table.chart.categoryCol));
    series.name = table.columns[table.chart.valueCol].header;
    chart.title.text = table.chart.title;
    chart.legend.visible = false;
    const bottom = HEADER_ROW + Math.max(CHART_MIN_ROWS, rows + 2);
    chart.setPosition(sheet.getRangeByIndexes(HEADER_ROW, width + 1, 1, 1), sheet.getRangeByIndexes(bottom, width + CHART_WIDTH_COLS, 1, 1));
  }
}
