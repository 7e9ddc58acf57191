/**
 * Minimal .xlsx packages written part by part (with fflate's own zip writer, independent of the
 * reader under test), for reader and error tests.
 */
import { strToU8, zipSync } from "fflate";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface TestSheet {
  name: string;
  /** The content of <sheetData> (rows), or a whole worksheet document when it starts with `<?xml` or `<`+prefix. */
  rows?: string;
  xml?: string;
}

export interface TestPackage {
  sheets: TestSheet[];
  sharedStrings?: string[] | string | null;
  /** The whole styles.xml. */
  styles?: string;
  workbookPr?: string;
}

export const worksheet = (rows: string, after = "") =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows}</sheetData>${after}</worksheet>`;

/** The parts of a package as texts (part name → XML). */
export function packageParts(p: TestPackage): Record<string, string> {
  const parts: Record<string, string> = {};
  const overrides = p.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
  parts["[Content_Types].xml"] =
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides.join("")}</Types>`;
  parts["_rels/.rels"] = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const sheetEls = p.sheets.map((s, i) => `<sheet name="${s.name.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  parts["xl/workbook.xml"] = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${p.workbookPr ?? ""}<sheets>${sheetEls.join("")}</sheets></workbook>`;
  const rels = p.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  if (p.sharedStrings !== undefined && p.sharedStrings !== null) {
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    parts["xl/sharedStrings.xml"] =
      typeof p.sharedStrings === "string"
        ? p.sharedStrings
        : `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}">${p.sharedStrings.map((s) => `<si><t xml:space="preserve">${s}</t></si>`).join("")}</sst>`;
  }
  if (p.styles) {
    rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`);
    parts["xl/styles.xml"] = p.styles;
  }
  parts["xl/_rels/workbook.xml.rels"] = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`;
  p.sheets.forEach((s, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = s.xml ?? worksheet(s.rows ?? "")));
  return parts;
}

export function zipParts(parts: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, typeof v === "string" ? strToU8(v) : v])));
}

export const buildXlsx = (p: TestPackage): Uint8Array => zipParts(packageParts(p));

/** A styles part whose cellXfs use these number format ids (custom codes from id 164). */
export function stylesWith(formatIds: number[], customCodes: Record<number, string> = {}): string {
  const numFmts = Object.entries(customCodes).map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code.replace(/"/g, "&quot;")}"/>`);
  return (
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}">` +
    (numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join("")}</numFmts>` : "") +
    `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="${formatIds.length}">${formatIds.map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`).join("")}</cellXfs></styleSheet>`
  );
}
