/** Every Chinese message of the ticket sheets, in one table (what was found, what was expected). */
import type { Month } from "../../engine/types";

const list = (items: readonly string[]) => items.map((s) => `「${s}」`).join("");

export const TICKET_MESSAGES = {
  missingColumn: (header: string, aliases: readonly string[]) =>
    `缺少必需的列「${header}」${aliases.length ? `（也可用${list(aliases)}）` : ""}`,
  notDerived: (fields: readonly string[], column: string) =>
    `工单明细没有「${column}」列，${fields.join("、")}不从工单推算，应在统计表中填写`,
  blankRequired: (header: string) => `${header}为空，应填写`,
  blankForBody: (header: string) => `${header}为空，应填写（用于推算受理统计）`,
  badTime: (header: string, shown: string) =>
    `${header}「${shown}」无法识别，应为日期时间单元格或「2026-03-05 14:30」「2026年3月5日 14时30分」格式的文本`,
  badChoice: (header: string, shown: string, choices: readonly string[]) =>
    `${header}「${shown}」无效，应为${choices.join("、")}之一`,
  tooManyExtensions: (shown: string) => `延期次数「${shown}」无效，应为0、1或2（延期不多于两次）`,
  beforeDispatch: (header: string, at: string, dispatched: string) => `${header}${at}早于派单时间${dispatched}`,
  dispatchBeforeCreation: (dispatched: string, created: string) => `派单时间${dispatched}早于生成时间${created}`,
  extendedWithoutLimit: (n: number) => `延期次数为${n}，但延期时限为空，应填写延期后的办结时限`,
  completedWithoutLimit: () => `工单已办结，但办理时限为空，应填写办理时限`,
  yearWithoutCalendar: (year: number) =>
    `没有${year}年的节假日数据，该年按周一至周五为工作日计算；如有法定节假日或调休，请在「节假日」表中补充`,
  unknownUnit: (name: string) => `承办单位「${name}」未在「单位」表中定义`,
  notAUnit: (name: string) => `「${name}」在「单位」表中是管理机构，承办单位列应填写承办单位`,
  rowsLikeThis: (count: number) => `（共${count}行，此处为第一行）`,
  unknownBody: (name: string) => `受理机构「${name}」未在「单位」表中定义`,
  notABody: (name: string) => `「${name}」在「单位」表中是承办单位，受理机构列应填写管理机构`,
  repeatedDispatch: (id: string, firstRow: number) =>
    `工单编号「${id}」重复：与第${firstRow}行的工单编号、承办单位、派单时间都相同，同一次派单只能有一行；本行未计入`,
  inconsistentTicket: (id: string, header: string, found: string, first: string, firstRow: number) =>
    `工单「${id}」的${header}为${found}，与第${firstRow}行的${first}不一致；按第${firstRow}行（最早派单）计算`,
  holidayBadDate: (shown: string) => `日期「${shown}」无法识别，应为日期单元格或「2026-10-01」格式的文本`,
  holidayBadType: (shown: string) => `类型「${shown}」无效，应为休息日或工作日`,
  holidayDuplicate: (date: string, firstRow: number) => `日期${date}与第${firstRow}行重复，每个日期只能填写一行`,
  mismatch: (field: string, typed: number, derived: number) =>
    `${field}填写为${typed}，由工单明细推算为${derived}；以填写值为准`,
  blankNotDerivable: (field: string, reason: string) => `${field}为空，${reason}，应填写不小于0的整数`,
  callTotalsNotInTickets: () => "话务数据（诉求总量、及时受理诉求量）不在工单明细中，无法推算",
  missingColumnsReason: (columns: readonly string[]) => `工单明细缺少${list(columns)}列无法推算`,
  bodyWithoutStatsRow: (name: string, month: Month) =>
    `管理机构「${name}」在${month}有工单，但受理统计中没有该月的行：诉求总量、及时受理诉求量无法从工单推算，接通率按无数据计`,
  rowNotDerivable: (name: string, month: Month, sheet: string, fields: readonly string[], columns: readonly string[]) =>
    `「${name}」在${month}有工单，但${sheet}中没有该月的行，且工单明细缺少${list(columns)}列，无法推算${fields.join("、")}；请在${sheet}中填写该月的行`,
  /** A numerator ≤ denominator breach (message of check-count-limits) on a row with derived counts. */
  mergedInconsistent: (breach: string) => `${breach}（部分数量由工单明细推算）`,
} as const;
