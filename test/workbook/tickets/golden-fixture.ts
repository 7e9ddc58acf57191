/**
 * Golden case: a small ticket export (platform aliases, text / Date / serial cells) and the
 * statistics sheets a person computed by hand from it, row by row (comments). Months covered:
 * 2026-02 (T08), 2026-03, 2026-04 (T09). The lead reuses these grids for the scoring comparison.
 */
import type { SheetGrids } from "../../../src/workbook/compute-types";
import { BODY, UNIT, UNIT2 } from "./ticket-fixtures";

const utc = (y: number, m: number, d: number, h: number, mi = 0) => new Date(Date.UTC(y, m - 1, d, h, mi));

export const GOLDEN_TICKETS: unknown[][] = [
  ["工单号", "工单级别", "工单类型", "管理机构", "责任单位", "创建时间", "交办时间", "接收时间", "是否自动签收", "回退时间", "应办结时间", "延期次数", "延期后时限", "答复时间", "红牌警告", "回访结果", "二次回访结果", "不合理诉求", "群体性事件"],
  // T01 Mon: dispatched 11 h after creation (timely); signed 1 h before the Tue 19:00 limit; completed on time; 满意.
  ["T01", "一般", "投诉", BODY, UNIT, "2026-03-02 08:00", "2026-03-02 19:00", "2026-03-03 18:00", "否", null, "2026-03-09 17:00", 0, null, "2026-03-06 10:00", "否", "满意", null, "否", "否"],
  // T02 urgent: dispatched 2.5 h after creation (late); signed within 2 h; completed after the limit; 不满意 then 基本满意.
  ["T02", "紧急", "求助", BODY, UNIT, "2026-03-03 09:00", "2026-03-03 11:30", "2026-03-03 13:00", "否", null, "2026-03-04 17:00", 0, null, "2026-03-05 09:00", "否", "不满意", "基本满意", "否", "否"],
  // T03 Fri 16:00 dispatch, signed Mon 16:00 exactly (timely); two extensions, completed by 延期时限; 不满意 on an unreasonable demand.
  ["T03", "一般", "咨询", BODY, UNIT, utc(2026, 3, 6, 15), utc(2026, 3, 6, 16), utc(2026, 3, 9, 16), "否", null, "2026-03-13 17:00", 2, "2026-03-27 17:00", "2026-03-26 10:00", "否", "不满意", null, "是", "否"],
  // T04 first dispatch: auto-signed at the limit (late), then returned (late: after an auto-sign).
  ["T04", "一般", "投诉", BODY, UNIT, "2026-03-10 08:00", "2026-03-10 09:00", "2026-03-11 09:00", "是", "2026-03-11 10:00", null, 0, null, null, "否", null, null, "否", "否"],
  // T04 re-dispatched to 交通局: signed by hand in time; completed on time; 不满意 then 未回复 (the second callback decides).
  ["T04", "一般", "投诉", BODY, UNIT2, "2026-03-10 08:00", "2026-03-11 11:00", "2026-03-11 12:00", "否", null, "2026-03-18 17:00", 0, null, "2026-03-17 15:00", "否", "不满意", "未回复", "否", "否"],
  // T05 Thu: returned exactly at the Fri 09:00 limit (timely).
  ["T05", "一般", "建议", BODY, UNIT2, "2026-03-12 08:00", "2026-03-12 09:00", "2026-03-12 09:30", "否", "2026-03-13 09:00", null, 0, null, null, "否", null, null, "否", "否"],
  // T06 Mon: signed 1 h after the Tue 09:00 limit; red card; completed late; 不满意.
  ["T06", "一般", "投诉", BODY, UNIT2, "2026-03-16 08:00", "2026-03-16 09:00", "2026-03-17 10:00", "否", null, "2026-03-23 17:00", 0, null, "2026-03-30 10:00", "是", "不满意", null, "否", "否"],
  // T07 group event: counts as a dispatch, not as a completion nor for satisfaction.
  ["T07", "一般", "投诉", BODY, UNIT2, "2026-03-18 08:00", "2026-03-18 09:00", "2026-03-18 10:00", "否", null, "2026-03-25 17:00", 0, null, "2026-03-20 10:00", "否", "不满意", null, "否", "是"],
  // T08 February dispatch (covers 2026-02), completed in March (serial 46085.5 = 2026-03-04 12:00).
  ["T08", "一般", "求助", BODY, UNIT, "2026-02-26 09:00", "2026-02-26 10:00", "2026-02-26 11:00", "否", null, "2026-03-05 17:00", 0, null, 46085.5, "否", "满意", null, "否", "否"],
  // T09 created in March, dispatched 10 h later in April (covers 2026-04); not signed yet.
  ["T09", "一般", "咨询", BODY, UNIT2, "2026-03-31 22:00", "2026-04-01 08:00", null, null, null, "2026-04-08 17:00", 0, null, null, "否", null, null, "否", "否"],
  // T10 in progress with a red card.
  ["T10", "一般", "投诉", BODY, UNIT, "2026-03-20 08:00", "2026-03-20 09:00", "2026-03-20 09:10", "否", null, "2026-03-27 17:00", 0, null, null, "是", null, null, "否", "否"],
];

/** 受理统计 by hand (诉求总量 and 及时受理诉求量 are call-centre figures, typed). */
export const GOLDEN_BODY_STATS: unknown[][] = [
  ["月份", "单位", "诉求总量", "及时受理诉求量", "工单办理总量", "及时派发工单量"],
  ["2026-02", BODY, 5, 5, 1, 1], // T08
  ["2026-03", BODY, 40, 39, 9, 8], // T01–T07, T09, T10 created in March; T02 late
];

/** 办理统计 by hand. */
export const GOLDEN_UNIT_STATS: unknown[][] = [
  ["月份", "单位", "转派工单总量", "及时签收工单量", "工单退回总量", "及时退回工单量", "办结工单总量", "按时办结工单量", "延期办结工单量", "办理工单总量", "红牌警告工单量", "满意度参评工单量", "满意工单量"],
  ["2026-02", UNIT, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0], // T08 dispatched
  // dispatched T01 T02 T03 T04 T10 (T04 auto-signed, returned late; T10 red); completed T01 T02(late) T03(2 ext) T08, all rated, all satisfied
  ["2026-03", UNIT, 5, 4, 1, 0, 4, 3, 2, 4, 1, 4, 4],
  // dispatched T04' T05 T06 T07 (T06 signed late, red; T05 returned in time); completed T04' T06(late), T07 group event left out
  ["2026-03", UNIT2, 4, 3, 1, 1, 2, 1, 0, 3, 1, 2, 1],
  ["2026-04", UNIT2, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0], // T09 dispatched, not signed
];

export function goldenSheets(): SheetGrids {
  return { 工单明细: GOLDEN_TICKETS, 受理统计: GOLDEN_BODY_STATS, 办理统计: GOLDEN_UNIT_STATS };
}
