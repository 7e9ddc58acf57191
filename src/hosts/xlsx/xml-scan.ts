/**
 * XML of the package parts: their text from bytes (encoding and control characters checked), a
 * callback scanner over XmlReader for the small parts, and escaping for the parts we write.
 * Element and attribute names keep their prefix; `localName` drops it (producers write `x:c` as well as `c`).
 */
import { CLOSE, EOF, OPEN, XmlError, XmlReader } from "./xml-reader";

export { decodeEntities, localName, XmlError } from "./xml-reader";

export interface XmlHandler {
  /** A start tag (also for a self-closing one, followed by `close`). */
  open(name: string, attrs: Record<string, string>, at: number): void;
  close?(name: string, at: number): void;
  /** Text between tags, entities decoded. */
  text?(text: string): void;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Throws when the text holds a character XML forbids (a raw control character). */
export function checkCharacters(xml: string): void {
  const found = CONTROL.exec(xml);
  if (found) {
    const code = found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    throw new XmlError(`含有 XML 不允许的控制字符 U+${code}`);
  }
}

/**
 * Scans a whole document, calling the handler for tags and text (the small parts; worksheets and
 * shared strings use XmlReader directly).
 * @throws XmlError when the document is not well formed.
 */
export function scanXml(xml: string, handler: XmlHandler): void {
  const reader = new XmlReader(xml);
  for (let token = reader.next(); token !== EOF; token = reader.next()) {
    if (token === OPEN) {
      const attrs: Record<string, string> = {};
      for (let i = 0; i < reader.attrCount; i++) attrs[reader.attrName(i)] = reader.attrValue(i);
      handler.open(reader.name, attrs, reader.at);
    } else if (token === CLOSE) {
      if (handler.close) handler.close(reader.name, reader.at);
    } else if (handler.text) handler.text(reader.text());
  }
}

/** Escapes text for element content or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * A part's bytes as text (UTF-8, or UTF-16 with its byte order mark), with raw control characters refused.
 * @throws XmlError on bad encoding or forbidden characters.
 */
export function xmlText(bytes: Uint8Array): string {
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder("utf-16le", { fatal: true }).decode(bytes);
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder("utf-16be", { fatal: true }).decode(bytes);
    else text = utf8.decode(bytes);
  } catch {
    throw new XmlError("文字编码错误（不是有效的 UTF-8）");
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  checkCharacters(text);
  return text;
}
