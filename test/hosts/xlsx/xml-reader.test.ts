/**
 * XmlReader (the pull tokenizer) and scanXml over it, against the earlier regular-expression scanner
 * kept in reference/scan-xml.ts: the same events on any generated document, and damaged documents
 * refused alike.
 */
import fc from "fast-check";
import { CLOSE, EOF, OPEN, TEXT, XmlReader } from "../../../src/hosts/xlsx/xml-reader";
import { scanXml, type XmlHandler } from "../../../src/hosts/xlsx/xml-scan";
import { scanXml as referenceScanXml } from "./reference/scan-xml";
import { damaged, document, referenceTakesOddNames } from "./xml-arbitraries";

type Scan = (xml: string, handler: XmlHandler) => void;

/** Every event of a scan as text, or the error's name. */
function events(scan: Scan, xml: string): string[] | { error: string } {
  const out: string[] = [];
  try {
    scan(xml, {
      open: (name, attrs, at) => out.push(`open ${name} ${JSON.stringify(attrs)} @${at}`),
      close: (name, at) => out.push(`close ${name} @${at}`),
      text: (text) => out.push(`text ${JSON.stringify(text)}`),
    });
    return out;
  } catch (error) {
    return { error: (error as Error).name };
  }
}

describe("scanXml over XmlReader gives the reference scanner's events", () => {
  it("on generated documents (entities, CDATA, comments, prefixes, spacing, both quotes)", () => {
    fc.assert(
      fc.property(document, (xml) => {
        const ours = events(scanXml, xml);
        expect(Array.isArray(ours)).toBe(true);
        expect(ours).toEqual(events(referenceScanXml, xml));
      }),
      { numRuns: 400 },
    );
  });

  it("on damaged documents: refused alike (and names with quotes, `<`, `&` or `=` refused), the same events otherwise", () => {
    fc.assert(
      fc.property(damaged(document), (xml) => {
        const ours = events(scanXml, xml);
        if ("error" in ours && referenceTakesOddNames(xml)) return;
        expect(ours).toEqual(events(referenceScanXml, xml));
      }),
      { numRuns: 1500 },
    );
  });
});

describe("XmlReader", () => {
  const tokens = (xml: string) => {
    const reader = new XmlReader(xml);
    const out: string[] = [];
    for (let t = reader.next(); t !== EOF; t = reader.next()) {
      if (t === OPEN) out.push(`<${reader.local}${Array.from({ length: reader.attrCount }, (_, i) => ` ${reader.attrName(i)}=${reader.attrValue(i)}`).join("")}>`);
      else if (t === CLOSE) out.push(`</${reader.local}>`);
      else if (t === TEXT) out.push(reader.text());
    }
    return out;
  };

  it("gives local names, an end token after a self-closing tag, decoded texts and values", () => {
    expect(tokens('<x:a r="1&amp;2"><x:b t=\'y\'/>a&lt;b<![CDATA[<c>]]></x:a>')).toEqual(["<a r=1&2>", "<b t=y>", "</b>", "a<b", "<c>", "</a>"]);
  });

  it("keeps the last of repeated attributes, as an attribute object would", () => {
    const reader = new XmlReader('<a s="1" s="2"/>');
    reader.next();
    expect(reader.attr("s")).toBe("2");
    expect(reader.attr("t")).toBeUndefined();
  });

  it("reads plain digits of a value without slicing, and only those", () => {
    const reader = new XmlReader('<a r="123" s="1.5" t="&#x31;" u="" v="1234567890"/>');
    reader.next();
    expect([0, 1, 2, 3, 4].map((i) => reader.attrDigits(i))).toEqual([123, -1, -1, -1, -1]);
  });

  it.each([
    ['<a b="&bogus;"/>', "未知的实体 &bogus;"],
    ["<a>&#xZZ;</a>", "无效的字符引用 &#xZZ;"],
    ['<a b="x<y"/>', "属性格式错误"],
    ["<a b=1/>", "属性格式错误"],
    ['<a b="1"', "标签未结束"],
    ["<a></b>", "结束标签 </b> 与 <a> 不匹配"],
    ["<a>", "元素 <a> 未结束"],
    ["text<a/>", "根元素之外有文本"],
    ["<a/><b/>", "有多个根元素"],
    ["", "没有根元素"],
    ["<!DOCTYPE a><a/>", "不支持 DOCTYPE 声明"],
  ])("refuses %s even when nothing reads the value (%s)", (xml, reason) => {
    const reader = new XmlReader(xml);
    expect(() => {
      while (reader.next() !== EOF);
    }).toThrow(reason);
  });
});
