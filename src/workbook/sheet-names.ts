/**
 * Contract sheets found by name after trimming spaces (WORKBOOK.md "More rules"): a sheet named
 * `受理统计 ` or `\u3000受理统计` is 受理统计. Parsers see the sheets under their contract names;
 * problems are cited under the sheet's real name, so a host can still find the cell.
 */
import { trimCell } from "./cells";
import type { SheetGrids } from "./compute-types";
import type { Problem } from "./problem";
import { SHEET } from "./sheets";
import { visible, withoutInvisible } from "./visible-text";

const CONTRACT_NAMES: ReadonlySet<string> = new Set(Object.values(SHEET));

export interface MatchedSheets {
  /** The grids, contract sheets under their contract names (other sheets as they were). */
  sheets: SheetGrids;
  /** Contract name → the sheet's real name, for the contract sheets whose real name differs. */
  realName: ReadonlyMap<string, string>;
  /** A second sheet with the same trimmed contract name: a warning at its A1 (it is not read). */
  problems: Problem[];
}

const MSG = {
  sameTrimmedName: (real: string, used: string) =>
    `工作表“${real}”去掉首尾空格后与工作表“${used}”同名，已读取“${used}”，本表未读取；请删除或改名`,
  invisibleInName: (real: string, contract: string) =>
    `工作表名“${visible(real)}”含不可见字符，未作为“${contract}”读取；请将工作表重命名为“${contract}”`,
};

/**
 * The sheets under their contract names. An exact name wins over a spaced one; among spaced ones
 * the first in the workbook's order wins.
 * @example matchSheetNames({ "受理统计 ": grid }).sheets // { 受理统计: grid }
 */
export function matchSheetNames(grids: SheetGrids): MatchedSheets {
  const sheets: SheetGrids = {};
  const realName = new Map<string, string>();
  const problems: Problem[] = [];
  if (grids == null || typeof grids !== "object") return { sheets, realName, problems };
  const names = Object.keys(grids);
  const exact = new Set(names.filter((n) => CONTRACT_NAMES.has(n)));
  for (const name of names) {
    const trimmed = trimCell(name);
    if (trimmed === name || !CONTRACT_NAMES.has(trimmed)) {
      if (!(name in sheets)) sheets[name] = grids[name];
      const meant = trimCell(withoutInvisible(name));
      if (!CONTRACT_NAMES.has(trimmed) && CONTRACT_NAMES.has(meant) && !exact.has(meant)) {
        problems.push({ severity: "warning", sheet: name, row: 0, col: 0, message: MSG.invisibleInName(name, meant) });
      }
      continue;
    }
    if (exact.has(trimmed) || realName.has(trimmed)) {
      const used = exact.has(trimmed) ? trimmed : (realName.get(trimmed) as string);
      problems.push({ severity: "warning", sheet: name, row: 0, col: 0, message: MSG.sameTrimmedName(name, used) });
      continue;
    }
    sheets[trimmed] = grids[name];
    realName.set(trimmed, name);
  }
  return { sheets, realName, problems };
}

/** Problems with contract sheet names turned back into the sheets' real names. */
export function withRealSheetNames(problems: readonly Problem[], realName: ReadonlyMap<string, string>): Problem[] {
  if (realName.size === 0) return [...problems];
  return problems.map((p) => (realName.has(p.sheet) ? { ...p, sheet: realName.get(p.sheet) as string } : p));
}
