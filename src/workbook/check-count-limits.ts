/**
 * Consistency of a statistics row: each numerator ≤ its denominator (WORKBOOK.md "Cell values").
 * The rules are data; one routine checks them all.
 */
import type { BodyCountField, UnitCountField } from "../engine/types";
import { MSG } from "./messages";

/** `part ≤ factor × whole`; a problem cites the `part` cell. */
export interface CountLimit<F extends string> {
  part: F;
  whole: F;
  factor: number;
}

const limit = <F extends string>(part: F, whole: F, factor = 1): CountLimit<F> => ({ part, whole, factor });

export const BODY_COUNT_LIMITS: readonly CountLimit<BodyCountField>[] = [
  limit("及时受理诉求量", "诉求总量"),
  limit("及时派发工单量", "工单办理总量"),
];

export const UNIT_COUNT_LIMITS: readonly CountLimit<UnitCountField>[] = [
  limit("及时签收工单量", "转派工单总量"),
  limit("及时退回工单量", "工单退回总量"),
  limit("按时办结工单量", "办结工单总量"),
  limit("红牌警告工单量", "办理工单总量"),
  limit("满意工单量", "满意度参评工单量"),
  // One extension counts 1, two count 2 (RUBRIC §4 U3b), so at most twice the completions.
  limit("延期办结工单量", "办结工单总量", 2),
  limit("满意度参评工单量", "办结工单总量"),
];

export interface LimitBreach<F extends string> {
  /** The numerator's field: the cell to cite. */
  field: F;
  message: string;
}

/** A limit with the positions of its two fields in a list of fields (see limitsAt). */
export interface IndexedLimit<F extends string> extends CountLimit<F> {
  partAt: number;
  wholeAt: number;
}

/**
 * The limits with the positions of their fields in `fields`, for checkCountsAt.
 * @example limitsAt(UNIT_COUNT_LIMITS, UNIT_COUNT_FIELDS)[0] // { part: "及时签收工单量", whole: "转派工单总量", factor: 1, partAt: 1, wholeAt: 0 }
 */
export function limitsAt<F extends string>(limits: readonly CountLimit<F>[], fields: readonly F[]): IndexedLimit<F>[] {
  return limits.map((l) => ({ ...l, partAt: fields.indexOf(l.part), wholeAt: fields.indexOf(l.whole) }));
}

/**
 * Every limit the counts break, the counts given by position (see limitsAt); a limit with an
 * unknown (null or absent) side is skipped. A statistics sheet checks each row this way.
 */
export function checkCountsAt<F extends string>(
  values: readonly (number | null | undefined)[],
  limits: readonly IndexedLimit<F>[],
): readonly LimitBreach<F>[] {
  let breaches: LimitBreach<F>[] | null = null; // built only when a limit is broken (rarely)
  for (let i = 0; i < limits.length; i++) {
    const { part, whole, factor, partAt, wholeAt } = limits[i];
    const p = values[partAt];
    const w = values[wholeAt];
    if (p == null || w == null || p <= w * factor) continue;
    const message = factor === 1 ? MSG.countOver(part, p, whole, w) : MSG.countOverMultiple(part, p, whole, w, factor);
    (breaches ??= []).push({ field: part, message });
  }
  return breaches ?? NO_BREACHES;
}

const NO_BREACHES: readonly never[] = Object.freeze([]);

/**
 * Every limit the counts break; a limit with an unknown (null or absent) side is skipped.
 * @example checkCountLimits({ 及时签收工单量: 372, 转派工单总量: 300 }, UNIT_COUNT_LIMITS)
 * // [{ field: "及时签收工单量", message: "及时签收工单量(372)大于转派工单总量(300)" }]
 */
export function checkCountLimits<F extends string>(
  counts: Partial<Record<F, number | null>>,
  limits: readonly CountLimit<F>[],
): readonly LimitBreach<F>[] {
  const fields = [...new Set(limits.flatMap((l) => [l.part, l.whole]))];
  return checkCountsAt(
    fields.map((f) => counts[f]),
    limitsAt(limits, fields),
  );
}
