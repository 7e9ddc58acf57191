import { promises as fs } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import type { SheetGrids } from "../../src/workbook/compute-types";
import { BODY_COUNT_FIELDS, UNIT_COUNT_FIELDS } from "../../src/engine/types";

/** A fresh temporary folder for one test file. */
export async function tempDir(prefix: string): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), `jsjb-${prefix}-`));
}

/** Writes grids as a plain .xlsx (no styling), the way a user's own workbook might look. */
export async function writeGridsFile(file: string, grids: SheetGrids): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, grid] of Object.entries(grids)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of grid) sheet.addRow(row);
  }
  await workbook.xlsx.writeFile(file);
}

export interface CliRun {
  code: number;
  out: string[];
  err: string[];
}

/** Runs the CLI in-process with collected output. */
export async function runCli(...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => void out.push(l), err: (l) => void err.push(l) };
  const code = await main(argv, io);
  return { code, out, err };
}

export async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Sheet names of a saved workbook, in tab order. */
export async function sheetNames(file: string): Promise<string[]> {
  return (await loadWorkbook(file)).worksheets.map((w) => w.name);
}

/**
 * The data row of an output sheet (title row 1, headers row 2) whose first column is `key`,
 * as header → value.
 */
export function outputRow(sheet: ExcelJS.Worksheet, key: string): Record<string, unknown> {
  const headers = (sheet.getRow(2).values as unknown[]).slice(1).map(String);
  // The name column: 单位 on the score sheets, 地区 or 名称 after 排名 on the ranking sheets.
  const keyCol = Math.max(0, headers.findIndex((h) => ["单位", "地区", "名称"].includes(h)));
  for (let r = 3; r <= sheet.rowCount; r++) {
    const values = (sheet.getRow(r).values as unknown[]).slice(1);
    if (values[keyCol] === key) return Object.fromEntries(headers.map((h, c) => [h, values[c] ?? null]));
  }
  throw new Error(`no row ${key} in ${sheet.name}`);
}

/** A statistics row: month, subject, then the counts in contract order. */
export const statsRow = (month: string, subject: string, counts: readonly number[]): unknown[] => [month, subject, ...counts];

export const HEADERS = {
  regions: ["地区", "上级地区", "排名分组"],
  subjects: ["单位", "类型", "所属地区", "排名分组"],
  bodyStats: ["月份", "单位", ...BODY_COUNT_FIELDS],
  unitStats: ["月份", "单位", ...UNIT_COUNT_FIELDS],
  ledger: ["月份", "单位", "事项", "级别", "数量", "同一事项", "分值", "审核", "说明"],
  params: ["参数", "值"],
};

/**
 * RUBRIC.md §8 as a workbook, typed in from the rubric's text: region 长春市 (市州), its body and
 * two units (the second one perfect with no ledger rows), month 2026-03.
 */
export function workedExampleGrids(): SheetGrids {
  const m = "2026-03";
  const body = "长春市12345热线管理中心";
  const unit = "长春市住房和城乡建设局";
  const ledger = (who: string, item: string, level: string | null, qty: number | null, same: string | null, points: number | null) => [
    m, who, item, level, qty, same, points, null, null,
  ];
  return {
    地区: [HEADERS.regions, ["长春市", null, "市州"]],
    单位: [
      HEADERS.subjects,
      [body, "管理机构", "长春市", null],
      [unit, "承办单位", "长春市", null],
      ["长春市水务局", "承办单位", "长春市", null],
    ],
    受理统计: [HEADERS.bodyStats, statsRow(m, body, [10000, 9300, 8000, 7480])],
    办理统计: [
      HEADERS.unitStats,
      statsRow(m, unit, [400, 372, 20, 18, 380, 361, 57, 400, 48, 300, 279]),
      statsRow(m, "长春市水务局", [200, 200, 10, 10, 190, 190, 0, 200, 0, 150, 150]),
    ],
    台账: [
      HEADERS.ledger,
      ledger(body, "缺少岗位", null, 1, null, null),
      ledger(body, "值班计划不合理", null, null, null, null),
      ledger(body, "工单记录不准确被有效投诉", null, 3, null, null),
      ledger(body, "治理同类问题", null, 3, null, null),
      ledger(body, "群众表扬", null, 5, null, null),
      ledger(body, "通报表彰", "省级", null, "A", null),
      ledger(body, "通报表彰", "国家级", null, "A", null),
      ledger(body, "通报表彰", "市级", null, null, null),
      ledger(body, "媒体报道", "省级", null, null, null),
      ledger(body, "审核知识库", null, 250, null, null),
      ledger(body, "通报批评或重点督办", "省级", null, null, null),
      ledger(unit, "分管领导联络员联系不上", null, 1, null, null),
      ledger(unit, "未回复造成重复投诉", null, 2, null, null),
      ledger(unit, "知识库更新", null, 23, null, null),
      ledger(unit, "专题任务", null, null, null, 2),
      ledger(unit, "督办意见不落实", null, 1, null, null),
    ],
  };
}
