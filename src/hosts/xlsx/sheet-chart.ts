/**
 * The bar chart of a ranking sheet (`table.chart`) as a drawing part and a chart part, laid out as
 * the Office host draws it: clustered horizontal bars of the value column by the category column,
 * no legend, placed right of the table from the header row down.
 */
import { columnLetters } from "../../workbook/problem";
import type { OutputTable } from "../../workbook/output-table";
import { FIRST_DATA_ROW, HEADER_ROW, quotedSheetName } from "./sheet-xml";
import { escapeXml } from "./xml-scan";

export const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const DRAWING_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
export const CHART_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";

/** Rows a chart spans at least, and the columns it is wide (as the Office host). */
const CHART_MIN_ROWS = 16;
const CHART_WIDTH_COLS = 8;

/** True when the table gets a chart (a chart needs data rows). */
export const hasChart = (table: OutputTable): boolean => table.chart !== null && table.rows.length > 0 && table.columns.length > 0;

/** The drawing part: one anchored frame pointing at the chart through relationship `rId1`. */
export function drawingXml(table: OutputTable): string {
  const width = table.columns.length;
  const bottom = HEADER_ROW - 1 + Math.max(CHART_MIN_ROWS, table.rows.length + 2);
  const anchor = (col: number, row: number) => `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${anchor(width + 1, HEADER_ROW - 1)}</xdr:from><xdr:to>${anchor(width + CHART_WIDTH_COLS, bottom)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeXml(table.chart?.title ?? "图表")}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/>' +
    "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>"
  );
}

/** The chart part: the series refers to the sheet's cells (Excel and LibreOffice read the values from there). */
export function chartXml(table: OutputTable): string {
  const chart = table.chart!;
  const sheet = quotedSheetName(table.name);
  const last = HEADER_ROW + table.rows.length;
  const column = (c: number) => `$${columnLetters(c)}$${FIRST_DATA_ROW}:$${columnLetters(c)}$${last}`;
  const f = (ref: string) => `<c:f>${escapeXml(`${sheet}!${ref}`)}</c:f>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef>${f(`$${columnLetters(chart.valueCol)}$${HEADER_ROW}`)}</c:strRef></c:tx>` +
    '<c:invertIfNegative val="0"/>' +
    `<c:cat><c:strRef>${f(column(chart.categoryCol))}</c:strRef></c:cat><c:val><c:numRef>${f(column(chart.valueCol))}</c:numRef></c:val></c:ser>` +
    '<c:gapWidth val="50"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>' +
    '<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>' +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/>' +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    '<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/>' +
    '<c:numFmt formatCode="0.00" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>' +
    '</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}
