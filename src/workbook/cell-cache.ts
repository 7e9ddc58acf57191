/**
 * Cell parsers for a whole sheet: a sheet of 40,000 rows repeats a dozen 月份 values and a handful
 * of 分值, so each distinct value is parsed once and its result reused.
 */
import type { Month } from "../engine/types";
import { parseMonthCell, type CellResult } from "./cells";

/**
 * `parse` with its results remembered: by the text of a string, by a number (-0 as 0), by the time value of a
 * date (every cell parser here reads a date by its time value only). Other values (booleans,
 * null…) are parsed each time. The results are shared: read them, never change them.
 * @example const points = cachedParser((v) => parseDecimalIn(v, "1", "3")); points(1.5) // { ok: true, value: "1.5" }
 */
export function cachedParser<T>(parse: (value: unknown) => T): (value: unknown) => T {
  const byText = new Map<string, T>();
  const byNumber = new Map<number, T>();
  const byTime = new Map<number, T>();
  const remembered = <K>(cache: Map<K, T>, key: K, value: unknown): T => {
    let result = cache.get(key);
    if (result === undefined) cache.set(key, (result = parse(value)));
    return result;
  };
  return (value) => {
    if (typeof value === "string") return remembered(byText, value, value);
    if (typeof value === "number") return remembered(byNumber, value, value);
    if (value instanceof Date) return remembered(byTime, value.getTime(), value);
    return parse(value);
  };
}

/**
 * parseMonthCell for one sheet, remembering results (see cachedParser).
 * @example const month = monthParser(); month("2026-03") // { ok: true, value: "2026-03" }
 */
export function monthParser(): (value: unknown) => CellResult<Month> {
  return cachedParser(parseMonthCell);
}
