/**
 * A pull tokenizer for the package parts we read (no DOM, no Node API): `next()` steps from token
 * to token — start tag, end tag (also after a self-closing start tag), text — and the reader's
 * fields describe the current one. It scans with charCodeAt and allocates little: element and
 * attribute names are interned, attribute values and text are sliced only when asked for.
 * It checks that the document is well formed as far as we rely on it: tags closed in order,
 * attributes quoted, entities known (in every text and attribute value, read or not).
 * Raw control characters are refused by xmlText (xml-scan.ts), before scanning.
 */

/** A part's XML is not well formed; `reason` is Chinese. */
export class XmlError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "XmlError";
  }
}

/** The name without its prefix: producers write `x:c` as well as `c`. */
export const localName = (name: string): string => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decodes the five XML entities and character references. @throws XmlError on an unknown one. */
export function decodeEntities(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&([^;&<]{1,10});/g, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) throw new XmlError(`无效的字符引用 ${whole}`);
      return String.fromCodePoint(code);
    }
    const named = NAMED[ref];
    if (named === undefined) throw new XmlError(`未知的实体 ${whole}`);
    return named;
  });
}

/** Token kinds returned by XmlReader.next(). */
export const EOF = 0;
export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;

const LT = 60;
const GT = 62;
const SLASH = 47;
const EQ = 61;
const AMP = 38;
const QUOT = 34;
const APOS = 39;
const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/** Size of the name table (a power of two); a part with more distinct names slices the rest each time. */
const TABLE = 256;

export class XmlReader {
  /** The current tag's name as written (`x:c`) and without its prefix (`c`). */
  name = "";
  local = "";
  /** Offset of the current tag's `<`. */
  at = 0;
  /** The current text's span in `xml`. */
  textStart = 0;
  textEnd = 0;
  /** Attributes of the current start tag: `attrCount` of them, read with attrName/attrValue/attr. */
  attrCount = 0;

  private readonly attrNames: string[] = [];
  private readonly attrStarts: number[] = [];
  private readonly attrEnds: number[] = [];
  private readonly attrEntities: boolean[] = [];
  /** The current text when it is not a plain slice (CDATA or with entities), else null. */
  private textValue: string | null = null;
  private readonly names: string[] = [];
  private readonly locals: string[] = [];
  private depth = 0;
  private pos = 0;
  private pendingClose = false;
  private rootSeen = false;
  /** The first `&` at or after `pos` (xml.length when none): text without one needs no decoding. */
  private nextAmp = -1;
  private readonly tableNames: Array<string | undefined> = new Array(TABLE);
  private readonly tableLocals: string[] = new Array(TABLE);
  private internedLocal = "";

  constructor(readonly xml: string) {}

  /** Steps to the next token and returns its kind (EOF at the end). @throws XmlError when malformed. */
  next(): number {
    if (this.pendingClose) {
      this.pendingClose = false;
      return CLOSE;
    }
    const xml = this.xml;
    const n = xml.length;
    for (;;) {
      const o = this.pos;
      if (o >= n) return this.end();
      if (xml.charCodeAt(o) !== LT) {
        const lt = xml.indexOf("<", o);
        const end = lt < 0 ? n : lt;
        this.pos = end;
        if (this.depth > 0) return this.textToken(o, end);
        for (let i = o; i < end; i++) if (!isSpace(xml.charCodeAt(i))) throw new XmlError("根元素之外有文本");
        continue;
      }
      const next = xml.charCodeAt(o + 1);
      if (next === 63 /* ? */) {
        const end = xml.indexOf("?>", o + 2);
        if (end < 0) throw new XmlError("处理指令未结束");
        this.pos = end + 2;
      } else if (next === 33 /* ! */) {
        if (xml.startsWith("<!--", o)) {
          const end = xml.indexOf("-->", o + 4);
          if (end < 0) throw new XmlError("注释未结束");
          this.pos = end + 3;
        } else if (xml.startsWith("<![CDATA[", o)) {
          const end = xml.indexOf("]]>", o + 9);
          if (end < 0 || this.depth === 0) throw new XmlError("CDATA 段未结束");
          this.pos = end + 3;
          this.textStart = o + 9;
          this.textEnd = end;
          this.textValue = xml.slice(o + 9, end);
          return TEXT;
        } else throw new XmlError("不支持 DOCTYPE 声明");
      } else if (next === SLASH) return this.closeTag(o);
      else return this.startTag(o);
    }
  }

  /** The current text, entities decoded. */
  text(): string {
    return this.textValue ?? this.xml.slice(this.textStart, this.textEnd);
  }

  /** True when the current text is exactly its span in `xml` (no CDATA, no entity). */
  get plainText(): boolean {
    return this.textValue === null;
  }

  attrName(i: number): string {
    return this.attrNames[i];
  }

  /** The index of the attribute named `key` (the last one if repeated), or -1. */
  attrIndex(key: string): number {
    for (let i = this.attrCount - 1; i >= 0; i--) if (this.attrNames[i] === key) return i;
    return -1;
  }

  /** An attribute's value, entities decoded. */
  attrValue(i: number): string {
    const raw = this.xml.slice(this.attrStarts[i], this.attrEnds[i]);
    return this.attrEntities[i] ? decodeEntities(raw) : raw;
  }

  /** The value of the attribute named `key`, or undefined. */
  attr(key: string): string | undefined {
    const i = this.attrIndex(key);
    return i < 0 ? undefined : this.attrValue(i);
  }

  /** An attribute's value as a non-negative integer when it is plain digits (at most 9), else -1. */
  attrDigits(i: number): number {
    return this.attrEntities[i] ? -1 : digitsIn(this.xml, this.attrStarts[i], this.attrEnds[i]);
  }

  attrStart(i: number): number {
    return this.attrStarts[i];
  }

  attrEnd(i: number): number {
    return this.attrEnds[i];
  }

  private end(): number {
    if (this.depth > 0) throw new XmlError(`元素 <${this.names[this.depth - 1]}> 未结束（文件可能被截断）`);
    if (!this.rootSeen) throw new XmlError("没有根元素");
    return EOF;
  }

  private textToken(start: number, end: number): number {
    this.textStart = start;
    this.textEnd = end;
    this.textValue = null;
    if (this.nextAmp < start) this.nextAmp = indexOrEnd(this.xml, "&", start);
    if (this.nextAmp < end) this.textValue = decodeEntities(this.xml.slice(start, end));
    return TEXT;
  }

  private closeTag(o: number): number {
    const xml = this.xml;
    if (this.depth > 0) {
      const open = this.names[this.depth - 1];
      let p = o + 2;
      while (isSpace(xml.charCodeAt(p))) p++; // `</ c>` as the reference scanner took it
      if (sameAt(xml, open, p)) {
        p += open.length;
        while (p < xml.length && isSpace(xml.charCodeAt(p))) p++;
        if (xml.charCodeAt(p) === GT) {
          this.depth--;
          this.name = open;
          this.local = this.locals[this.depth];
          this.at = o;
          this.pos = p + 1;
          return CLOSE;
        }
      }
    }
    const end = xml.indexOf(">", o + 2);
    if (end < 0) throw new XmlError("结束标签未结束");
    const name = xml.slice(o + 2, end).trim();
    throw new XmlError(`结束标签 </${name}> 与 <${this.depth > 0 ? this.names[this.depth - 1] : ""}> 不匹配`);
  }

  private startTag(o: number): number {
    const xml = this.xml;
    const n = xml.length;
    let p = o + 1;
    let c = 0;
    for (; p < n; p++) {
      c = xml.charCodeAt(p);
      if (isSpace(c) || c === SLASH || c === GT) break;
      if (notInName(c)) throw badTag(o);
    }
    if (p >= n) throw truncated();
    if (p === o + 1) throw badTag(o);
    const name = this.intern(o + 1, p);
    const local = this.internedLocal;
    let count = 0;
    let selfClosing = false;
    let nextLt = indexOrEnd(xml, "<", p);
    for (;;) {
      while (p < n && isSpace((c = xml.charCodeAt(p)))) p++;
      if (p >= n) throw truncated();
      if (c === GT) {
        p++;
        break;
      }
      if (c === SLASH && xml.charCodeAt(p + 1) === GT) {
        selfClosing = true;
        p += 2;
        break;
      }
      const nameStart = p;
      for (; p < n; p++) {
        c = xml.charCodeAt(p);
        if (isSpace(c) || c === EQ || c === SLASH || c === GT) break;
        if (notInName(c)) throw badAttribute(nameStart);
      }
      if (p === nameStart) throw badAttribute(p);
      this.attrNames[count] = this.intern(nameStart, p);
      while (p < n && isSpace((c = xml.charCodeAt(p)))) p++;
      if (c !== EQ) throw p >= n ? truncated() : badAttribute(nameStart);
      p++;
      while (p < n && isSpace((c = xml.charCodeAt(p)))) p++;
      if (c !== QUOT && c !== APOS) throw p >= n ? truncated() : badAttribute(nameStart);
      const quote = c;
      const valueStart = ++p;
      p = xml.indexOf(quote === QUOT ? '"' : "'", valueStart);
      if (p < 0) throw truncated();
      // No `<` in a value: the next `<` (found once per tag) must come after it.
      if (nextLt < p) {
        if (nextLt >= valueStart) throw badAttribute(nameStart);
        nextLt = xml.indexOf("<", p);
        if (nextLt < 0) nextLt = n;
      }
      if (this.nextAmp < valueStart) this.nextAmp = indexOrEnd(xml, "&", valueStart);
      const entities = this.nextAmp < p;
      if (entities) decodeEntities(xml.slice(valueStart, p));
      this.attrStarts[count] = valueStart;
      this.attrEnds[count] = p;
      this.attrEntities[count] = entities;
      count++;
      p++;
    }
    if (this.depth === 0) {
      if (this.rootSeen) throw new XmlError("有多个根元素");
      this.rootSeen = true;
    }
    this.name = name;
    this.local = local;
    this.at = o;
    this.attrCount = count;
    this.pos = p;
    if (selfClosing) this.pendingClose = true;
    else {
      this.names[this.depth] = name;
      this.locals[this.depth] = local;
      this.depth++;
    }
    return OPEN;
  }

  /** The name `xml[start, end)`, from the name table (filled on first sight); its local name in `internedLocal`. */
  private intern(start: number, end: number): string {
    const xml = this.xml;
    const length = end - start;
    const first = xml.charCodeAt(start);
    let slot = (length * 31 + first * 7 + xml.charCodeAt(end - 1)) & (TABLE - 1);
    for (let probe = 0; probe < 8; probe++, slot = (slot + 1) & (TABLE - 1)) {
      const known = this.tableNames[slot];
      if (known === undefined) {
        const name = internalized(xml.slice(start, end));
        this.tableNames[slot] = name;
        this.internedLocal = this.tableLocals[slot] = internalized(localName(name));
        return name;
      }
      if (known.length === length && known.charCodeAt(0) === first && sameAt(xml, known, start)) {
        this.internedLocal = this.tableLocals[slot];
        return known;
      }
    }
    const name = xml.slice(start, end);
    this.internedLocal = localName(name);
    return name;
  }
}

/**
 * The engine's canonical copy of a string (property keys are): comparing it with a literal such
 * as "c" is then a pointer comparison in V8. Elsewhere it is just the same text.
 */
const internalized = (text: string): string => Object.keys({ [text]: 0 })[0] ?? text;

/** Quotes, `<`, `&` and `=` never belong to a name (the reference scanner refused most such tags too). */
const notInName = (c: number) => c === QUOT || c === APOS || c === LT || c === AMP || c === EQ;

const badTag = (at: number) => new XmlError(`标签格式错误（第 ${at} 个字符附近）`);
const truncated = () => new XmlError("标签未结束（文件可能被截断）");
const badAttribute = (at: number) => new XmlError(`属性格式错误（第 ${at} 个字符附近）`);

/** True when `xml` holds `name` at `at` (names are short: a loop beats startsWith). */
function sameAt(xml: string, name: string, at: number): boolean {
  if (at + name.length > xml.length) return false;
  for (let i = 0; i < name.length; i++) if (xml.charCodeAt(at + i) !== name.charCodeAt(i)) return false;
  return true;
}

/** The offset of `char` from `from` on, or the text's length when there is none. */
function indexOrEnd(xml: string, char: string, from: number): number {
  const at = xml.indexOf(char, from);
  return at < 0 ? xml.length : at;
}

/** `xml[start, end)` as a non-negative integer when it is 1–9 ASCII digits, else -1. */
export function digitsIn(xml: string, start: number, end: number): number {
  if (end <= start || end - start > 9) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const d = xml.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}
