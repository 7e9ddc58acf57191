/**
 * Adds the cell formats of the output sheets to a workbook's styles part by appending: existing
 * fonts, fills, borders, number formats and cell formats keep their indexes and their text. An
 * entry identical to one already there (e.g. from an earlier run) is reused, not added again.
 */
import { NUMBER_FORMATS, type ColumnKind, type OutputColumn } from "../../workbook/output-table";
import { HEADER_BORDER_RGB, HEADER_FILL_RGB, HEADER_FONT_RGB, TITLE_FONT_SIZE, wraps } from "./sheet-style";
import { escapeXml, localName, scanXml } from "./xml-scan";

/** The order of the lists in a styleSheet (CT_Stylesheet). */
const LIST_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** A styles part for a package that has none: the defaults Excel itself writes. */
export const MINIMAL_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN_NS}">` +
  `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

interface ListInfo {
  /** Offset of `<name` and just after its start tag (`>`); for a self-closing list, both ends of the tag. */
  start: number;
  startTagEnd: number;
  selfClosing: boolean;
  /** Offset of `</name>` (for a self-closing list: startTagEnd). */
  closeAt: number;
  children: string[];
  qualifiedName: string;
}

interface StylesLayout {
  prefix: string;
  rootStartTagEnd: number;
  rootCloseAt: number;
  lists: Map<string, ListInfo>;
}

function tagEndAfter(xml: string, at: number): number {
  return xml.indexOf(">", at) + 1;
}

function layoutOf(xml: string): StylesLayout {
  const lists = new Map<string, ListInfo>();
  let depth = 0;
  let prefix = "";
  let rootStartTagEnd = 0;
  let rootCloseAt = xml.length;
  let current: ListInfo | null = null;
  let childStarts: number[] = [];
  scanXml(xml, {
    open(name, _a, at) {
      depth++;
      if (depth === 1) {
        prefix = name.includes(":") ? name.slice(0, name.indexOf(":") + 1) : "";
        rootStartTagEnd = tagEndAfter(xml, at);
      } else if (depth === 2 && LIST_ORDER.includes(localName(name))) {
        const end = tagEndAfter(xml, at);
        current = { start: at, startTagEnd: end, selfClosing: xml[end - 2] === "/", closeAt: end, children: [], qualifiedName: name };
        childStarts = [];
        lists.set(localName(name), current);
      } else if (depth === 3 && current) childStarts.push(at);
    },
    close(name, at) {
      if (depth === 1) rootCloseAt = at;
      if (depth === 2 && current && localName(name) === localName(current.qualifiedName)) {
        if (!current.selfClosing) current.closeAt = at;
        const ends = [...childStarts.slice(1), current.closeAt];
        current.children = childStarts.map((s, i) => xml.slice(s, ends[i]).trim());
        current = null;
      }
      depth--;
    },
  });
  return { prefix, rootStartTagEnd, rootCloseAt, lists };
}

/** Element text with the styles part's namespace prefix on every element name. */
const withPrefix = (xml: string, prefix: string) => (prefix ? xml.replace(/<(\/?)([A-Za-z])/g, `<$1${prefix}$2`) : xml);

/**
 * Appends entries to a list (creating it in schema order when missing); returns the new text and
 * each entry's index. An entry equal to an existing one reuses that index.
 */
function appendToList(xml: string, list: string, entries: readonly string[]): { xml: string; indexes: number[] } {
  const layout = layoutOf(xml);
  const info = layout.lists.get(list);
  const existing = info ? info.children.slice() : [];
  const prefixed = entries.map((e) => withPrefix(e, layout.prefix));
  const added: string[] = [];
  const indexes = prefixed.map((entry) => {
    const found = existing.indexOf(entry);
    if (found >= 0) return found;
    existing.push(entry);
    added.push(entry);
    return existing.length - 1;
  });
  if (added.length === 0) return { xml, indexes };
  const count = existing.length;
  if (info) {
    const startTag = xml.slice(info.start, info.startTagEnd);
    const counted = /\scount\s*=\s*["'][^"']*["']/.test(startTag)
      ? startTag.replace(/(\scount\s*=\s*["'])[^"']*(["'])/, `$1${count}$2`)
      : startTag.replace(/(\/?>)$/, ` count="${count}"$1`);
    if (info.selfClosing) {
      const open = counted.replace(/\s*\/>$/, ">");
      return { xml: xml.slice(0, info.start) + open + added.join("") + `</${info.qualifiedName}>` + xml.slice(info.startTagEnd), indexes };
    }
    return { xml: xml.slice(0, info.start) + counted + xml.slice(info.startTagEnd, info.closeAt) + added.join("") + xml.slice(info.closeAt), indexes };
  }
  const name = layout.prefix + list;
  const element = `<${name} count="${count}">${added.join("")}</${name}>`;
  const later = LIST_ORDER.slice(LIST_ORDER.indexOf(list) + 1).map((l) => layout.lists.get(l)).find((l) => l !== undefined);
  const at = later ? later.start : layout.rootCloseAt;
  return { xml: xml.slice(0, at) + element + xml.slice(at), indexes };
}

/** Built-in number format ids (ECMA-376 §18.8.30) of the codes we write. */
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "@": 49 };

function numberFormatId(xml: string, code: string): { xml: string; id: number } {
  const builtIn = BUILT_IN_FORMATS[code];
  if (builtIn !== undefined) return { xml, id: builtIn };
  const ids: number[] = [];
  let found: number | null = null;
  scanXml(xml, {
    open(name, a) {
      if (localName(name) !== "numFmt") return;
      ids.push(Number(a.numFmtId));
      if (a.formatCode === code) found = Number(a.numFmtId);
    },
  });
  if (found !== null) return { xml, id: found };
  const id = Math.max(163, ...ids.filter(Number.isFinite)) + 1;
  return { xml: appendToList(xml, "numFmts", [`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`]).xml, id };
}

/** The default font's size, name and family elements, copied into our fonts so they match the workbook. */
function defaultFontParts(xml: string): { size: string; rest: string } {
  const first = layoutOf(xml).lists.get("fonts")?.children[0] ?? "";
  const pick = (el: string) => new RegExp(`<(?:\\w+:)?${el}\\b[^>]*/>`).exec(first)?.[0] ?? "";
  const size = /<(?:\w+:)?sz\s+val="([^"]*)"/.exec(first)?.[1] ?? "11";
  const strip = (s: string) => s.replace(/<\w+:/, "<");
  return { size, rest: ["name", "family", "charset", "scheme"].map((el) => strip(pick(el))).join("") };
}

/** The style indexes (cellXfs) an output sheet uses. */
export interface OutputStyles {
  title: number;
  header: number;
  /** Per column kind and wrap: the data cell format. */
  data(column: OutputColumn): number;
}

const dataKey = (kind: ColumnKind, wrap: boolean) => `${kind}${wrap ? "+wrap" : ""}`;

/**
 * Appends the output sheets' formats to a styles part (or MINIMAL_STYLES when the package has none).
 * @returns the new styles text and the indexes to use in the sheets.
 */
export function appendOutputStyles(stylesXml: string): { xml: string; styles: OutputStyles } {
  let xml = stylesXml;
  const font = defaultFontParts(xml);
  const fonts = appendToList(xml, "fonts", [
    `<font><b/><sz val="${TITLE_FONT_SIZE}"/>${font.rest}</font>`,
    `<font><b/><sz val="${font.size}"/><color rgb="${HEADER_FONT_RGB}"/>${font.rest}</font>`,
  ]);
  xml = fonts.xml;
  if ((layoutOf(xml).lists.get("fills")?.children.length ?? 0) < 2) {
    xml = appendToList(xml, "fills", ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']).xml;
  }
  const fill = appendToList(xml, "fills", [`<fill><patternFill patternType="solid"><fgColor rgb="${HEADER_FILL_RGB}"/><bgColor indexed="64"/></patternFill></fill>`]);
  xml = fill.xml;
  const border = appendToList(xml, "borders", [`<border><left/><right/><top/><bottom style="thin"><color rgb="${HEADER_BORDER_RGB}"/></bottom><diagonal/></border>`]);
  xml = border.xml;
  const hasStyleXfs = (layoutOf(xml).lists.get("cellStyleXfs")?.children.length ?? 0) > 0;
  const xfId = hasStyleXfs ? ' xfId="0"' : "";

  const kinds: Array<[ColumnKind, boolean]> = [
    ["text", false],
    ["text", true],
    ["score", false],
    ["rate", false],
    ["integer", false],
    ["rank", false],
  ];
  const xfs: string[] = [
    `<xf numFmtId="0" fontId="${fonts.indexes[0]}" fillId="0" borderId="0"${xfId} applyFont="1"/>`,
    `<xf numFmtId="0" fontId="${fonts.indexes[1]}" fillId="${fill.indexes[0]}" borderId="${border.indexes[0]}"${xfId} applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>`,
  ];
  for (const [kind, wrap] of kinds) {
    const format = numberFormatId(xml, NUMBER_FORMATS[kind]);
    xml = format.xml;
    // Every data cell aligns to the top: a row made tall by a wrapped 说明 keeps its name and numbers level.
    const alignment = `<alignment vertical="top"${wrap ? ' wrapText="1"' : ""}/>`;
    xfs.push(
      `<xf numFmtId="${format.id}" fontId="0" fillId="0" borderId="0"${xfId} applyNumberFormat="1" applyAlignment="1">${alignment}</xf>`,
    );
  }
  const cellXfs = appendToList(xml, "cellXfs", xfs);
  const dataIndex = new Map(kinds.map(([kind, wrap], i) => [dataKey(kind, wrap), cellXfs.indexes[i + 2]]));
  return {
    xml: cellXfs.xml,
    styles: {
      title: cellXfs.indexes[0],
      header: cellXfs.indexes[1],
      data: (column) => dataIndex.get(dataKey(column.kind, wraps(column)))!,
    },
  };
}
