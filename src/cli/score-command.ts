/**
 * `jsjb score`: read the .xlsx, validate and score through computeWorkbook, print problems and the
 * ranking, write the copy with the output sheets and the JSON only when there is no error.
 */
import path from "path";
import type ExcelJS from "exceljs";
import { parsePeriod } from "../engine/period";
import { readWorkbookFile, type XlsxInput } from "../hosts/xlsx/read-workbook";
import { saveTextFile, saveWorkbookFile } from "../hosts/xlsx/save-workbook";
import { writeOutputTables } from "../hosts/xlsx/write-output";
import { computeWorkbook } from "../workbook/compute";
import type { OutputTable } from "../workbook/output-table";
import { formatProblem, type Problem } from "../workbook/problem";
import type { ScoreArgs } from "./args";
import { EXIT, type CliIo } from "./io";
import { folderExists, isFile, sameFile, shownPath } from "./paths";
import { rankingLines } from "./ranking-report";
import { usageFailure } from "./usage";

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Checks the files before reading anything: a message (wrong usage) or null. */
async function pathProblem(args: ScoreArgs): Promise<string | null> {
  if (!(await isFile(args.input))) return `找不到输入工作簿：${args.input}`;
  for (const [option, file] of [["--out", args.out], ["--json", args.json]] as const) {
    if (file === null) continue;
    if (await sameFile(file, args.input)) {
      return `${option} 不能是输入工作簿本身（${file}）：输入文件从不改动，请另选一个文件名`;
    }
    if (!(await folderExists(file))) return `${option} 的文件夹不存在：${path.dirname(path.resolve(file))}`;
  }
  if (args.out !== null && !/\.xlsx$/i.test(args.out)) return `--out 应为 .xlsx 文件：${args.out}`;
  if (args.out !== null && args.json !== null && (await sameFile(args.out, args.json))) {
    return "--out 与 --json 不能是同一个文件";
  }
  return null;
}

function problemSummary(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  return `工作簿有 ${errors} 个错误${warnings ? `、${warnings} 个警告` : ""}，未写入任何文件。请修改后重新计算。`;
}

/**
 * What is left to do once the workbook is scored. The grids, the engine's result and the JSON
 * object are not kept: at province scale they are hundreds of megabytes the garbage collector
 * would otherwise trace again and again while exceljs saves.
 */
interface Scored {
  workbook: ExcelJS.Workbook;
  tables: OutputTable[];
  tableCount: number;
  jsonText: string | null;
  ranking: string[];
  warnings: number;
}

/** Reads and scores; prints the problems. Null when the workbook cannot be read or has errors. */
async function readAndScore(args: ScoreArgs, period: string, io: CliIo, now: Date): Promise<Scored | null> {
  let input: XlsxInput;
  try {
    input = await readWorkbookFile(args.input);
  } catch (error) {
    io.err(`无法读取工作簿 ${args.input}：${errorText(error)}（只支持 .xlsx 格式的 Excel 工作簿）`);
    return null;
  }
  // Only what will be written is built: no tables without --out, no JSON without --json.
  const outcome = computeWorkbook(input.sheets, period, {
    now, existingSheets: input.existing, tables: args.out !== null, json: args.json !== null, withMonths: args.withMonths,
  });
  for (const problem of outcome.problems) io.err(formatProblem(problem));
  if (!outcome.ok || outcome.result === null) {
    io.err(problemSummary(outcome.problems));
    return null;
  }
  return {
    workbook: input.workbook,
    tables: outcome.tables,
    tableCount: outcome.tables.length,
    jsonText: args.json === null ? null : `${JSON.stringify(outcome.json, null, 2)}\n`,
    ranking: rankingLines(outcome.result),
    warnings: outcome.problems.length,
  };
}

/** Writes what was asked for (the workbook first, then the JSON); returns an error message or null. */
async function writeResults(args: ScoreArgs, scored: Scored): Promise<string | null> {
  if (args.out !== null) {
    const report = writeOutputTables(scored.workbook, scored.tables);
    scored.tables = [];
    if (report.refused.length > 0) {
      return `工作簿中已有不是本工具生成的同名工作表：${report.refused.join("、")}；未写入任何文件`;
    }
    try {
      await saveWorkbookFile(scored.workbook, args.out);
    } catch (error) {
      return `无法写入 ${args.out}：${errorText(error)}（文件是否正在 Excel 中打开？）`;
    }
  }
  if (args.json !== null && scored.jsonText !== null) {
    try {
      await saveTextFile(scored.jsonText, args.json);
    } catch (error) {
      return `无法写入 ${args.json}：${errorText(error)}`;
    }
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

  const scored = await readAndScore(args, period.label, io, now);
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
  if (!args.out && !args.json) io.out("未指定 --out 或 --json，未写入文件。");
  return EXIT.ok;
}
