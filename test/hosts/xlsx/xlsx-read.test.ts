import { openXlsx } from "../../../src/hosts/xlsx/xlsx-file";
import { isDateFormatCode } from "../../../src/hosts/xlsx/package-parts";
import { shiftFormula } from "../../../src/hosts/xlsx/sheet-read";
import { TOOL_MARK } from "../../../src/workbook/output-table";
import { buildXlsx, stylesWith, worksheet } from "./package-builder";

const utc = (...f: [number, number, number, number?, number?]) => new Date(Date.UTC(f[0], f[1] - 1, f[2], f[3] ?? 0, f[4] ?? 0));

describe("openXlsx reads cell values as the grid convention", () => {
  it("reads every cell type: shared, formula string, inline rich text, boolean, error, number, ISO date", async () => {
    const rows =
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="str"><f>A1&amp;"x"</f><v>月份x</v></c>` +
      `<c r="C1" t="inlineStr"><is><r><t>长春</t></r><r><rPr><b/></rPr><t>市</t></r><rPh sb="0" eb="1"><t>ちょう</t></rPh></is></c>` +
      `<c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#N/A</v></c><c r="F1"><v>12.5</v></c><c r="G1" t="d"><v>2026-03-01T09:30:00</v></c>` +
      `<c r="H1" t="s"><v>1</v></c><c r="I1" t="inlineStr"><is><t>a &lt;b&gt; &amp; &#x4E2D;</t></is></c></row>`;
    const book = await openXlsx(buildXlsx({ sheets: [{ name: "台账", rows }], sharedStrings: ["月份", "行1_x000D_行2"] }));
    expect(book.sheets["台账"]).toEqual([["月份", "月份x", "长春市", true, "#N/A", 12.5, utc(2026, 3, 1, 9, 30), "行1\r行2", "a <b> & 中"]]);
  });

  it("turns date-formatted numbers into dates (built-in, CJK, custom) and keeps other numbers", async () => {
    const styles = stylesWith([0, 14, 31, 164, 165, 2, 166], { 164: "yyyy-mm", 165: '0.00"d"', 166: "[$-804]yyyy年m月" });
    const cells = [0, 1, 2, 3, 4, 5, 6].map((s, i) => `<c r="${String.fromCharCode(65 + i)}1" s="${s}"><v>46082</v></c>`).join("");
    const book = await openXlsx(buildXlsx({ sheets: [{ name: "受理统计", rows: `<row r="1">${cells}</row>` }], styles }));
    const march = utc(2026, 3, 1);
    expect(book.sheets["受理统计"]).toEqual([[46082, march, march, march, 46082, 46082, march]]);
  });

  it("honours the 1904 date system", async () => {
    const book = await openXlsx(
      buildXlsx({ sheets: [{ name: "受理统计", rows: `<row r="1"><c r="A1" s="1"><v>44620</v></c></row>` }], styles: stylesWith([0, 14]), workbookPr: '<workbookPr date1904="1"/>' }),
    );
    expect(book.sheets["受理统计"]).toEqual([[utc(2026, 3, 1)]]);
  });

  it("gives a formula's cached value, or its own text when there is none (shared formulas shifted to their cell)", async () => {
    const rows =
      `<row r="2"><c r="C2"><f>A2*2</f><v>4</v></c><c r="D2"><f>SUM(C2:C9)</f></c><c r="E2"><f t="shared" ref="E2:E3" si="0">C2+$A$1</f></c></row>` +
      `<row r="3"><c r="E3"><f t="shared" si="0"/></c></row>`;
    const book = await openXlsx(buildXlsx({ sheets: [{ name: "办理统计", rows }] }));
    expect(book.sheets["办理统计"]).toEqual([[], [null, null, 4, "=SUM(C2:C9)", "=C2+$A$1"], [null, null, null, null, "=C3+$A$1"]]);
  });

  it("keeps sheet row numbers, reads cells without references, and a namespace prefix", async () => {
    const xml =
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>` +
      `<x:row r="1"><x:c t="inlineStr"><x:is><x:t>地区</x:t></x:is></x:c><x:c><x:v>7</x:v></x:c></x:row>` +
      `<x:row r="4"><x:c r="C4"><x:v>3</x:v></x:c></x:row><x:row r="6"><x:c r="A6" s="0"/></x:row></x:sheetData></x:worksheet>`;
    const book = await openXlsx(buildXlsx({ sheets: [{ name: "地区", xml }] }));
    expect(book.sheets["地区"]).toEqual([["地区", 7], [], [], [null, null, 3]]);
  });

  it("reads attributes whose quoted values hold `>` and `'`", async () => {
    const after = `<conditionalFormatting sqref="A1"><cfRule type="containsText" priority="1" operator="containsText" text="a>b's"><formula>NOT(ISERROR(SEARCH("a&gt;b",A1)))</formula></cfRule></conditionalFormatting>`;
    const book = await openXlsx(buildXlsx({ sheets: [{ name: "参数", xml: worksheet('<row r="1"><c r="A1"><v>5</v></c></row>', after) }] }));
    expect(book.sheets["参数"]).toEqual([[5]]);
  });

  it("fills every cell of a merged area with its top-left value", async () => {
    const rows = `<row r="1"><c r="A1" t="inlineStr"><is><t>月份</t></is></c><c r="B1" t="inlineStr"><is><t>单位</t></is></c></row>` +
      `<row r="2"><c r="A2" t="inlineStr"><is><t>2026-03</t></is></c><c r="B2" t="inlineStr"><is><t>甲</t></is></c></row><row r="3"><c r="B3" t="inlineStr"><is><t>乙</t></is></c></row>`;
    const book = await openXlsx(buildXlsx({ sheets: [{ name: "办理统计", xml: worksheet(rows, '<mergeCells count="1"><mergeCell ref="A2:A3"/></mergeCells>') }] }));
    expect(book.sheets["办理统计"]).toEqual([["月份", "单位"], ["2026-03", "甲"], ["2026-03", "乙"]]);
  });

  it("makes grids of the input sheets only (names trimmed), lists every sheet with A1, and skips the tool's sheets", async () => {
    const a1 = (text: string) => `<row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row><row r="2"><c r="A2"><v>1</v></c></row>`;
    const book = await openXlsx(
      buildXlsx({
        sheets: [
          { name: "受理统计 ", rows: a1("月份") },
          { name: "我的备注", rows: a1("备注") },
          { name: "2026-03 地区综合", rows: a1(`${TOOL_MARK}2026-03 地区综合`) },
          { name: "空白", rows: "" },
        ],
      }),
    );
    expect(Object.keys(book.sheets)).toEqual(["受理统计 "]);
    expect(book.sheets["受理统计 "]).toEqual([["月份"], [1]]);
    expect(book.existing).toEqual([
      { name: "受理统计 ", a1: "月份" },
      { name: "我的备注", a1: "备注" },
      { name: "2026-03 地区综合", a1: `${TOOL_MARK}2026-03 地区综合` },
      { name: "空白", a1: null },
    ]);
  });
});

describe("date formats and shared formulas", () => {
  it.each([
    ["yyyy-mm-dd", true],
    ["h:mm", true],
    ["[h]:mm:ss", true],
    ['yyyy"年"m"月"', true],
    ["0.00", false],
    ["General", false],
    ['0"天"', false],
    ['"ymd"0', false],
    ["[Red]0.00", false],
    ["\\d0", false],
    ["#,##0_);(#,##0)", false],
  ])("%s is a date format: %s", (code, date) => expect(isDateFormatCode(code)).toBe(date));

  it("shifts relative references only", () => {
    expect(shiftFormula('SUM(A1:B2)+$C$3+D$4+"A1"+LOG10(E5)', 2, 1)).toBe('SUM(B3:C4)+$C$3+E$4+"A1"+LOG10(F7)');
  });
});
