/**
 * The counts object of one statistics row, built from its counts in field order. Object literals:
 * a province year builds ~40,000 of them, and a literal is many times faster than setting 11
 * properties by name one after the other.
 */
import type { BodyCountField, UnitCountField } from "../engine/types";

type Counts = readonly (number | null)[];

/** 受理统计: `values[i]` is the count of BODY_COUNT_FIELDS[i] (keys in that order). */
export function bodyCounts(values: Counts): Record<BodyCountField, number | null> {
  return { 诉求总量: values[0], 及时受理诉求量: values[1], 工单办理总量: values[2], 及时派发工单量: values[3] };
}

/** 办理统计: `values[i]` is the count of UNIT_COUNT_FIELDS[i] (keys in that order). */
export function unitCounts(values: Counts): Record<UnitCountField, number | null> {
  return {
    转派工单总量: values[0],
    及时签收工单量: values[1],
    工单退回总量: values[2],
    及时退回工单量: values[3],
    办结工单总量: values[4],
    按时办结工单量: values[5],
    延期办结工单量: values[6],
    办理工单总量: values[7],
    红牌警告工单量: values[8],
    满意度参评工单量: values[9],
    满意工单量: values[10],
  };
}
