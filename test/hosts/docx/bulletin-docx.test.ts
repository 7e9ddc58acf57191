import { unzipSync, strFromU8 } from "fflate";
import { bulletinDocx, DOCX_FONTS } from "../../../src/hosts/docx/bulletin-docx";
import type { BulletinDraft } from "../../../src/workbook/bulletin-draft/draft-types";

const DRAFT: BulletinDraft = {
  period: "2026-03",
  title: "关于2026年3月接诉即办工作情况的通报",
  paragraphs: [
    { kind: "body", text: "根据《吉林省接诉即办“月通报、季排名、年考核”工作制度（试行）》，现将2026年3月各地接诉即办受理、派单、办理等工作情况通报如下。" },
    { kind: "heading", text: "一、总体情况" },
    { kind: "body", text: "2026年3月，各地接诉即办管理机构共受理诉求10000件，及时受理9300件，接通率93.00%；R&D <测试>。" },
  ],
  tables: [
    {
      group: "市州",
      caption: "附表1  市州综合得分排名（2026年3月）",
      columns: ["名次", "地区", "综合得分", "上期得分", "上期名次", "名次变化"],
      rows: [
        ["1", "长春市", "93.27", "90.00", "3", "↑2"],
        ["2", "吉林市", "92.10", "", "", ""],
      ],
    },
  ],
};

/** The text of every w:t run of an XML part, run by run. */
const texts = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

describe("bulletinDocx", () => {
  let parts: Record<string, Uint8Array>;
  let document: string;

  beforeAll(async () => {
    const bytes = await bulletinDocx(DRAFT);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(strFromU8(bytes.slice(0, 2))).toBe("PK");
    parts = unzipSync(bytes);
    document = strFromU8(parts["word/document.xml"]);
  });

  it("is a Word package with its main parts", () => {
    for (const part of ["[Content_Types].xml", "word/document.xml", "word/styles.xml", "word/fontTable.xml"]) expect(parts[part]).toBeDefined();
  });

  it("holds the title and every paragraph, in order, with text escaped", () => {
    const all = texts(document).map(unescape);
    const expected = [DRAFT.title, ...DRAFT.paragraphs.map((p) => p.text), DRAFT.tables[0].caption];
    let from = 0;
    for (const text of expected) {
      const at = all.indexOf(text, from);
      expect(at).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
    expect(document).toContain("R&amp;D &lt;测试&gt;");
  });

  it("holds each group's ranking table: header row repeated on every page, one row per region", () => {
    const table = document.slice(document.indexOf("<w:tbl>"), document.indexOf("</w:tbl>"));
    const rows = table.split("<w:tr>").slice(1).map(texts);
    expect(rows).toEqual([DRAFT.tables[0].columns, ...DRAFT.tables[0].rows]);
    expect(table).toContain("<w:tblHeader/>");
  });

  it("is A4 portrait with official-document margins and a page number in the footer", () => {
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    const footer = Object.keys(parts).find((p) => /^word\/footer\d*\.xml$/.test(p))!;
    expect(strFromU8(parts[footer])).toMatch(/PAGE/);
  });

  it("sets the title in 方正小标宋简体 二号, headings in 黑体, body text in 仿宋 三号", () => {
    const runOf = (text: string) => {
      const at = document.indexOf(`>${text}</w:t>`);
      return document.slice(document.lastIndexOf("<w:r>", at), at);
    };
    expect(runOf(DRAFT.title)).toContain(`w:eastAsia="${DOCX_FONTS.title}"`);
    expect(runOf(DRAFT.title)).toContain('<w:sz w:val="44"/>');
    expect(runOf("一、总体情况")).toContain(`w:eastAsia="${DOCX_FONTS.heading}"`);
    expect(runOf(DRAFT.paragraphs[0].text)).toContain(`w:eastAsia="${DOCX_FONTS.body}"`);
    expect(runOf(DRAFT.paragraphs[0].text)).toContain('<w:sz w:val="32"/>');
  });

  it("tells Word to use 黑体 where 方正小标宋简体 is not installed", () => {
    const fonts = strFromU8(parts["word/fontTable.xml"]);
    expect(fonts).toMatch(new RegExp(`<w:font w:name="${DOCX_FONTS.title}"><w:altName w:val="黑体"/>`));
    expect(fonts).toMatch(/<w:font w:name="仿宋"><w:altName w:val="仿宋_GB2312"\/>/);
  });
});
