/** Small inline workbooks for the input-contract tests. */
import type { SheetGrids } from "../../src/workbook/compute-types";
import { a1, type Problem } from "../../src/workbook/problem";

export const BODY = "长春市12345热线管理中心";
export const UNIT = "长春市住房和城乡建设局";
export const PROVINCIAL_UNIT = "省教育厅";

export const BODY_STATS_HEADER = ["月份", "单位", "诉求总量", "及时受理诉求量", "工单办理总量", "及时派发工单量"];
export const UNIT_STATS_HEADER = [
  "月份", "单位", "转派工单总量", "及时签收工单量", "工单退回总量", "及时退回工单量", "办结工单总量",
  "按时办结工单量", "延期办结工单量", "办理工单总量", "红牌警告工单量", "满意度参评工单量", "满意工单量",
];
export const LEDGER_HEADER = ["月份", "单位", "事项", "级别", "数量", "同一事项", "分值", "审核", "说明"];

/** The worked example of RUBRIC.md §8, trimmed: a clean workbook without problems. */
export function cleanWorkbook(): SheetGrids {
  return {
    地区: [
      ["地区", "上级地区", "排名分组"],
      ["吉林省", null, null],
      ["长春市", "吉林省", "市州"],
      ["朝阳区", "长春市", "县市区"],
    ],
    单位: [
      ["单位", "类型", "所属地区", "排名分组"],
      [BODY, "管理机构", "长春市", null],
      [UNIT, "承办单位", "长春市", "市直部门"],
      [PROVINCIAL_UNIT, "承办单位", null, null],
    ],
    受理统计: [BODY_STATS_HEADER, ["2026-03", BODY, 10000, 9300, 8000, 7480]],
    办理统计: [UNIT_STATS_HEADER, ["2026-03", UNIT, 400, 372, 20, 18, 380, 361, 57, 400, 48, 300, 279]],
    台账: [
      LEDGER_HEADER,
      ["2026-03", BODY, "通报表彰", "省级", null, "A", null, null, "省政府通报"],
      ["2026-03", UNIT, "专题任务", null, null, null, 2, "通过", null],
    ],
  };
}

/** The clean workbook with some sheets replaced (undefined removes a sheet). */
export function workbook(changes: Record<string, unknown[][] | undefined>): SheetGrids {
  const sheets: SheetGrids = { ...cleanWorkbook() };
  for (const [name, grid] of Object.entries(changes)) {
    if (grid === undefined) delete sheets[name];
    else sheets[name] = grid;
  }
  return sheets;
}

/** The clean workbook with rows appended to one sheet. */
export function withRows(sheet: string, ...rows: unknown[][]): SheetGrids {
  const sheets = cleanWorkbook();
  sheets[sheet] = [...(sheets[sheet] ?? []), ...rows];
  return sheets;
}

/** `error 办理统计!D3` — what a test asserts about a problem: severity, sheet and cell. */
export function at(p: Pick<Problem, "severity" | "sheet" | "row" | "col">): string {
  return `${p.severity} ${p.sheet}!${a1(p.row, p.col)}`;
}

/** Every problem as `severity sheet!cell`. */
export function places(problems: readonly Problem[]): string[] {
  return problems.map(at);
}

/** The one problem at `sheet!cell` (fails the test when there is not exactly one). */
export function problemAt(problems: readonly Problem[], sheet: string, cell: string): Problem {
  const found = problems.filter((p) => p.sheet === sheet && a1(p.row, p.col) === cell);
  if (found.length !== 1) {
    throw new Error(`expected one problem at ${sheet}!${cell}, got: ${JSON.stringify(places(problems))}`);
  }
  return found[0];
}
