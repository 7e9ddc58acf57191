/**
 * Generated XML for the reader's property tests: generic documents (any element and attribute
 * names, entities, CDATA, comments, processing instructions, odd but legal spacing), worksheets
 * as producers write them and as they rarely do, and one-character damage to any of them.
 */
import fc from "fast-check";
import { scanXml as referenceScanXml } from "./reference/scan-xml";

const SPACE = fc.constantFrom("", "", "", " ", "\n  ", "\t", "\r\n");
const NAME = fc.constantFrom("a", "b", "x:c", "row", "t", "rPh", "Relationship", "mc:AlternateContent", "_n.1-x");
const ATTR_NAME = fc.constantFrom("r", "s", "t", "xml:space", "Id", "x14ac:dyDescent", "a-b", "r:id");
/** Element text: plain, the five entities, character references, `>` and quotes, CJK, OOXML `_xHHHH_` escapes. */
const TEXT = fc.constantFrom("1", "007", "12.5", " a b ", "长春市", "a &amp; b", "&lt;&gt;&quot;&apos;", "&#x4E2D;&#20013;", "x > y", "it's \"q\"", "行1_x000D_行2", "_x005F_x0041_", "&#10;");
/** Attribute values: as TEXT, with `>` and the other quote allowed inside. */
const VALUE = fc.constantFrom("", "1", "A1", "preserve", "a&amp;b", "&#x41;", "a>b", "3:7", "http://x/y?z=1&amp;w=2");

const attribute = fc.tuple(SPACE, ATTR_NAME, SPACE, SPACE, VALUE, fc.boolean()).map(
  ([ws, name, ws1, ws2, value, single]) => ` ${ws}${name}${ws1}=${ws2}${single ? `'${value.replace(/'/g, "&apos;")}'` : `"${value.replace(/"/g, "&quot;")}"`}`,
);

const startTag = (name: string, attrs: string[], ws: string, selfClosing: boolean) => `<${name}${attrs.join("")}${ws}${selfClosing ? "/>" : ">"}`;

/** A generic XML element tree, `depth` levels at most. */
export const element: (depth: number) => fc.Arbitrary<string> = fc.memo((depth) => {
  const children = depth <= 1 ? fc.constant([] as string[]) : fc.array(fc.oneof({ weight: 3, arbitrary: element(depth - 1) }, { weight: 2, arbitrary: content }), { maxLength: 4 });
  return fc.tuple(NAME, fc.array(attribute, { maxLength: 3 }), SPACE, fc.boolean(), children, SPACE).map(([name, attrs, ws, selfClosing, kids, ws2]) =>
    selfClosing && kids.length === 0 ? startTag(name, attrs, ws, true) : `${startTag(name, attrs, ws, false)}${kids.join("")}</${name}${ws2}>`,
  );
});

const content = fc.oneof(
  { weight: 4, arbitrary: TEXT },
  { weight: 1, arbitrary: fc.constantFrom("<![CDATA[a <b> & c]]>", "<![CDATA[]]>", "<!-- note -->", "<?pi data?>") },
);

/** A whole generic document: prolog, comments, one root element. */
export const document = fc.tuple(fc.constantFrom("", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'), fc.constantFrom("", "<!-- c -->", "\n"), element(4), SPACE).map(
  ([prolog, before, root, after]) => `${prolog}${before}${root}${after}`,
);

const column = (c: number) => {
  let n = c + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};

/** A `<v>` text: digits (the fast path), other numbers as Number() reads them, entities, dates, CDATA, split texts. */
const CELL_VALUE = fc.constantFrom(
  "0", "7", "2", "007", "46082", "123456789", "1234567890", "12.5", "-3", "-0", "1e3", " 12 ", "0x1A", "Infinity", "abc", "",
  "a &amp; b", "&#x31;2", "2026-03-01T09:30:00", "2026-03-01", "TRUE", "1", "#N/A",
  "<![CDATA[12]]>", "1<![CDATA[2]]>", "<!-- c -->3", "4<?pi x?>5",
);

const FORMULA = fc.constantFrom("", "<f>A1*2</f>", '<f t="shared" ref="A1:C9" si="0">B1+$A$1</f>', '<f t="shared" si="0"/>', "<f>A1&amp;\"x\"</f>", '<f t="array" ref="A1">1</f>');

const INLINE = fc.constantFrom(
  "<is><t>地区</t></is>",
  '<is><r><t xml:space="preserve"> 长春 </t></r><r><rPr><b/></rPr><t>市</t></r><rPh sb="0" eb="1"><t>ちょう</t></rPh><phoneticPr fontId="1"/></is>',
  "<is><t>a &lt;b&gt; &amp; &#x4E2D;_x000D_</t></is>",
  "<is/>",
  "<is><t/></is>",
);

/** Mostly well-formed references, sometimes odd ones parseCellRef must judge. */
const ODD_REF = fc.constantFrom("A0", "A01", "a1", "1A", "AAAA1", "A1048577", "XFD1", "XFE1", "A 1", "A1.0", "A1e0", "$A$1", "A-1", "A1&amp;", "", "b2");

interface CellSpec {
  ref: "plain" | "none" | "odd";
  odd: string;
  gap: number;
  type: string | null;
  style: string | null;
  value: string | null;
  formula: string;
  inline: string | null;
  ws: string;
  selfClosing: boolean;
}

const cellSpec: fc.Arbitrary<CellSpec> = fc.record({
  ref: fc.constantFrom("plain", "plain", "plain", "plain", "none", "odd"),
  odd: ODD_REF,
  gap: fc.constantFrom(0, 0, 0, 1, 3),
  type: fc.constantFrom(null, null, "s", "s", "n", "str", "inlineStr", "b", "e", "d", "x"),
  style: fc.constantFrom(null, null, "0", "1", "2", "01", "9", "x", ""),
  value: fc.option(CELL_VALUE, { nil: null }),
  formula: FORMULA,
  inline: fc.option(INLINE, { nil: null }),
  ws: SPACE,
  selfClosing: fc.boolean(),
}) as fc.Arbitrary<CellSpec>;

interface RowSpec {
  gap: number;
  numbered: boolean;
  extra: string;
  cells: CellSpec[];
}

const rowSpec: fc.Arbitrary<RowSpec> = fc.record({
  gap: fc.constantFrom(0, 0, 0, 1, 2),
  numbered: fc.constantFrom(true, true, true, false),
  extra: fc.constantFrom("", ' spans="1:3"', ' spans="1:3" x14ac:dyDescent="0.25"', " ht='15' customHeight='1'"),
  cells: fc.array(cellSpec, { maxLength: 6 }),
});

function cellXml(c: CellSpec, p: string, row: number, col: number): string {
  const ref = c.ref === "plain" ? ` r="${column(col)}${row + 1}"` : c.ref === "odd" ? ` r="${c.odd}"` : "";
  const attrs = `${ref}${c.style === null ? "" : ` s="${c.style}"`}${c.type === null ? "" : ` t="${c.type}"`}`;
  const body = `${c.formula.replace(/<(\/?)f/g, `<$1${p}f`)}${c.value === null ? "" : `<${p}v>${c.value}</${p}v>`}${c.inline === null ? "" : c.inline.replace(/<(\/?)(is|t|r|rPr|b|rPh|phoneticPr)\b/g, `<$1${p}$2`)}`;
  return body === "" && c.selfClosing ? `<${p}c${attrs}${c.ws}/>` : `<${p}c${attrs}${c.ws}>${body}</${p}c>`;
}

/** A worksheet document: optional `x:` prefix, rows with and without numbers, comments, merged areas. */
export const worksheetXml = fc
  .record({
    prefixed: fc.boolean(),
    rows: fc.array(rowSpec, { maxLength: 6 }),
    merges: fc.array(fc.constantFrom("A1:B2", "A2:A4", "B1:C1", "C3:E3", "A1", "B2:B2", "D1:D9"), { maxLength: 2 }),
    comment: fc.constantFrom("", "<!-- rows -->", "\n"),
  })
  .map(({ prefixed, rows, merges, comment }) => {
    const p = prefixed ? "x:" : "";
    let row = -1;
    const rowXml = rows.map((r) => {
      row += 1 + r.gap;
      let col = -1;
      const cells = r.cells.map((c) => {
        col += 1 + c.gap;
        return cellXml(c, p, row, col);
      });
      return `<${p}row${r.numbered ? ` r="${row + 1}"` : ""}${r.extra}>${cells.join("")}</${p}row>${comment}`;
    });
    const mergeXml = merges.length ? `<${p}mergeCells count="${merges.length}">${merges.map((m) => `<${p}mergeCell ref="${m}"/>`).join("")}</${p}mergeCells>` : "";
    const ns = prefixed ? 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"' : 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${ns} xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"><${p}sheetData>${rowXml.join("")}</${p}sheetData>${mergeXml}</${p}worksheet>`;
  });

/** One character of the text removed, replaced or inserted, or the text cut short. */
export const damaged = (xml: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(xml, fc.nat(), fc.constantFrom("cut", "delete", "insert", "replace"), fc.constantFrom("<", ">", "/", "&", '"', "'", "=", " ", "a", "]")).map(([text, at, how, ch]) => {
    const i = text.length === 0 ? 0 : at % text.length;
    if (how === "cut") return text.slice(0, i);
    if (how === "delete") return text.slice(0, i) + text.slice(i + 1);
    if (how === "insert") return text.slice(0, i) + ch + text.slice(i);
    return text.slice(0, i) + ch + text.slice(i + 1);
  });

/** Characters no XML name holds: the reference scanner took some such names (`<<a/>` as element `<a`), XmlReader refuses them. */
const NOT_A_NAME = /["'<&=]/;

/** True when the reference scanner reads the text and finds an element or attribute name no XML allows. */
export function referenceTakesOddNames(xml: string): boolean {
  let odd = false;
  try {
    referenceScanXml(xml, { open: (name, attrs) => (odd ||= NOT_A_NAME.test(name) || Object.keys(attrs).some((a) => NOT_A_NAME.test(a))) });
  } catch {
    return false;
  }
  return odd;
}
