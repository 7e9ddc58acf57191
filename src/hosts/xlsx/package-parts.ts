/**
 * The package-level parts of an .xlsx we read: relationships, the workbook's sheet list, shared
 * strings and which cell styles are dates. Values only; every part is scanned, not loaded as a DOM.
 */
import { localName, scanXml } from "./xml-scan";

export interface Relationship {
  id: string;
  type: string;
  /** Resolved part name without a leading slash (`xl/worksheets/sheet1.xml`), or the raw target when external. */
  target: string;
  external: boolean;
}

/** The folder of a part name (`xl/workbook.xml` → `xl/`). */
export const folderOf = (part: string): string => part.slice(0, part.lastIndexOf("/") + 1);

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package's own: `_rels/.rels`. */
export function relsPartOf(part: string): string {
  const folder = folderOf(part);
  return `${folder}_rels/${part.slice(folder.length)}.rels`;
}

/** Resolves a relationship target against the folder of its source part. */
export function resolveTarget(sourceFolder: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : sourceFolder + target;
  const out: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  return out.join("/");
}

/** Relationship types compared by their last segment (transitional and strict namespaces alike). */
export const relType = (type: string): string => type.slice(type.lastIndexOf("/") + 1);

export function parseRels(xml: string, sourceFolder: string): Relationship[] {
  const rels: Relationship[] = [];
  scanXml(xml, {
    open(name, a) {
      if (localName(name) !== "Relationship") return;
      const external = a.TargetMode === "External";
      const target = a.Target ?? "";
      rels.push({ id: a.Id ?? "", type: a.Type ?? "", target: external ? target : resolveTarget(sourceFolder, decodeUri(target)), external });
    },
  });
  return rels;
}

function decodeUri(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

export interface SheetEntry {
  name: string;
  sheetId: string;
  relId: string;
}

export interface WorkbookInfo {
  sheets: SheetEntry[];
  date1904: boolean;
}

export function parseWorkbook(xml: string): WorkbookInfo {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  scanXml(xml, {
    open(name, a) {
      const local = localName(name);
      if (local === "sheet") {
        const idKey = Object.keys(a).find((k) => k.includes(":") && localName(k) === "id");
        sheets.push({ name: a.name ?? "", sheetId: a.sheetId ?? "", relId: idKey ? a[idKey] : "" });
      } else if (local === "workbookPr") {
        date1904 = a.date1904 === "1" || a.date1904 === "true";
      }
    },
  });
  return { sheets, date1904 };
}

/**
 * Texts of a shared string table: rich text runs joined; phonetic runs (`rPh`) left out; `_xHHHH_`
 * escapes decoded.
 */
export function parseSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let current: string | null = null;
  let inT = false;
  let phonetic = 0;
  scanXml(xml, {
    open(name) {
      const local = localName(name);
      if (local === "si") current = "";
      else if (local === "t") inT = phonetic === 0;
      else if (local === "rPh") phonetic++;
    },
    close(name) {
      const local = localName(name);
      if (local === "si") {
        strings.push(decodeEscapes(current ?? ""));
        current = null;
      } else if (local === "t") inT = false;
      else if (local === "rPh") phonetic--;
    },
    text(text) {
      if (inT && current !== null) current += text;
    },
  });
  return strings;
}

/** Decodes the `_xHHHH_` escapes of OOXML text (`_x000D_` → CR); `_x005F_` is a literal underscore. */
export function decodeEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Built-in number formats that show dates or times (27–36 and 50–58 are the CJK locales' date formats). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** True when a custom number format shows a date or time: y, m, d, h or s outside quotes, brackets and escapes. */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[(?:h+|m+|s+)\]/gi, "h")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/General/gi, "");
  return /[ymdhs]/i.test(bare);
}

/** For each cell style index (cellXfs), whether it formats numbers as dates. */
export function parseDateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  scanXml(xml, {
    open(name, a) {
      const local = localName(name);
      if (local === "numFmt") custom.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (local === "cellXfs") inCellXfs = true;
      else if (local === "xf" && inCellXfs) xfFormats.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (localName(name) === "cellXfs") inCellXfs = false;
    },
  });
  return xfFormats.map((id) => {
    const code = custom.get(id);
    return code !== undefined ? isDateFormatCode(code) : BUILT_IN_DATE_FORMATS.has(id);
  });
}
