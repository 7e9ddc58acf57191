/**
 * The bulletin draft as a Word document (`--docx`, the web page's download): title, paragraphs, then
 * each 排名分组's ranking table, with the look of a Chinese official document (GB/T 9704): A4, 仿宋 三号
 * body text on a fixed 28-point line, 黑体 headings, 方正小标宋简体 二号 title (黑体 where it is not
 * installed), 小四 tables, page numbers `— 1 —` in the footer. No Node API: the web page bundles it too.
 */
import {
  AlignmentType, BorderStyle, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, Table, TableCell,
  TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType,
} from "docx";
import type { BulletinDraft, DraftGroupTable, DraftParagraph } from "../../workbook/bulletin-draft/draft-types";

/** Font names as Word knows them; the font table maps each to its alternative (see FONT_TABLE). */
export const DOCX_FONTS = { body: "仿宋", heading: "黑体", title: "方正小标宋简体" } as const;

/** Sizes in half-points: 二号 22 pt, 三号 16 pt, 小四 12 pt (tables and page numbers: four-character headers fit one line). */
const SIZE = { title: 44, body: 32, table: 24 } as const;

/** A4 in twips, margins of GB/T 9704 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm). */
const PAGE = { width: 11906, height: 16838, top: 2098, bottom: 1984, left: 1587, right: 1474 } as const;
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** Fixed line height of the body text: 28 points. */
const LINE = { line: 560, lineRule: LineRuleType.EXACT } as const;

/** Column widths of a ranking table (名次, 地区, score, 上期得分, 上期名次, 名次变化) as parts of the text width. */
const COLUMN_PARTS = [10, 30, 15, 15, 15, 15] as const;

const font = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });

/**
 * Word substitutes a font that is not installed by the description here: 方正小标宋简体 falls back to
 * 黑体, 仿宋 is also known as 仿宋_GB2312 / FangSong. Replaces the package's empty font table.
 */
const FONT_TABLE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:font w:name="${DOCX_FONTS.body}"><w:altName w:val="仿宋_GB2312"/><w:panose1 w:val="02010609060101010101"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>
<w:font w:name="${DOCX_FONTS.heading}"><w:altName w:val="SimHei"/><w:panose1 w:val="02010609060101010101"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>
<w:font w:name="${DOCX_FONTS.title}"><w:altName w:val="${DOCX_FONTS.heading}"/><w:panose1 w:val="02010609060101010101"/><w:charset w:val="86"/><w:family w:val="script"/><w:pitch w:val="fixed"/></w:font>
</w:fonts>`;

function titleParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 560, line: 700, lineRule: LineRuleType.EXACT },
    children: [new TextRun({ text, font: font(DOCX_FONTS.title), size: SIZE.title })],
  });
}

/** A body paragraph indented two characters, or a heading (一、…) in 黑体, both on the 28-point line. */
function textParagraph(p: DraftParagraph): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: LINE,
    indent: { firstLine: 2 * SIZE.body * 10 },
    children: [new TextRun({ text: p.text, font: font(p.kind === "heading" ? DOCX_FONTS.heading : DOCX_FONTS.body), size: SIZE.body })],
  });
}

const THIN = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };

function cell(text: string, width: number, header: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text, font: font(header ? DOCX_FONTS.heading : DOCX_FONTS.body), size: SIZE.table })],
      }),
    ],
  });
}

function rankingTable(t: DraftGroupTable, first: boolean): (Paragraph | Table)[] {
  const total = COLUMN_PARTS.reduce((a, b) => a + b, 0);
  const widths = COLUMN_PARTS.map((p) => Math.floor((TEXT_WIDTH * p) / total));
  const row = (values: readonly string[], header: boolean) =>
    new TableRow({ tableHeader: header, cantSplit: true, children: values.map((v, i) => cell(v, widths[i], header)) });
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      pageBreakBefore: first,
      spacing: { before: first ? 0 : 480, after: 240 },
      children: [new TextRun({ text: t.caption, font: font(DOCX_FONTS.heading), size: SIZE.body })],
    }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: BORDERS,
      rows: [row(t.columns, true), ...t.rows.map((r) => row(r, false))],
    }),
  ];
}

/** `— 1 —`, centred, as official documents number their pages. */
function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: font(DOCX_FONTS.body), size: SIZE.table })],
      }),
    ],
  });
}

/** The Word document of a draft (see the module comment). */
export function bulletinDocument(draft: BulletinDraft): Document {
  return new Document({
    creator: "接诉即办赋分",
    title: draft.title,
    styles: { default: { document: { run: { font: font(DOCX_FONTS.body), size: SIZE.body } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: 851, footer: 992 },
          },
        },
        footers: { default: pageNumberFooter() },
        children: [
          titleParagraph(draft.title),
          ...draft.paragraphs.map(textParagraph),
          ...draft.tables.flatMap((t, i) => rankingTable(t, i === 0)),
        ],
      },
    ],
  });
}

/**
 * The .docx file of a bulletin draft, as bytes (Node and the browser alike).
 * @example await bulletinDocx(outcome.draft!) // Uint8Array starting with "PK"
 */
export async function bulletinDocx(draft: BulletinDraft): Promise<Uint8Array> {
  return Packer.pack(bulletinDocument(draft), "uint8array", false, [{ path: "word/fontTable.xml", data: FONT_TABLE }]);
}
