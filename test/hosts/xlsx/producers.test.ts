/**
 * Workbooks from several producers read and score the same, and the scored copy keeps every part
 * of the input. Fixtures: test/fixtures/producers (made by make-fixtures.sh from the example).
 */
import { promises as fs } from "fs";
import path from "path";
import { unzipSync } from "fflate";
import { readWorkbookFile } from "../../../src/hosts/xlsx/read-workbook";
import { NODE_ZIP_CODEC } from "../../../src/hosts/xlsx/node-zip-codec";
import { openXlsx, xlsxWithTables, type XlsxBook } from "../../../src/hosts/xlsx/xlsx-file";
import { computeWorkbook } from "../../../src/workbook/compute";
import { runCli, tempDir } from "../../cli/helpers";

const ROOT = path.join(__dirname, "..", "..", "..");
const FILES = {
  "exceljs (the example)": path.join(ROOT, "examples", "jilin-example.xlsx"),
  "openpyxl with a chart, an image, a comment, a validation, a defined name and formulas": path.join(ROOT, "test", "fixtures", "producers", "openpyxl-extras.xlsx"),
  "LibreOffice Calc": path.join(ROOT, "test", "fixtures", "producers", "libreoffice.xlsx"),
};
const NOW = new Date("2026-04-05T08:00:00Z");
const PERIOD = "2026Q1";

const read = async (file: string) => new Uint8Array(await fs.readFile(file));
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const score = (book: XlsxBook) => computeWorkbook(book.sheets, PERIOD, { now: NOW, existingSheets: book.existing });

/** The direct children of a list element in a styles part (`<fonts>` → each `<font>…</font>`), as texts. */
function listBody(xml: string, list: string): string {
  const m = new RegExp(`<(?:\\w+:)?${list}\\b[^>]*>([\\s\\S]*?)</(?:\\w+:)?${list}>`).exec(xml);
  return m ? m[1] : "";
}

describe("workbooks from several producers", () => {
  let exampleJson: unknown;

  beforeAll(async () => {
    exampleJson = score(await openXlsx(await read(FILES["exceljs (the example)"]))).json;
  });

  it("reads the example exactly as exceljs does (an independent reader)", async () => {
    const ours = await openXlsx(await read(FILES["exceljs (the example)"]));
    const theirs = await readWorkbookFile(FILES["exceljs (the example)"]);
    expect(ours.sheets).toEqual(theirs.sheets);
    expect(ours.existing).toEqual(theirs.existing);
  });

  it.each(Object.entries(FILES))("%s: reads and scores equal to the example", async (_producer, file) => {
    const outcome = score(await openXlsx(await read(file)));
    expect(outcome.ok).toBe(true);
    expect(outcome.json).toEqual(exampleJson);
  });

  it.each(Object.entries(FILES))("%s: the scored copy keeps every part of the input", async (_producer, file) => {
    const input = await read(file);
    const book = await openXlsx(input);
    const outcome = score(book);
    const output = await xlsxWithTables(book, outcome.tables);
    const before = unzipSync(input);
    const after = unzipSync(output);
    const edited = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"]);
    for (const [part, bytes] of Object.entries(before)) {
      expect(after[part]).toBeDefined();
      if (!edited.has(part)) expect(Buffer.from(after[part]).equals(Buffer.from(bytes))).toBe(true);
    }
    // The edited parts keep every original entry.
    const elements = (xml: string, name: string) => xml.match(new RegExp(`<${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`, "g")) ?? [];
    const wb = [text(before["xl/workbook.xml"]), text(after["xl/workbook.xml"])];
    for (const el of [...elements(wb[0], "sheet"), ...elements(wb[0], "definedName")]) expect(wb[1]).toContain(el);
    const rels = [text(before["xl/_rels/workbook.xml.rels"]), text(after["xl/_rels/workbook.xml.rels"])];
    for (const el of elements(rels[0], "Relationship")) expect(rels[1]).toContain(el);
    const types = [text(before["[Content_Types].xml"]), text(after["[Content_Types].xml"])];
    for (const el of [...elements(types[0], "Default"), ...elements(types[0], "Override")]) expect(types[1]).toContain(el);
    const styles = [text(before["xl/styles.xml"]), text(after["xl/styles.xml"])];
    for (const list of ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs"]) {
      expect(listBody(styles[1], list).startsWith(listBody(styles[0], list))).toBe(true);
    }
    // The output sheets were added after the input's sheets.
    const names = (await openXlsx(output)).existing.map((e) => e.name);
    expect(names.slice(0, book.existing.length)).toEqual(book.existing.map((e) => e.name));
    expect(names.slice(book.existing.length)).toEqual(outcome.tables.map((t) => t.name));
  });

  it("Node's zlib codec (the CLI's) and the portable codec (the web page's) read and write the same content", async () => {
    const bytes = await read(FILES["exceljs (the example)"]);
    const viaNode = await openXlsx(bytes, { codec: NODE_ZIP_CODEC });
    const portable = await openXlsx(bytes);
    expect(viaNode.sheets).toEqual(portable.sheets);
    const tables = score(portable).tables;
    const [a, b] = [unzipSync(await xlsxWithTables(viaNode, tables)), unzipSync(await xlsxWithTables(portable, tables))];
    expect(Object.keys(a)).toEqual(Object.keys(b));
    for (const part of Object.keys(a)) expect(Buffer.from(a[part]).equals(Buffer.from(b[part]))).toBe(true);
  });

  it("jsjb score --out keeps the openpyxl workbook's chart, image, comment, validation, defined name and formulas", async () => {
    const dir = await tempDir("producers");
    const out = path.join(dir, "scored.xlsx");
    const input = FILES["openpyxl with a chart, an image, a comment, a validation, a defined name and formulas"];
    const run = await runCli("score", input, "--period", "2026-03", "--out", out);
    expect(run.code).toBe(0);
    const before = unzipSync(await read(input));
    const after = unzipSync(await read(out));
    for (const part of ["xl/charts/chart1.xml", "xl/media/image1.png", "xl/comments/comment1.xml", "xl/drawings/drawing1.xml"]) {
      expect(Buffer.from(after[part]).equals(Buffer.from(before[part]))).toBe(true);
    }
    expect(text(after["xl/workbook.xml"])).toContain("单位列表");
    const sheetXml = Object.values(after).map(text).join("\n");
    expect(sheetXml).toContain("<f>SUM(B2:B4)</f>");
    expect(sheetXml).toContain("<dataValidation");
  });
});
