/**
 * Every message text of input validation, in one table (like hyperformula's error-message.ts).
 * Each entry says what was found and what was expected, in Chinese. `found` arguments are
 * already described for people by `describeCell` (e.g. `“abc”`, `1.5`, `日期2026-03-01`).
 */
import type { SubjectKind } from "../engine/types";

const KIND_NAME: Record<SubjectKind, string> = { body: "管理机构", unit: "承办单位" };

/** `["国家级", "省级", "市级"] → "国家级、省级或市级"`. */
export function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join("、")}或${items[items.length - 1]}`;
}

/** How many regions of a cycle its message lists (a 20,000-region cycle stays one short line). */
const CYCLE_SHOWN = 20;

export const MSG = {
  // ------------------------------------------------------------------ sheets and headers
  missingSheet: (sheet: string, headers: readonly string[]) =>
    `缺少工作表“${sheet}”，应新建该表并在第1行填写列标题：${headers.join("、")}`,
  missingStatsSheet: (sheet: string, headers: readonly string[], uncovered: readonly string[]) =>
    uncovered.length === 0
      ? `缺少工作表“${sheet}”（工作表名去掉首尾空格后也未找到），无法计算${sheet === "受理统计" ? "管理机构的接通率等指标" : "承办单位得分和地区综合得分"}；应新建该表并在第1行填写列标题：${headers.join("、")}`
      : `缺少工作表“${sheet}”，工单明细未覆盖有数据的月份${uncovered.join("、")}，这些月份无法推算${sheet}；应新建该表并在第1行填写列标题：${headers.join("、")}`,
  missingLedgerSheet: () =>
    "未找到工作表“台账”：没有任何台账记录，各管理机构“履职尽责·推动治理”将因无“治理同类问题”扣5分，所有加分项为0",
  missingColumn: (sheet: string, header: string) =>
    `工作表“${sheet}”缺少必填列“${header}”，应在第1行填写该列标题`,
  duplicateHeader: (header: string, usedColumn: string) =>
    `列标题“${header}”重复，已使用${usedColumn}列，本列被忽略`,

  // ------------------------------------------------------------------ cells
  blank: (field: string, expected: string) => `${field}为空，应填写${expected}`,
  countBlank: (field: string) => `${field}为空，应填写不小于0的整数`,
  badCount: (field: string, found: string) => `${field}为${found}，应为不小于0的整数`,
  countTooLarge: (field: string, found: string) =>
    `${field}为${found}，数值过大（超过9007199254740991），不可能是工单或诉求数量，请核对`,
  monthBlank: () => "月份为空，应填写月份（如2026-03）",
  bareNumberMonth: (found: string) =>
    `月份为数字${found}，不是日期；应填写月份文本（如2026-03、2026年3月）或日期格式的单元格`,
  badMonth: (found: string) =>
    `月份为${found}，应为2000至2099年间的月份，如2026-03、2026年3月、2026/3，或该月任一天的日期`,

  // ------------------------------------------------------------------ statistics consistency
  countOver: (part: string, partValue: number, whole: string, wholeValue: number) =>
    `${part}(${partValue})大于${whole}(${wholeValue})`,
  countOverMultiple: (part: string, partValue: number, whole: string, wholeValue: number, factor: number) =>
    `${part}(${partValue})大于${whole}(${wholeValue})的${factor}倍(${wholeValue * factor})`,

  // ------------------------------------------------------------------ names
  duplicateRegion: (name: string, firstRow: number) =>
    `地区“${name}”重复（第${firstRow}行已有），地区名称应唯一`,
  duplicateSubject: (name: string, firstRow: number) =>
    `单位“${name}”重复（第${firstRow}行已有），单位名称应唯一`,
  unknownRegion: (field: string, name: string) =>
    `${field}“${name}”未在“地区”表中定义，应为“地区”表中的地区名称`,
  unknownSubject: (name: string) => `单位“${name}”未在“单位”表中定义，应为“单位”表中的单位名称`,
  regionCycle: (cycle: readonly { name: string; cell: string }[]) => {
    const shown = cycle.slice(0, CYCLE_SHOWN).map((r) => `${r.name}（${r.cell}）`);
    const path = cycle.length > CYCLE_SHOWN ? `${shown.join(" → ")} → …等${cycle.length}个地区` : [...shown, cycle[0].name].join(" → ");
    return `上级地区形成循环，共${cycle.length}个地区（${path}），上级关系应逐级向上、不能回到本地区；这些地区的行均未计入`;
  },
  badSubjectType: (found: string) => `类型为${found}，应为管理机构或承办单位`,
  bodyWithoutRegion: (name: string) => `管理机构“${name}”的所属地区为空，管理机构必须填写所属地区`,
  secondBody: (region: string, first: string, firstRow: number) =>
    `地区“${region}”已有管理机构“${first}”（第${firstRow}行），一个地区只能有一个管理机构`,
  groupOnBody: (name: string, group: string) =>
    `管理机构“${name}”填写了排名分组“${group}”，管理机构不单独排名（随所属地区排名），该值已忽略`,
  wrongSubjectOnSheet: (sheet: string, name: string, kind: SubjectKind, expected: SubjectKind) =>
    `单位“${name}”是${KIND_NAME[kind]}，“${sheet}”只填写${KIND_NAME[expected]}`,
  duplicateStatsRow: (name: string, month: string, firstRow: number) =>
    `单位“${name}”在${month}已有统计行（第${firstRow}行），每个单位每月只能有一行`,

  // ------------------------------------------------------------------ ledger (台账)
  unknownItem: (found: string) =>
    `事项为${found}，不是规定的台账事项，应与赋分规则中的事项名称完全一致（如“缺少岗位”“群众表扬”）`,
  itemWrongKind: (item: string, subject: string, kind: SubjectKind) =>
    `事项“${item}”不适用于${KIND_NAME[kind]}“${subject}”，应填写${KIND_NAME[kind]}的台账事项`,
  levelBlank: (item: string, levels: readonly string[]) => `${item}须填写级别，应为${joinOr(levels)}`,
  badLevel: (found: string, item: string, kind: SubjectKind | null, levels: readonly string[]) =>
    `级别为${found}，${kind ? KIND_NAME[kind] + "的" : ""}${item}应为${joinOr(levels)}`,
  levelIgnored: (item: string, found: string) => `事项“${item}”不分级别，已忽略级别${found}`,
  badQuantity: (found: string) => `数量为${found}，应为正整数（空白视为1）`,
  ledgerMonthWithoutStats: (month: string, rows: number, sources: string) =>
    `台账中月份为${month}的有${rows}行（此处为第一行），但${sources}中没有该月的任何行：请核对月份是否填错；计算该月时各单位只按台账赋分`,
  taskQuantity: (found: string) => `专题任务每行为一项任务，数量为${found}，应为空或1`,
  sameMatterIgnored: (item: string, found: string) =>
    `同一事项只用于通报表彰和媒体报道，事项“${item}”的同一事项${found}已忽略`,
  pointsBlank: () => "专题任务须填写分值，应为1到3之间的数（如1.5）",
  badPoints: (found: string) => `分值为${found}，专题任务的分值应为1到3之间的数（如1.5）`,
  pointsNotAllowed: (item: string, found: string) =>
    `分值只用于专题任务，事项“${item}”不应填写分值（现为${found}）`,
  badReview: (found: string) => `审核为${found}，应为空、通过或不通过`,

  // ------------------------------------------------------------------ parameters (参数)
  paramNameBlank: (found: string) => `参数名为空（值为${found}），该行已忽略`,
  unknownParam: (name: string, known: readonly string[]) =>
    `未知参数“${name}”，已忽略；可用参数：${known.join("、")}`,
  duplicateParam: (name: string, firstRow: number) =>
    `参数“${name}”重复（第${firstRow}行已有），每个参数只能填写一次`,
  badParam: (name: string, found: string, expected: string) => `参数“${name}”的值为${found}，应为${expected}`,
  weightsSum: (body: string, unit: string, total: string) =>
    `管理机构权重(${body})与承办单位权重(${unit})之和为${total}，应等于1`,
} as const;
