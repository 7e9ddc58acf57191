import { defaultParams, PARAM_SPECS } from "../../engine/params";
import type { Params, PeriodResult } from "../../engine/types";
import { INPUT_SHEETS } from "../sheets";
import type { OutputTable, OutputValue } from "../output-table";
import type { Problem } from "../problem";
import { problemCell } from "../problem";
import { column, table } from "./columns";
import { beijingTime } from "./format";
import { methodLines } from "./method-lines";
import { NOTES_SHEET } from "./sheet-names";
import { TOOL_NAME, TOOL_VERSION } from "./tool-info";

/** What 计算说明 is built from. */
export interface NotesInput {
  result: PeriodResult;
  problems: readonly Problem[];
  params: Params;
  rowCounts: Readonly<Record<string, number>>;
  now: Date;
}

type Row = [string, string | null, string | null];

const section = (title: string): Row => [title, null, null];

const sameValue = (a: Params[keyof Params], b: Params[keyof Params]): boolean => {
  if (a === null || b === null || typeof a === "string" || typeof b === "string") return a === b;
  return a.equals(b);
};

/** Input sheets in contract order, then any other sheet counted (e.g. 工单明细, 节假日). */
function rowCountRows(rowCounts: Readonly<Record<string, number>>): Row[] {
  const known = INPUT_SHEETS.map((s) => s.name).filter((n) => n in rowCounts);
  const others = Object.keys(rowCounts).filter((n) => !known.includes(n));
  return [...known, ...others].map((n): Row => [n, `${rowCounts[n]}行`, null]);
}

function parameterRows(params: Params): Row[] {
  const defaults = defaultParams();
  return PARAM_SPECS.map((spec): Row => {
    const value = params[spec.key];
    const state = sameValue(value, defaults[spec.key]) ? "默认值" : `已修改（默认值为${spec.defaultText}）`;
    return [spec.name, spec.show(value), `${state}；${spec.description}`];
  });
}

function problemRows(problems: readonly Problem[]): Row[] {
  if (problems.length === 0) return [["无", null, "未发现错误或警告"]];
  return problems.map((p): Row => [p.severity === "error" ? "错误" : "警告", problemCell(p), p.message]);
}

/**
 * `计算说明`: period, time of computation, tool and version, how scores are computed, every
 * parameter with its value and whether it is the default, input row counts per sheet and every
 * problem (级别, 位置 `sheet!A1`, 说明). Three text columns, in numbered sections.
 */
export function notesSheet(input: NotesInput): OutputTable {
  const { period, months } = input.result;
  const monthsWithData = months.map((m) => m.month).sort();
  const rows: Row[] = [
    section("一、计算信息"),
    ["计算期间", period.label, period.kind === "month" ? "月度" : period.kind === "quarter" ? "季度" : "年度"],
    ["包含月份", period.months.join("、"), null],
    ["有数据的月份", monthsWithData.length ? monthsWithData.join("、") : "无", null],
    ["计算时间", beijingTime(input.now), "北京时间"],
    ["工具", TOOL_NAME, `版本 ${TOOL_VERSION}`],
    section("二、计算方法"),
    ...methodLines(input.params).map((l): Row => [l.topic, l.rule, null]),
    section("三、参数（项目｜取值｜说明）"),
    ...parameterRows(input.params),
    section("四、输入数据行数"),
    ...rowCountRows(input.rowCounts),
    section("五、问题（级别｜位置｜说明）"),
    ...problemRows(input.problems),
  ];
  const columns = [column("项目", "text", 24), column("内容", "text", 60), column("说明", "text", 80)];
  return table(NOTES_SHEET, columns, rows as OutputValue[][], {
    subtitle: `${period.label}`,
    print: { kind: "text", orientation: "landscape", repeatHeaderRow: true },
  });
}
