/**
 * Writes a copy of an opened package with the output tables added, by adding, not rewriting:
 * every part other than the tool's own sheets is copied as stored (same compressed bytes), and
 * only the sheet parts, workbook.xml (sheets, print titles, filter names), its relationships,
 * [Content_Types].xml and the styles part (appended formats) change.
 */
import type { ExistingSheet } from "../../workbook/compute-types";
import { isToolSheetTitle, type OutputTable } from "../../workbook/output-table";
import { folderOf, parseRels, relsPartOf, relType } from "./package-parts";
import { CHART_REL, CHART_TYPE, chartXml, DRAWING_REL, DRAWING_TYPE, drawingXml, hasChart } from "./sheet-chart";
import { filterRange, printArea, printTitles, quotedSheetName, worksheetXml } from "./sheet-xml";
import { appendOutputStyles, MINIMAL_STYLES } from "./styles-append";
import type { XlsxPackage } from "./xlsx-package";
import { partText } from "./xlsx-package";
import { escapeXml, localName, scanXml } from "./xml-scan";
import { writeZip, type ZipSource } from "./zip-archive";

const TRANSITIONAL_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_REL = `${TRANSITIONAL_REL}/worksheet`;
const STYLES_REL = `${TRANSITIONAL_REL}/styles`;
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const CONTENT_TYPES = "[Content_Types].xml";

/** Defined names that belong to one sheet's print and filter setup: dropped with a replaced sheet. */
const SHEET_SETUP_NAMES = new Set(["_xlnm.Print_Titles", "_xlnm._FilterDatabase", "_xlnm.Print_Area"]);

/** A sheet name compared as Excel does (case-insensitive). */
const sameName = (a: string, b: string) => a.toLocaleUpperCase() === b.toLocaleUpperCase();

interface Placed {
  table: OutputTable;
  part: string;
  /** Index of the sheet in the workbook's tab order (localSheetId). */
  position: number;
  replaced: boolean;
}

/** A refusal to overwrite a user's sheet (computeWorkbook reports it first; this is the second lock). */
export class SheetConflictError extends Error {
  constructor(readonly names: string[]) {
    super(`工作簿中已有不是本工具生成的同名工作表：${names.join("、")}`);
    this.name = "SheetConflictError";
  }
}

/** The first free part name `{prefix}{n}.xml` (part names compare case-insensitively); taken from then on. */
function uniquePart(taken: Set<string>, prefix: string): string {
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  for (let n = 1; ; n++) {
    const part = `${prefix}${n}.xml`;
    if (!lower.has(part.toLowerCase())) {
      taken.add(part);
      return part;
    }
  }
}

/** A target relative to a part's folder: `xl/worksheets/` → `xl/drawings/drawing1.xml` is `../drawings/drawing1.xml`. */
function relativeTarget(fromPart: string, toPart: string): string {
  const from = folderOf(fromPart).split("/").filter(Boolean);
  const to = toPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

function uniqueRelId(taken: Set<string>): string {
  for (let n = taken.size + 1; ; n++) if (!taken.has(`rId${n}`)) return `rId${n}`;
}

/** Every part reachable through relationships from the given parts (their own rels parts included). */
function reachable(pkg: XlsxPackage, starts: readonly string[], relsOverride: Map<string, string | null>): Set<string> {
  const seen = new Set<string>();
  const queue = [...starts];
  while (queue.length > 0) {
    const part = queue.pop()!;
    if (seen.has(part)) continue;
    seen.add(part);
    const relsPart = relsPartOf(part);
    const text = relsOverride.has(relsPart) ? relsOverride.get(relsPart)! : partText(pkg.archive, relsPart);
    if (text === null) continue;
    seen.add(relsPart);
    for (const rel of parseRels(text, folderOf(part))) if (!rel.external) queue.push(rel.target);
  }
  return seen;
}

/** Root start tag of an XML text: its prefix (`x:` or "") and the offset just after it. */
function rootOf(xml: string): { prefix: string; startTagEnd: number; closeAt: number } {
  let prefix = "";
  let startTagEnd = 0;
  let closeAt = xml.length;
  let depth = 0;
  scanXml(xml, {
    open(name, _a, at) {
      if (depth++ === 0) {
        prefix = name.includes(":") ? name.slice(0, name.indexOf(":") + 1) : "";
        startTagEnd = xml.indexOf(">", at) + 1;
      }
    },
    close(_n, at) {
      if (--depth === 0) closeAt = at;
    },
  });
  return { prefix, startTagEnd, closeAt };
}

const WORKBOOK_AFTER_NAMES = ["calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"];

/** workbook.xml with the new sheets listed and the print/filter names of our sheets replaced. */
function editWorkbook(xml: string, added: ReadonlyArray<{ name: string; sheetId: number; relId: string }>, placed: readonly Placed[]): string {
  const root = rootOf(xml);
  const rootTag = xml.slice(0, root.startTagEnd);
  const relPrefix = /xmlns:([\w.-]+)\s*=\s*["'](?:http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships|http:\/\/purl\.oclc\.org\/ooxml\/officeDocument\/relationships)["']/.exec(rootTag)?.[1];
  const idAttr = relPrefix ? `${relPrefix}:id` : `xmlns:r="${TRANSITIONAL_REL}" r:id`;
  const p = root.prefix;

  let sheetsClose = -1;
  let sheetsSelfClosing: { start: number; end: number } | null = null;
  let namesStart = -1;
  let namesClose = -1;
  let insertNamesAt = -1;
  const dropped: Array<{ start: number; end: number }> = [];
  const replacedPositions = new Set(placed.filter((x) => x.replaced).map((x) => String(x.position)));
  let depth = 0;
  let nameStart = -1;
  let dropCurrent = false;
  scanXml(xml, {
    open(name, a, at) {
      depth++;
      const local = localName(name);
      if (depth === 2 && local === "sheets" && xml[xml.indexOf(">", at) - 1] === "/") sheetsSelfClosing = { start: at, end: xml.indexOf(">", at) + 1 };
      if (depth === 2 && local === "definedNames") namesStart = at;
      if (depth === 2 && insertNamesAt < 0 && WORKBOOK_AFTER_NAMES.includes(local)) insertNamesAt = at;
      if (depth === 3 && local === "definedName") {
        nameStart = at;
        dropCurrent = SHEET_SETUP_NAMES.has(a.name ?? "") && replacedPositions.has(a.localSheetId ?? "");
      }
    },
    close(name, at) {
      const local = localName(name);
      if (depth === 2 && local === "sheets") sheetsClose = at;
      if (depth === 2 && local === "definedNames") namesClose = at;
      if (depth === 3 && local === "definedName" && dropCurrent) dropped.push({ start: nameStart, end: xml.indexOf(">", at) + 1 });
      depth--;
    },
  });

  const sheetElements = added.map((s) => `<${p}sheet name="${escapeXml(s.name)}" sheetId="${s.sheetId}" ${idAttr}="${s.relId}"/>`).join("");
  const nameElements = placed
    .flatMap((x) => {
      const names: string[] = [];
      const area = printArea(x.table);
      if (area) names.push(`<${p}definedName name="_xlnm.Print_Area" localSheetId="${x.position}">${escapeXml(area)}</${p}definedName>`);
      const titles = printTitles(x.table);
      if (titles) names.push(`<${p}definedName name="_xlnm.Print_Titles" localSheetId="${x.position}">${escapeXml(titles)}</${p}definedName>`);
      const filter = filterRange(x.table);
      if (filter) {
        const absolute = filter.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
        names.push(`<${p}definedName name="_xlnm._FilterDatabase" localSheetId="${x.position}" hidden="1">${escapeXml(`${quotedSheetName(x.table.name)}!${absolute}`)}</${p}definedName>`);
      }
      return names;
    })
    .join("");

  // Edits from the end of the text backwards, so earlier offsets stay valid.
  const edits: Array<{ at: number; end: number; text: string }> = dropped.map((d) => ({ at: d.start, end: d.end, text: "" }));
  if (nameElements) {
    if (namesClose >= 0) edits.push({ at: namesClose, end: namesClose, text: nameElements });
    else if (namesStart >= 0) {
      // A self-closing <definedNames/>: replace it.
      const end = xml.indexOf(">", namesStart) + 1;
      edits.push({ at: namesStart, end, text: `<${p}definedNames>${nameElements}</${p}definedNames>` });
    } else {
      const at = insertNamesAt >= 0 ? insertNamesAt : root.closeAt;
      edits.push({ at, end: at, text: `<${p}definedNames>${nameElements}</${p}definedNames>` });
    }
  }
  if (sheetElements) {
    const selfClosing = sheetsSelfClosing as { start: number; end: number } | null;
    if (sheetsClose >= 0 && !selfClosing) edits.push({ at: sheetsClose, end: sheetsClose, text: sheetElements });
    else if (selfClosing) edits.push({ at: selfClosing.start, end: selfClosing.end, text: `<${p}sheets>${sheetElements}</${p}sheets>` });
  }
  edits.sort((a, b) => b.at - a.at || b.end - a.end);
  let out = xml;
  for (const e of edits) out = out.slice(0, e.at) + e.text + out.slice(e.end);
  // An emptied <definedNames></definedNames> is invalid (at least one name): remove it.
  return out.replace(new RegExp(`<${p}definedNames>\\s*</${p}definedNames>`), "");
}

/** Appends relationship elements to a rels part (or makes one). */
function editRels(xml: string | null, rels: ReadonlyArray<{ id: string; type: string; target: string }>): string {
  const elements = rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`).join("");
  if (xml === null) {
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${elements}</Relationships>`;
  }
  const root = rootOf(xml);
  const prefixed = root.prefix ? elements.replace(/<Relationship /g, `<${root.prefix}Relationship `) : elements;
  if (xml[root.startTagEnd - 2] === "/") {
    return `${xml.slice(0, root.startTagEnd - 2)}>${prefixed}</${root.prefix}Relationships>${xml.slice(root.startTagEnd)}`;
  }
  return xml.slice(0, root.closeAt) + prefixed + xml.slice(root.closeAt);
}

/** [Content_Types].xml with overrides for new parts and without those of dropped parts. */
function editContentTypes(xml: string, add: ReadonlyArray<{ part: string; type: string }>, drop: ReadonlySet<string>): string {
  const root = rootOf(xml);
  const p = root.prefix;
  const known = new Set<string>();
  const removals: Array<{ start: number; end: number }> = [];
  scanXml(xml, {
    open(name, a, at) {
      if (localName(name) !== "Override" || !a.PartName) return;
      const part = a.PartName.replace(/^\//, "").toLowerCase();
      known.add(part);
      if ([...drop].some((d) => d.toLowerCase() === part)) {
        const tagEnd = xml.indexOf(">", at) + 1;
        const end = xml[tagEnd - 2] === "/" ? tagEnd : xml.indexOf(">", xml.indexOf("</", tagEnd)) + 1;
        removals.push({ start: at, end });
      }
    },
  });
  const elements = add
    .filter((x) => !known.has(x.part.toLowerCase()))
    .map((x) => `<${p}Override PartName="/${escapeXml(x.part)}" ContentType="${x.type}"/>`)
    .join("");
  let out = xml.slice(0, root.closeAt) + elements + xml.slice(root.closeAt);
  for (const r of removals.sort((a, b) => b.start - a.start)) out = out.slice(0, r.start) + out.slice(r.end);
  return out;
}

/**
 * The bytes of the package with the tables written.
 * @throws SheetConflictError when a table's name is a sheet the tool did not write.
 */
export function packageWithTables(pkg: XlsxPackage, existing: readonly ExistingSheet[], tables: readonly OutputTable[]): Uint8Array {
  const conflicts = tables
    .map((t) => t.name)
    .filter((name) => existing.some((e) => sameName(e.name, name) && !isToolSheetTitle(e.a1)));
  if (conflicts.length > 0) throw new SheetConflictError(conflicts);
  if (tables.length === 0) return pkg.archive.bytes.slice();

  const encoder = new TextEncoder();
  const changed = new Map<string, Uint8Array>();
  const takenParts = new Set(pkg.archive.entries.map((e) => e.name));
  const takenIds = new Set(pkg.workbookRels.map((r) => r.id));
  const workbookFolder = folderOf(pkg.workbookPart);
  const worksheetRelType = pkg.workbookRels.find((r) => relType(r.type) === "worksheet")?.type ?? WORKSHEET_REL;
  const newRels: Array<{ id: string; type: string; target: string }> = [];
  const addedSheets: Array<{ name: string; sheetId: number; relId: string }> = [];
  const contentTypesAdd: Array<{ part: string; type: string }> = [];
  let nextSheetId = Math.max(0, ...pkg.sheets.map((s) => Number(s.sheetId)).filter(Number.isFinite)) + 1;

  // Styles: the existing part with our formats appended, or a new part.
  const stylesRel = pkg.workbookRels.find((r) => relType(r.type) === "styles" && !r.external);
  const stylesPart = stylesRel && pkg.archive.byName.has(stylesRel.target) ? stylesRel.target : null;
  const styled = appendOutputStyles(stylesPart ? (partText(pkg.archive, stylesPart) ?? MINIMAL_STYLES) : MINIMAL_STYLES);
  const newStylesPart = stylesPart ?? `${workbookFolder}styles.xml`;
  changed.set(newStylesPart, encoder.encode(styled.xml));
  if (!stylesPart) {
    const id = uniqueRelId(takenIds);
    takenIds.add(id);
    newRels.push({ id, type: STYLES_REL, target: "styles.xml" });
    contentTypesAdd.push({ part: newStylesPart, type: STYLES_TYPE });
  }

  const placed: Placed[] = [];
  const replacedParts: string[] = [];
  let position = pkg.sheets.length;
  for (const table of tables) {
    const earlier = pkg.sheets.findIndex((s) => sameName(s.name, table.name));
    if (earlier >= 0) {
      placed.push({ table, part: pkg.sheets[earlier].part, position: earlier, replaced: true });
      replacedParts.push(pkg.sheets[earlier].part);
      continue;
    }
    const part = uniquePart(takenParts, `${workbookFolder}worksheets/sheet`);
    const relId = uniqueRelId(takenIds);
    takenIds.add(relId);
    newRels.push({ id: relId, type: worksheetRelType, target: part.slice(workbookFolder.length) });
    addedSheets.push({ name: table.name, sheetId: nextSheetId++, relId });
    contentTypesAdd.push({ part, type: WORKSHEET_TYPE });
    placed.push({ table, part, position: position++, replaced: false });
  }
  // A replaced sheet's old relationships go, with the parts only they reached (e.g. a chart drawn
  // earlier); their names are free again for this sheet's new parts.
  const relsOverride = new Map<string, string | null>();
  for (const part of replacedParts) relsOverride.set(relsPartOf(part), null);
  const oldReach = new Set<string>();
  for (const part of replacedParts) {
    if (!pkg.archive.byName.has(relsPartOf(part))) continue;
    for (const p of reachable(pkg, [part], new Map())) if (p !== part) oldReach.add(p);
  }
  const kept = oldReach.size > 0 ? reachable(pkg, [""], relsOverride) : new Set<string>();
  const dropped = new Set([...oldReach].filter((p) => !kept.has(p)));
  for (const part of dropped) takenParts.delete(part);

  for (const x of placed) {
    let drawingRelId: string | null = null;
    if (hasChart(x.table)) {
      const drawing = uniquePart(takenParts, `${workbookFolder}drawings/drawing`);
      const chart = uniquePart(takenParts, `${workbookFolder}charts/chart`);
      changed.set(relsPartOf(x.part), encoder.encode(editRels(null, [{ id: "rId1", type: DRAWING_REL, target: relativeTarget(x.part, drawing) }])));
      changed.set(drawing, encoder.encode(drawingXml(x.table)));
      changed.set(relsPartOf(drawing), encoder.encode(editRels(null, [{ id: "rId1", type: CHART_REL, target: relativeTarget(drawing, chart) }])));
      changed.set(chart, encoder.encode(chartXml(x.table)));
      contentTypesAdd.push({ part: drawing, type: DRAWING_TYPE }, { part: chart, type: CHART_TYPE });
      drawingRelId = "rId1";
    }
    changed.set(x.part, encoder.encode(worksheetXml(x.table, styled.styles, drawingRelId)));
  }

  const workbookRelsPart = relsPartOf(pkg.workbookPart);
  const workbookRelsText = editRels(partText(pkg.archive, workbookRelsPart), newRels);
  changed.set(workbookRelsPart, encoder.encode(workbookRelsText));
  changed.set(pkg.workbookPart, encoder.encode(editWorkbook(pkg.workbookXml, addedSheets, placed)));

  const drop = new Set([...dropped].filter((p) => !changed.has(p)));
  const contentTypes = partText(pkg.archive, CONTENT_TYPES);
  if (contentTypes !== null) changed.set(CONTENT_TYPES, encoder.encode(editContentTypes(contentTypes, contentTypesAdd, drop)));

  const sources: ZipSource[] = [];
  for (const entry of pkg.archive.entries) {
    if (drop.has(entry.name)) continue;
    const data = changed.get(entry.name);
    if (data) {
      sources.push({ name: entry.name, data });
      changed.delete(entry.name);
    } else sources.push({ name: entry.name, copy: entry, from: pkg.archive });
  }
  for (const [name, data] of changed) sources.push({ name, data });
  return writeZip(sources, pkg.archive.codec);
}
