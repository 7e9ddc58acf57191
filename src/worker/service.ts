/**
 * The compute jobs themselves, run inside the worker (or on the page's thread where Worker is
 * unavailable): open an .xlsx and summarize it, score it into a copy and the JSON, or score grids
 * a pane read from Excel into output tables.
 */
import type { XlsxBook } from "../hosts/xlsx/xlsx-file";
import { paramTexts } from "../hosts/office/param-cells";
import { computeWorkbook } from "../workbook/compute";
import { summarizeWorkbook } from "../workbook/read-input";
import { SHEET } from "../workbook/sheets";
import type { OpenedBook, ScoreBookRequest, ScoredBook } from "./protocol";
import { withParams } from "./params-override";
import { breathe, createGridJobs, viewOf, withMonths, type ComputeService, type OnProgress } from "./score-grids";

export type { ComputeService, OnProgress } from "./score-grids";

/** The `--json` file's text exactly as `jsjb score --json` writes it. */
export const jsonText = (json: unknown): string => `${JSON.stringify(json, null, 2)}\n`;

/** The xlsx host, loaded by the page's jobs only (the pane's never need it). */
const xlsxHost = () => import(/* webpackChunkName: "xlsx-host" */ "../hosts/xlsx/xlsx-file");

/** A service holding the last workbook opened (the web page scores it, maybe several times). */
export function createComputeService(): ComputeService {
  let book: XlsxBook | null = null;
  let source: Uint8Array | null = null;
  /** Writing the copy may change the opened package: a second compute reopens the bytes. */
  let written = false;

  async function open({ bytes }: { bytes: Uint8Array }, onProgress: OnProgress): Promise<OpenedBook> {
    book = null;
    source = null;
    onProgress({ phase: "reading", done: 0, total: 1 });
    const opened = await (await xlsxHost()).openXlsx(bytes);
    book = opened;
    source = bytes;
    written = false;
    return { summary: summarizeWorkbook(opened.sheets), params: paramTexts(opened.sheets[SHEET.params]) };
  }

  async function scoreBook(request: ScoreBookRequest, onProgress: OnProgress): Promise<ScoredBook> {
    if (!book || !source) throw new Error("尚未选择工作簿");
    if (written) {
      onProgress({ phase: "reading", done: 0, total: 1 });
      book = await (await xlsxHost()).openXlsx(source);
      written = false;
    }
    onProgress({ phase: "checking", done: 0, total: 1 });
    await breathe();
    const sheets = request.params ? withParams(book.sheets, request.params) ?? book.sheets : book.sheets;
    const outcome = computeWorkbook(sheets, request.period, { now: new Date(request.now), existingSheets: book.existing, ...withMonths(request) });
    onProgress({ phase: "scoring", done: 1, total: 1 });
    const view = viewOf(outcome);
    if (!outcome.ok) return { view, bytes: null, json: null, docx: null };
    onProgress({ phase: "writing", done: 0, total: 1 });
    await breathe();
    const json = jsonText(outcome.json);
    written = true;
    const bytes = await (await xlsxHost()).xlsxWithTables(book, outcome.tables);
    onProgress({ phase: "writing", done: 1, total: 1 });
    // The 通报稿 as a Word document, the same as `jsjb score --docx` (docx loads only for the page's jobs).
    const docx = outcome.draft ? await (await import("../hosts/docx/bulletin-docx")).bulletinDocx(outcome.draft) : null;
    return { view, bytes, json, docx };
  }

  return { open, scoreBook, ...createGridJobs() };
}
