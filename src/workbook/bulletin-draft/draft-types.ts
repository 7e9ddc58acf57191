/**
 * The bulletin draft (`2026-03 通报稿`, WORKBOOK.md "Trends, hints and the bulletin draft"): display-ready
 * text shared by the sheet, the Word document and the web page. Numbers are already formatted (2
 * decimals, percentages), so every host shows the same characters.
 */

/** `heading`: 一、总体情况 …; `body`: a paragraph of text. */
export interface DraftParagraph {
  kind: "heading" | "body";
  text: string;
}

/** One region in its group's ranking table, every cell as text (blank = ""). */
export type DraftRankingRow = [名次: string, 地区: string, 得分: string, 上期得分: string, 上期名次: string, 名次变化: string];

/** The region ranking table of one 排名分组 (all its regions, ranked first in rank order). */
export interface DraftGroupTable {
  group: string;
  /** e.g. `附表1 市州综合得分排名`. */
  caption: string;
  /** `名次, 地区, 综合得分 (季度得分/年度得分), 上期得分, 上期名次, 名次变化`. */
  columns: string[];
  rows: DraftRankingRow[];
}

export interface BulletinDraft {
  /** The period label, e.g. `2026-03`. */
  period: string;
  /** e.g. `关于2026年3月接诉即办工作情况的通报`. */
  title: string;
  paragraphs: DraftParagraph[];
  tables: DraftGroupTable[];
}
