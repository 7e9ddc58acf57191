/**
 * `jsjb score`: read the .xlsx, validate and score through computeWorkbook, print problems and the
 * ranking, write the copy with the output sheets and the JSON only when there is no error.
 */
import { promises as fs } from "fs";
import path from "path";
import { parsePeriod } from "../engine/period";
import { NODE_ZIP_CODEC } from "../hosts/xlsx/node-zip-codec";
import { openXlsx, SheetConflictError, XlsxFileError, xlsxWithTables, type XlsxBook } from "../hosts/xlsx/xlsx-file";
import { bulletinDocx } from "../hosts/docx/bulletin-docx";
import { computeWorkbook } from "../workbook/compute";
import type { OutputTable } from "../workbook/output-table";
import { formatProblem, type Problem } from "../workbook/problem";
import type { ScoreArgs } from "./args";
import { EXIT, type CliIo } from "./io";
import { prettyJsonBytes } from "./json-bytes";
import {
  OutputWriteError,
  outputPathProblem,
  outputTargets,
  writeAllOrNothing,
  writeErrorReason,
  type OutputTarget,
  type OutputWrite,
} from "./output-files";
import { isFile, shownPath } from "./paths";
import { rankingLines } from "./ranking-report";
import { usageFailure } from "./usage";

/** The files `jsjb score` writes, one line per output option (in the order they are checked). */
function outputsOf(args: ScoreArgs): OutputTarget[] {
  return outputTargets([
    [{ option: "--out", extension: ".xlsx" }, args.out],
    [{ option: "--json", extension: null }, args.json],
    [{ option: "--docx", extension: ".docx" }, args.docx],
  ]);
}

/** Checks the files before reading anything: a message (wrong usage) or null. */
async function pathProblem(args: ScoreArgs): Promise<string | null> {
  if (!(await isFile(args.input))) return `找不到输入工作簿：${args.input}`;
  return outputPathProblem(args.input, outputsOf(args));
}

function problemSummary(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  return `工作簿有 ${errors} 个错误${warnings ? `、${warnings} 个警告` : ""}，未写入任何文件。请修改后重新计算。`;
}

/**
 * What is left to do once the workbook is scored. The grids, the engine's result and the JSON
 * object are not kept: at province scale they are hundreds of megabytes the garbage collector
 * would otherwise trace again and again while the copy is written.
 */
interface Scored {
  book: XlsxBook;
  tables: OutputTable[];
  tableCount: number;
  /** The JSON document's bytes (see json-bytes.ts). */
  json: Buffer[] | null;
  ranking: string[];
  warnings: number;
  /** The 通报稿 as a .docx, made before anything is written. */
  docx: Uint8Array | null;
}

/** The input workbook opened, or the Chinese reason it cannot be read (a usage error: exit 2). */
async function openInput(file: string): Promise<XlsxBook | string> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(file));
  } catch {
    return `无法读取 ${file}：文件无法打开（没有读取权限，或正被其他程序独占）。`;
  }
  try {
    return await openXlsx(bytes, { codec: NODE_ZIP_CODEC });
  } catch (error) {
    if (error instanceof XlsxFileError) return `无法读取 ${file}：${error.message}`;
    throw error;
  }
}

/** Scores the opened workbook; prints the problems. Null when the workbook has errors. */
async function readAndScore(args: ScoreArgs, period: string, io: CliIo, now: Date, input: XlsxBook): Promise<Scored | null> {
  // Only what will be written is built: no tables without --out, no JSON without --json.
  const outcome = computeWorkbook(input.sheets, period, {
    now, existingSheets: input.existing, tables: args.out !== null, json: args.json !== null, withMonths: args.withMonths,
  });
  // The grids are read: let them go (the copy needs only the package and the sheet list).
  input.sheets = {};
  for (const problem of outcome.problems) io.err(formatProblem(problem));
  if (!outcome.ok || outcome.result === null) {
    io.err(problemSummary(outcome.problems));
    return null;
  }
  return {
    book: input,
    tables: outcome.tables,
    tableCount: outcome.tables.length,
    json: args.json === null ? null : prettyJsonBytes(outcome.json),
    ranking: rankingLines(outcome.result),
    warnings: outcome.problems.length,
    docx: args.docx === null || outcome.draft === null ? null : await bulletinDocx(outcome.draft),
  };
}

/** Writes what was asked for, all files or none; returns an error message or null. */
async function writeResults(args: ScoreArgs, scored: Scored): Promise<string | null> {
  const writes: OutputWrite[] = [];
  if (args.out !== null) {
    let bytes: Uint8Array;
    try {
      bytes = await xlsxWithTables(scored.book, scored.tables);
    } catch (error) {
      if (error instanceof SheetConflictError) return `${error.message}；未写入任何文件`;
      throw error;
    }
    scored.tables = [];
    writes.push({ target: args.out, write: (temporary) => fs.writeFile(temporary, bytes) });
  }
  const json = scored.json;
  if (args.json !== null && json !== null) {
    writes.push({ target: args.json, write: (temporary) => fs.writeFile(temporary, json) });
  }
  const docx = scored.docx;
  if (args.docx !== null && docx !== null) {
    writes.push({ target: args.docx, write: (temporary) => fs.writeFile(temporary, docx) });
  }
  try {
    await writeAllOrNothing(writes);
  } catch (error) {
    return error instanceof OutputWriteError ? error.message : `写入结果失败：${writeErrorReason(error)}；未写入任何文件`;
  }
  return null;
}

/**
 * Runs `jsjb score` and returns the exit code: 0 done, 1 the workbook has errors (or a file could
 * not be read or written; nothing half-written), 2 wrong usage.
 */
export async function runScore(args: ScoreArgs, io: CliIo, now: Date = new Date()): Promise<number> {
  const period = parsePeriod(args.period);
  if (!period) {
    return usageFailure(io, `期间格式不正确：“${args.period}”，应为月份（2026-03）、季度（2026Q1）或年度（2026）`);
  }
  const badPath = await pathProblem(args);
  if (badPath) return usageFailure(io, badPath);

  const input = await openInput(args.input);
  if (typeof input === "string") {
    io.err(input);
    return EXIT.usage;
  }
  const scored = await readAndScore(args, period.label, io, now, input);
  if (scored === null) return EXIT.workbookErrors;
  const writeError = await writeResults(args, scored);
  if (writeError) {
    io.err(writeError);
    return EXIT.workbookErrors;
  }

  for (const line of scored.ranking) io.out(line);
  io.out("");
  if (scored.warnings > 0) {
    io.out(`有 ${scored.warnings} 个警告（见上方错误输出${args.out ? "和结果工作簿的「计算说明」" : ""}）。`);
  }
  if (args.out) io.out(`已写入结果工作簿：${shownPath(path.resolve(args.out))}（${scored.tableCount} 个结果工作表）`);
  if (args.json) io.out(`已写入 JSON 结果：${shownPath(path.resolve(args.json))}`);
  if (args.docx) io.out(`已写入通报稿：${shownPath(path.resolve(args.docx))}`);
  if (!args.out && !args.json && !args.docx) io.out("未指定 --out、--json 或 --docx，未写入文件。");
  return EXIT.ok;
}
