import { trimCell } from "./ticket-cells";

/** A column to find by header text or one of its aliases. */
export interface HeaderSpec<H extends string> {
  header: H;
  aliases?: readonly string[];
}

/**
 * Finds each column in the header row by its header text (trimmed, full-width spaces too); the
 * canonical header wins over an alias, and the leftmost alias wins among aliases.
 * @example locateColumns(["工单号", "派单时间"], [{ header: "工单编号", aliases: ["工单号"] }]) // { 工单编号: 0 }
 */
export function locateColumns<H extends string>(
  headerRow: readonly unknown[] | undefined,
  specs: readonly HeaderSpec<H>[],
): Partial<Record<H, number>> {
  const texts = (headerRow ?? []).map((v) => (typeof v === "string" ? trimCell(v) : v == null ? "" : String(v)));
  const out: Partial<Record<H, number>> = {};
  for (const spec of specs) {
    let at = texts.indexOf(spec.header);
    if (at < 0) {
      const aliases = spec.aliases ?? [];
      at = texts.findIndex((t) => aliases.includes(t));
    }
    if (at >= 0) out[spec.header] = at;
  }
  return out;
}

/** Where a missing column would go: the first empty header cell (or 0). */
export function firstEmptyColumn(headerRow: readonly unknown[] | undefined): number {
  const row = headerRow ?? [];
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v === null || v === undefined || (typeof v === "string" && trimCell(v) === "")) return c;
  }
  return row.length;
}

/** True when every cell of a row is empty. */
export function isBlankRow(row: readonly unknown[] | undefined): boolean {
  if (!row) return true;
  for (const v of row) {
    if (v === null || v === undefined) continue;
    if (typeof v === "string" && trimCell(v) === "") continue;
    return false;
  }
  return true;
}
