/**
 * The string values of the Excel enums the fake accepts, copied from the `@types/office-js` typings
 * (node_modules/@types/office-js/index.d.ts, `declare namespace Excel`, e.g. `enum ChartType`).
 * Excel refuses any other string with InvalidArgument; the fake does the same, so a misspelt or
 * camelCase value (`"lowestValue"` for `"LowestValue"`) fails a test instead of failing in Excel.
 * test/hosts/fake/excel-enums.test.ts checks these lists against the installed typings.
 */
import { FakeExcelError } from "./fake-error";

/** `Excel.ConditionalFormatType`. */
export const CONDITIONAL_FORMAT_TYPE = ["Custom", "DataBar", "ColorScale", "IconSet", "TopBottom", "PresetCriteria", "ContainsText", "CellValue"] as const;

/** `Excel.ConditionalFormatColorCriterionType`. */
export const CONDITIONAL_FORMAT_COLOR_CRITERION_TYPE = ["Invalid", "LowestValue", "HighestValue", "Number", "Percent", "Formula", "Percentile"] as const;

/** `Excel.ChartType`. */
export const CHART_TYPE = ["Invalid", "ColumnClustered", "ColumnStacked", "ColumnStacked100", "3DColumnClustered", "3DColumnStacked", "3DColumnStacked100", "BarClustered", "BarStacked", "BarStacked100", "3DBarClustered", "3DBarStacked", "3DBarStacked100", "LineStacked", "LineStacked100", "LineMarkers", "LineMarkersStacked", "LineMarkersStacked100", "PieOfPie", "PieExploded", "3DPieExploded", "BarOfPie", "XYScatterSmooth", "XYScatterSmoothNoMarkers", "XYScatterLines", "XYScatterLinesNoMarkers", "AreaStacked", "AreaStacked100", "3DAreaStacked", "3DAreaStacked100", "DoughnutExploded", "RadarMarkers", "RadarFilled", "Surface", "SurfaceWireframe", "SurfaceTopView", "SurfaceTopViewWireframe", "Bubble", "Bubble3DEffect", "StockHLC", "StockOHLC", "StockVHLC", "StockVOHLC", "CylinderColClustered", "CylinderColStacked", "CylinderColStacked100", "CylinderBarClustered", "CylinderBarStacked", "CylinderBarStacked100", "CylinderCol", "ConeColClustered", "ConeColStacked", "ConeColStacked100", "ConeBarClustered", "ConeBarStacked", "ConeBarStacked100", "ConeCol", "PyramidColClustered", "PyramidColStacked", "PyramidColStacked100", "PyramidBarClustered", "PyramidBarStacked", "PyramidBarStacked100", "PyramidCol", "3DColumn", "Line", "3DLine", "3DPie", "Pie", "XYScatter", "3DArea", "Area", "Doughnut", "Radar", "Histogram", "Boxwhisker", "Pareto", "RegionMap", "Treemap", "Waterfall", "Sunburst", "Funnel"] as const;

/** `Excel.ChartSeriesBy`. */
export const CHART_SERIES_BY = ["Auto", "Columns", "Rows"] as const;

/** `Excel.SheetVisibility`. */
export const SHEET_VISIBILITY = ["Visible", "Hidden", "VeryHidden"] as const;

/** `Excel.PageOrientation`. */
export const PAGE_ORIENTATION = ["Portrait", "Landscape"] as const;

/** `Excel.PaperType`. */
export const PAPER_TYPE = ["Letter", "LetterSmall", "Tabloid", "Ledger", "Legal", "Statement", "Executive", "A3", "A4", "A4Small", "A5", "B4", "B5", "Folio", "Quatro", "Paper10x14", "Paper11x17", "Note", "Envelope9", "Envelope10", "Envelope11", "Envelope12", "Envelope14", "Csheet", "Dsheet", "Esheet", "EnvelopeDL", "EnvelopeC5", "EnvelopeC3", "EnvelopeC4", "EnvelopeC6", "EnvelopeC65", "EnvelopeB4", "EnvelopeB5", "EnvelopeB6", "EnvelopeItaly", "EnvelopeMonarch", "EnvelopePersonal", "FanfoldUS", "FanfoldStdGerman", "FanfoldLegalGerman"] as const;

/** `Excel.ClearApplyTo`. */
export const CLEAR_APPLY_TO = ["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks", "ResetContents"] as const;

/** `Excel.RangeCopyType`. */
export const RANGE_COPY_TYPE = ["All", "Formulas", "Values", "Formats", "Link"] as const;

/**
 * Throws InvalidArgument unless `value` is one of the enum's strings (Excel matches them exactly).
 * @example checkEnum("ChartType", CHART_TYPE, "barClustered") // throws: not a ChartType
 */
export function checkEnum(enumName: string, values: readonly string[], value: unknown): void {
  // `Invalid` is what Excel reports for an unset value; the fake never accepts it as input.
  if (typeof value !== "string" || value === "Invalid" || !values.includes(value)) {
    throw new FakeExcelError("InvalidArgument", `${String(value)} is not a valid Excel.${enumName}`);
  }
}
