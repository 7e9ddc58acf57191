import type { Level, SubjectKind } from "./types";

/**
 * Bonus (加分) and penalty (减分) items of RUBRIC.md §3–§4 as data. Exact decimal strings.
 * - each: points × count, capped.
 * - leveled: points by level per matter; rows sharing 同一事项 count once at their highest level; capped.
 * - criticism: 国家级 each (cap = parameter 国家级通报批评上限 on the whole item), 省级 each capped.
 * - blocks: points per full block of entries, capped (D5).
 * - beyondFirst: 1 point per category beyond the first, capped (D4).
 * - points: the rows' 分值 summed, capped (D7).
 */
export type AdjustmentItem =
  | { rule: "each"; code: string; item: string; points: string; unit: string; cap: string }
  | { rule: "leveled"; code: string; item: string; byLevel: Partial<Record<Level, string>>; cap: string }
  | { rule: "criticism"; code: string; item: string; national: string; provincial: string; provincialCap: string }
  | { rule: "blocks"; code: string; item: string; block: number; points: string; cap: string }
  | { rule: "beyondFirst"; code: string; item: string; points: string; cap: string }
  | { rule: "points"; code: string; item: string; cap: string };

const each = (code: string, item: string, points: string, cap: string, unit = "次"): AdjustmentItem =>
  ({ rule: "each", code, item, points, unit, cap });
const criticism = (code: string): AdjustmentItem =>
  ({ rule: "criticism", code, item: "通报批评或重点督办", national: "5", provincial: "2.5", provincialCap: "5" });

export const BODY_BONUSES: readonly AdjustmentItem[] = [
  each("MB1", "群众表扬", "0.5", "2"),
  { rule: "leveled", code: "MB2", item: "通报表彰", byLevel: { 国家级: "4", 省级: "2", 市级: "1" }, cap: "4" },
  { rule: "leveled", code: "MB3", item: "媒体报道", byLevel: { 国家级: "3", 省级: "1.5", 市级: "1" }, cap: "3" },
  each("MB4", "协调疑难诉求获满意", "1", "3", "件"),
  { rule: "blocks", code: "MB5", item: "审核知识库", block: 100, points: "0.5", cap: "3" },
  { rule: "beyondFirst", code: "MB6", item: "治理同类问题", points: "1", cap: "5" },
];

export const BODY_PENALTIES: readonly AdjustmentItem[] = [
  each("MP1", "长期投诉或媒体曝光", "2.5", "5", "件"),
  criticism("MP2"),
];

export const UNIT_BONUSES: readonly AdjustmentItem[] = [
  each("UB1", "群众表扬", "0.5", "2"),
  { rule: "leveled", code: "UB2", item: "通报表彰", byLevel: { 国家级: "4", 省级: "2", 市级: "1.5", 县级: "1" }, cap: "4" },
  { rule: "leveled", code: "UB3", item: "媒体报道", byLevel: { 国家级: "3", 省级: "2", 市级: "1.5", 县级: "1" }, cap: "3" },
  { rule: "points", code: "UB4", item: "专题任务", cap: "3" },
  { rule: "blocks", code: "UB5", item: "知识库更新", block: 5, points: "0.1", cap: "3" },
];

export const UNIT_PENALTIES: readonly AdjustmentItem[] = [
  each("UP1", "长期投诉或媒体曝光", "2.5", "5", "件"),
  criticism("UP2"),
  each("UP3", "督办意见不落实", "2.5", "5", "件"),
];

export const ADJUSTMENTS: Readonly<Record<SubjectKind, { bonuses: readonly AdjustmentItem[]; penalties: readonly AdjustmentItem[] }>> = {
  body: { bonuses: BODY_BONUSES, penalties: BODY_PENALTIES },
  unit: { bonuses: UNIT_BONUSES, penalties: UNIT_PENALTIES },
};
