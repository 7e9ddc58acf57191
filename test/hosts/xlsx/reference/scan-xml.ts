/**
 * The callback XML scanner as it was before XmlReader (regular expressions for attributes, one
 * object per tag), kept unchanged as an independent reference: tests compare the production
 * scanner and worksheet reader with it on generated XML. Not used by the product. Its error class,
 * prefix and entity decoding are the product's (xml-reader.ts), which the rewrite kept as they were.
 */
import { decodeEscapes } from "../../../../src/hosts/xlsx/package-parts";
import { decodeEntities, localName, XmlError } from "../../../../src/hosts/xlsx/xml-reader";

export { decodeEscapes, localName, XmlError };

export interface XmlHandler {
  /** A start tag (also for a self-closing one, followed by `close`). */
  open(name: string, attrs: Record<string, string>, at: number): void;
  close?(name: string, at: number): void;
  /** Text between tags, entities decoded. */
  text?(text: string): void;
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const SPACE = /\s*/y;

function parseAttributes(xml: string, from: number, to: number): Record<string, string> {
  const attrs: Record<string, string> = {};
  let o = from;
  while (o < to) {
    SPACE.lastIndex = o;
    SPACE.exec(xml);
    o = SPACE.lastIndex;
    if (o >= to) break;
    ATTRIBUTE.lastIndex = o;
    const m = ATTRIBUTE.exec(xml);
    if (!m || ATTRIBUTE.lastIndex > to) throw new XmlError(`属性格式错误（第 ${o} 个字符附近）`);
    attrs[m[1]] = decodeEntities(m[2] ?? m[3]);
    o = ATTRIBUTE.lastIndex;
  }
  return attrs;
}

function nameEnd(xml: string, from: number): number {
  let o = from;
  for (; o < xml.length; o++) {
    const c = xml.charCodeAt(o);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62) break;
  }
  return o;
}

/** The `>` that ends a start tag, skipping any inside quoted attribute values; -1 when none. */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let o = from; o < xml.length; o++) {
    const c = xml.charCodeAt(o);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 62 /* > */) return o;
    else if (c === 34 || c === 39) quote = c;
  }
  return -1;
}

/**
 * Scans a whole document, calling the handler for tags and text.
 * @throws XmlError when the document is not well formed.
 */
export function scanXml(xml: string, handler: XmlHandler): void {
  const stack: string[] = [];
  let rootSeen = false;
  let o = 0;
  const n = xml.length;
  while (o < n) {
    const lt = xml.indexOf("<", o);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > o) {
      if (stack.length > 0) {
        if (handler.text) handler.text(decodeEntities(xml.slice(o, textEnd)));
      } else if (xml.slice(o, textEnd).trim() !== "") throw new XmlError("根元素之外有文本");
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 63 /* ? */) {
      const end = xml.indexOf("?>", lt + 2);
      if (end < 0) throw new XmlError("处理指令未结束");
      o = end + 2;
    } else if (next === 33 /* ! */) {
      if (xml.startsWith("<!--", lt)) {
        const end = xml.indexOf("-->", lt + 4);
        if (end < 0) throw new XmlError("注释未结束");
        o = end + 3;
      } else if (xml.startsWith("<![CDATA[", lt)) {
        const end = xml.indexOf("]]>", lt + 9);
        if (end < 0 || stack.length === 0) throw new XmlError("CDATA 段未结束");
        if (handler.text) handler.text(xml.slice(lt + 9, end));
        o = end + 3;
      } else throw new XmlError("不支持 DOCTYPE 声明");
    } else if (next === 47 /* / */) {
      const end = xml.indexOf(">", lt + 2);
      if (end < 0) throw new XmlError("结束标签未结束");
      const name = xml.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (open !== name) throw new XmlError(`结束标签 </${name}> 与 <${open ?? ""}> 不匹配`);
      if (handler.close) handler.close(name, lt);
      o = end + 1;
    } else {
      const end = tagEnd(xml, lt + 1);
      if (end < 0) throw new XmlError("标签未结束（文件可能被截断）");
      const selfClosing = xml.charCodeAt(end - 1) === 47;
      const ne = nameEnd(xml, lt + 1);
      const name = xml.slice(lt + 1, ne);
      if (name === "") throw new XmlError(`标签格式错误（第 ${lt} 个字符附近）`);
      if (stack.length === 0) {
        if (rootSeen) throw new XmlError("有多个根元素");
        rootSeen = true;
      }
      const attrs = parseAttributes(xml, ne, selfClosing ? end - 1 : end);
      handler.open(name, attrs, lt);
      if (selfClosing) {
        if (handler.close) handler.close(name, lt);
      } else stack.push(name);
      o = end + 1;
    }
  }
  if (stack.length > 0) throw new XmlError(`元素 <${stack[stack.length - 1]}> 未结束（文件可能被截断）`);
  if (!rootSeen) throw new XmlError("没有根元素");
}

