/**
 * Opening an .xlsx package: the zip, the workbook part and its sheets, and the cell values of the
 * sheets we use. Every failure becomes an XlsxFileError with a Chinese reason.
 */
import type { ExistingSheet, SheetGrids } from "../../workbook/compute-types";
import { isToolSheetTitle } from "../../workbook/output-table";
import { isInputSheetName } from "../../workbook/sheets";
import { FILE_MSG, notZipError, XlsxFileError, zipNotWorkbookError } from "./file-errors";
import { folderOf, parseDateStyles, parseRels, parseSharedStrings, parseWorkbook, relsPartOf, relType, type Relationship, type SheetEntry } from "./package-parts";
import { readSheet, type SheetContext } from "./sheet-read";
import { XmlError, xmlText } from "./xml-scan";
import { entryData, readZip, ZipError, type ZipArchive, type ZipCodec } from "./zip-archive";

export interface PackageSheet extends SheetEntry {
  /** Part name of the worksheet (`xl/worksheets/sheet1.xml`); "" when its relationship is missing. */
  part: string;
}

/** An opened package: what the writer needs to add sheets to a copy. */
export interface XlsxPackage {
  archive: ZipArchive;
  workbookPart: string;
  workbookXml: string;
  workbookRels: Relationship[];
  sheets: PackageSheet[];
  date1904: boolean;
}

const corrupt = (detail: string) => new XlsxFileError("corrupt", FILE_MSG.corrupt(detail));

/** The text of a part. @throws XlsxFileError (corrupt) on bad data or encoding. */
export function partText(archive: ZipArchive, part: string): string | null {
  const entry = archive.byName.get(part);
  if (!entry) return null;
  try {
    return xmlText(entryData(archive, entry));
  } catch (error) {
    throw asFileError(error, part);
  }
}

function asFileError(error: unknown, where: string): XlsxFileError {
  if (error instanceof XlsxFileError) return error;
  if (error instanceof ZipError) return error.kind === "encrypted" ? new XlsxFileError("encrypted", FILE_MSG.encrypted) : corrupt(error.message);
  if (error instanceof XmlError) return corrupt(`${where}的内容格式错误：${error.reason}`);
  return corrupt(`${where}无法读取`);
}

/** Parses a part with a parser; malformed XML becomes a corrupt-file error naming `where`. */
function parsed<T>(text: string, where: string, parse: (xml: string) => T): T {
  try {
    return parse(text);
  } catch (error) {
    throw asFileError(error, where);
  }
}

function workbookPartOf(archive: ZipArchive): string | null {
  const rootRels = partText(archive, "_rels/.rels");
  if (rootRels !== null) {
    const office = parsed(rootRels, "_rels/.rels", (x) => parseRels(x, "")).find((r) => relType(r.type) === "officeDocument" && !r.external);
    if (office && archive.byName.has(office.target)) return office.target;
  }
  return archive.byName.has("xl/workbook.xml") ? "xl/workbook.xml" : null;
}

/**
 * Opens the package structure (zip directory, workbook, sheet list).
 * @throws XlsxFileError when the bytes are not a readable .xlsx workbook.
 */
export function openPackage(bytes: Uint8Array, codec?: ZipCodec): XlsxPackage {
  let archive: ZipArchive;
  try {
    archive = readZip(bytes, codec);
  } catch (error) {
    if (error instanceof ZipError && error.kind === "not-zip") throw notZipError(bytes);
    throw asFileError(error, "压缩包");
  }
  const workbookPart = workbookPartOf(archive);
  if (workbookPart === null || !workbookPart.endsWith(".xml")) throw zipNotWorkbookError(archive.entries.map((e) => e.name));
  const workbookXml = partText(archive, workbookPart) ?? "";
  const info = parsed(workbookXml, workbookPart, parseWorkbook);
  const relsText = partText(archive, relsPartOf(workbookPart));
  const workbookRels = relsText === null ? [] : parsed(relsText, relsPartOf(workbookPart), (x) => parseRels(x, folderOf(workbookPart)));
  const sheets = info.sheets.map((s) => {
    const rel = workbookRels.find((r) => r.id === s.relId);
    return { ...s, part: rel && !rel.external && relType(rel.type) === "worksheet" ? rel.target : "" };
  });
  if (info.sheets.length === 0) throw new XlsxFileError("no-sheets", FILE_MSG.noSheets);
  return { archive, workbookPart, workbookXml, workbookRels, sheets, date1904: info.date1904 };
}

function partOfType(pkg: XlsxPackage, type: string): string | null {
  const rel = pkg.workbookRels.find((r) => relType(r.type) === type && !r.external);
  return rel && pkg.archive.byName.has(rel.target) ? rel.target : null;
}

function sheetContext(pkg: XlsxPackage): SheetContext {
  const stringsPart = partOfType(pkg, "sharedStrings");
  const stylesPart = partOfType(pkg, "styles");
  const stringsText = stringsPart ? partText(pkg.archive, stringsPart) : null;
  const stylesText = stylesPart ? partText(pkg.archive, stylesPart) : null;
  return {
    sharedStrings: stringsText === null ? null : parsed(stringsText, stringsPart!, parseSharedStrings),
    dateStyles: stylesText === null ? [] : parsed(stylesText, stylesPart!, parseDateStyles),
    date1904: pkg.date1904,
  };
}

/**
 * The grids of the input sheets (names as in WORKBOOK.md after trimming spaces, not written by the
 * tool) and every sheet with its A1 value. Chart sheets and dialog sheets are listed with A1 null.
 * @throws XlsxFileError when a sheet we read is damaged.
 */
export function readValues(pkg: XlsxPackage): { sheets: SheetGrids; existing: ExistingSheet[] } {
  const ctx = sheetContext(pkg);
  const sheets: SheetGrids = {};
  const existing: ExistingSheet[] = [];
  for (const sheet of pkg.sheets) {
    const input = isInputSheetName(sheet.name);
    const text = sheet.part ? partText(pkg.archive, sheet.part) : null;
    if (text === null && input) throw corrupt(`工作表“${sheet.name}”的内容缺失`);
    if (text === null) {
      existing.push({ name: sheet.name, a1: null });
      continue;
    }
    const where = `工作表“${sheet.name}”（${sheet.part}）`;
    const grid = parsed(text, where, (x) => readSheet(x, ctx, !input));
    const a1 = grid[0]?.[0] ?? null;
    existing.push({ name: sheet.name, a1 });
    if (input && !isToolSheetTitle(a1)) sheets[sheet.name] = grid;
  }
  return { sheets, existing };
}
