import type { CountField } from "./rubric-items";
import type { StatsRow } from "./types";

/**
 * One reader per count field of a statistics row: `counts => counts.诉求总量`, and so on. Reading a count
 * through a field name held in a variable (`counts[field]`) is a generic look-up, slow in the loops that
 * run over a province year's ~40,000 rows several counts at a time; a reader is a plain property load.
 * A reader gives undefined for a row without that field (a body's row asked for a unit's count).
 */
export type CountReader = (counts: object) => number | null | undefined;

type AnyCounts = Partial<Record<CountField, number | null>>;

export const READ_COUNT: Readonly<Record<CountField, CountReader>> = {
  诉求总量: (c) => (c as AnyCounts).诉求总量,
  及时受理诉求量: (c) => (c as AnyCounts).及时受理诉求量,
  工单办理总量: (c) => (c as AnyCounts).工单办理总量,
  及时派发工单量: (c) => (c as AnyCounts).及时派发工单量,
  转派工单总量: (c) => (c as AnyCounts).转派工单总量,
  及时签收工单量: (c) => (c as AnyCounts).及时签收工单量,
  工单退回总量: (c) => (c as AnyCounts).工单退回总量,
  及时退回工单量: (c) => (c as AnyCounts).及时退回工单量,
  办结工单总量: (c) => (c as AnyCounts).办结工单总量,
  按时办结工单量: (c) => (c as AnyCounts).按时办结工单量,
  延期办结工单量: (c) => (c as AnyCounts).延期办结工单量,
  办理工单总量: (c) => (c as AnyCounts).办理工单总量,
  红牌警告工单量: (c) => (c as AnyCounts).红牌警告工单量,
  满意度参评工单量: (c) => (c as AnyCounts).满意度参评工单量,
  满意工单量: (c) => (c as AnyCounts).满意工单量,
};

/** The readers of a rate's numerator and denominator. */
export interface RateReaders {
  numerator: CountReader;
  denominator: CountReader;
}

export const rateReaders = (numerator: CountField, denominator: CountField): RateReaders =>
  ({ numerator: READ_COUNT[numerator], denominator: READ_COUNT[denominator] });

/** A count of a statistics row by field name; null when unknown or absent (off the hot loops; they take READ_COUNT). */
export const countOf = (stats: StatsRow<string>, field: CountField): number | null =>
  (stats.counts as Record<string, number | null>)[field] ?? null;
