import type Decimal from "decimal.js";

/**
 * A Decimal the engine has already rounded → JS number for an output cell; null stays blank.
 * This is the only place scores leave decimal.js, at the output edge.
 */
export function num(x: Decimal | null | undefined): number | null {
  return x === null || x === undefined ? null : x.toNumber();
}

/** Blank text (null, empty or spaces only) → null, so the cell stays empty. */
export function textOrNull(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  return text.trim() === "" ? null : text;
}

/**
 * Joins explanation parts with the Chinese semicolon, dropping blank parts; null when nothing is left.
 * @example joinParts(["扣1.00分", "", "加2.00分"]) // "扣1.00分；加2.00分"
 */
export function joinParts(parts: readonly (string | null | undefined)[]): string | null {
  let joined: string | null = null;
  for (const part of parts) {
    const kept = (part ?? "").trim();
    if (kept !== "") joined = joined === null ? kept : `${joined}；${kept}`;
  }
  return joined;
}

/** Display width in Excel column units: CJK and full-width characters count 2. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}

/**
 * How many lines a wrapped text takes, at most, in a column of `width` character units (CJK counts 2):
 * each line of the text (split at line breaks) fills 90 % of the column's width less one unit. Hosts size rows with it,
 * since not every spreadsheet program fits a wrapped row's height on opening.
 * @example wrappedLineCount("接诉即办", 6) // 2
 */
export function wrappedLineCount(text: string, width: number): number {
  // A tenth of the width spare: programs lay CJK text and digits out a little wider than 2 and 1 units.
  const usable = Math.max(1, Math.floor(width * 0.9) - 1);
  let lines = 0;
  for (const line of text.split("\n")) lines += Math.max(1, Math.ceil(textWidth(line) / usable));
  return lines;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/**
 * Time of computation as Beijing time (UTC+8, no daylight saving), whatever the machine's time zone,
 * so the same instant always prints the same text.
 * @example beijingTime(new Date("2026-04-02T02:03:04Z")) // "2026-04-02 10:03:04"
 */
export function beijingTime(now: Date): string {
  const t = new Date(now.getTime() + 8 * 3600 * 1000);
  const date = `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`;
  return `${date} ${pad2(t.getUTCHours())}:${pad2(t.getUTCMinutes())}:${pad2(t.getUTCSeconds())}`;
}
