import { TOOL_MARK, type PrintLayout } from "../output-table";

/**
 * How each kind of output sheet prints (always A4; the hosts add page numbers in the footer):
 * - `ranking` (地区综合, 月通报, 季度排名, 年度考核): landscape, every column scaled onto one page wide;
 *   名次, name and score lead, so nothing needs repeating sideways;
 * - `wide` (管理机构得分, 承办单位得分, 工单统计): landscape, scaled onto at most PAGES_WIDE pages wide
 *   (at full size their long 说明/达标差距 rows repeated their height on every strip of columns: the
 *   demo printed 42 pages of 承办单位得分 instead of 9), the name column(s) and header row on every page;
 * - `text` (通报稿, 计算说明): one page wide, portrait or landscape.
 * The title never repeats as a row (it prints cut on later pages): it goes into the page header.
 */
export type PrintKind =
  | { kind: "ranking" }
  | { kind: "wide"; repeatColumns: number }
  | { kind: "text"; orientation: PrintLayout["orientation"]; repeatHeaderRow: boolean };

/** Pages wide of the wide score sheets: about 80 % of full size on landscape A4, still easy to read. */
export const PAGES_WIDE = 3;

/** The page-header text of a title: the title without the tool mark. */
export function pageHeaderOf(title: string): string {
  return title.startsWith(TOOL_MARK) ? title.slice(TOOL_MARK.length) : title;
}

/** The PrintLayout of a sheet of that kind and title. */
export function printLayout(print: PrintKind, title: string): PrintLayout {
  const pageHeader = pageHeaderOf(title);
  switch (print.kind) {
    case "ranking":
      return { orientation: "landscape", fitToWidth: true, repeatColumns: 0, repeatHeaderRow: true, pageHeader };
    case "wide":
      return { orientation: "landscape", fitToWidth: true, pagesWide: PAGES_WIDE, repeatColumns: print.repeatColumns, repeatHeaderRow: true, pageHeader };
    case "text":
      return { orientation: print.orientation, fitToWidth: true, repeatColumns: 0, repeatHeaderRow: print.repeatHeaderRow, pageHeader };
  }
}
