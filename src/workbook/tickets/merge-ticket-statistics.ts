/**
 * How derived and typed statistics meet (issue 4, point 4): in a month the export covers, a
 * missing statistics row or a blank count is derived from the tickets; a filled cell always wins,
 * and a filled cell that disagrees with the derived count is a warning naming both numbers.
 */
import {
  BODY_COUNT_FIELDS,
  UNIT_COUNT_FIELDS,
  type Month,
  type ScoringInput,
  type StatsRow,
} from "../../engine/types";
import { cellTextAs } from "../cells";
import { BODY_COUNT_LIMITS, checkCountLimits, UNIT_COUNT_LIMITS, type CountLimit } from "../check-count-limits";
import type { SheetGrids } from "../compute-types";
import { findColumns, headerTexts } from "../headers";
import type { ReadInputResult } from "../read-input";
import type { Problem } from "../problem";
import { SHEET } from "../sheets";
import { TICKET_MESSAGES as M } from "./ticket-messages";
import type { TicketColumn } from "./ticket-sheets";
import type { DerivedStats, DerivedSubjectStats } from "./ticket-types";

/** The parts of `ReadInputResult` this step uses: the parsed input and header → 0-based column per sheet. */
export type ReadInputParts = Pick<ReadInputResult, "input" | "columns">;

const CALL_FIELDS = new Set<string>(["诉求总量", "及时受理诉求量"]);
const SHEET_ORDER: readonly string[] = [SHEET.bodyStats, SHEET.unitStats, SHEET.tickets];

interface SideSpec<F extends string> {
  sheet: string;
  fields: readonly F[];
  /** WORKBOOK.md's numerator ≤ denominator rules, re-checked where a side was derived. */
  limits: readonly CountLimit<F>[];
  derived: readonly DerivedSubjectStats<F>[];
}

/**
 * Merges the derived statistics into the typed ones (pure: returns a new ScoringInput). A subject
 * with ticket rows in a covered month but no statistics row is scored from the derived counts
 * (a body's 诉求总量 / 及时受理诉求量 then stay null → 接通率 无数据, with a warning). A blank count
 * that cannot be derived, and a merged row whose numerator exceeds its denominator, are errors.
 */
export function mergeTicketStatistics(
  read: ReadInputParts,
  derived: DerivedStats,
  grids: SheetGrids,
): { input: ScoringInput; problems: Problem[] } {
  const covered = new Set(derived.coveredMonths);
  if (covered.size === 0) return { input: read.input, problems: [] };
  const problems: Problem[] = [];
  const ctx = { read, derived, grids, covered, problems };
  const bodyStats = mergeSide(ctx, read.input.bodyStats, {
    sheet: SHEET.bodyStats,
    fields: BODY_COUNT_FIELDS,
    limits: BODY_COUNT_LIMITS,
    derived: derived.bodies,
  });
  const unitStats = mergeSide(ctx, read.input.unitStats, {
    sheet: SHEET.unitStats,
    fields: UNIT_COUNT_FIELDS,
    limits: UNIT_COUNT_LIMITS,
    derived: derived.units,
  });
  problems.sort(
    (a, b) => SHEET_ORDER.indexOf(a.sheet) - SHEET_ORDER.indexOf(b.sheet) || a.row - b.row || a.col - b.col,
  );
  return { input: { ...read.input, bodyStats, unitStats }, problems };
}

interface MergeContext {
  read: ReadInputParts;
  derived: DerivedStats;
  grids: SheetGrids;
  covered: Set<Month>;
  problems: Problem[];
}

const keyOf = (month: Month, subject: string) => `${month}\u0000${subject}`;

function mergeSide<F extends string>(ctx: MergeContext, typed: readonly StatsRow<F>[], side: SideSpec<F>): StatsRow<F>[] {
  const { covered, problems } = ctx;
  const derivedByKey = new Map(side.derived.map((s) => [keyOf(s.month, s.subject), s]));
  const cells = cellLocator(ctx, side.sheet);
  const notDerived = ctx.derived.notDerived as Partial<Record<string, readonly TicketColumn[]>>;
  const derivable = (f: F) => !CALL_FIELDS.has(f) && notDerived[f] === undefined;
  const out: StatsRow<F>[] = [];
  const typedKeys = new Set<string>();

  for (const row of typed) {
    if (!covered.has(row.month)) {
      out.push(row);
      continue;
    }
    typedKeys.add(keyOf(row.month, row.subject));
    const d = derivedByKey.get(keyOf(row.month, row.subject));
    const r = cells.row(row);
    const counts = { ...row.counts };
    const fromTickets = new Set<F>();
    for (const f of side.fields) {
      // A subject without ticket rows in a covered month has derived counts of 0.
      const der = derivable(f) ? (d ? d.counts[f] : 0) : null;
      const typedValue = row.counts[f];
      if (typedValue === null) {
        if (der === null) {
          const reason = CALL_FIELDS.has(f) ? M.callTotalsNotInTickets() : M.missingColumnsReason(notDerived[f] ?? []);
          const message = M.blankNotDerivable(f, reason);
          problems.push({ severity: "error", sheet: side.sheet, row: r, col: cells.col(f), message });
        } else {
          counts[f] = der;
          fromTickets.add(f);
        }
      } else if (der !== null && der !== typedValue) {
        const message = M.mismatch(f, typedValue, der);
        problems.push({ severity: "warning", sheet: side.sheet, row: r, col: cells.col(f), message });
      }
    }
    if (fromTickets.size) checkMerged(problems, side, counts, fromTickets, r, cells.col);
    out.push({ ...row, counts });
  }

  for (const d of side.derived) {
    if (!covered.has(d.month) || typedKeys.has(keyOf(d.month, d.subject))) continue;
    const counts = { ...d.counts };
    const missing = side.fields.filter((f) => counts[f] === null && !CALL_FIELDS.has(f));
    const cell = d.cell;
    if (side.sheet === SHEET.bodyStats) {
      problems.push({ severity: "warning", sheet: SHEET.tickets, ...cell, message: M.bodyWithoutStatsRow(d.subject, d.month) });
    }
    if (missing.length) {
      const columns = [...new Set(missing.flatMap((f) => notDerived[f] ?? []))];
      problems.push({
        severity: "error",
        sheet: SHEET.tickets,
        ...cell,
        message: M.rowNotDerivable(d.subject, d.month, side.sheet, missing, columns),
      });
    }
    out.push({ month: d.month, subject: d.subject, counts, source: { sheet: SHEET.tickets, row: cell.row + 1 } });
  }
  return out;
}

/** Numerator ≤ denominator (and 延期 ≤ 2 × 办结) on a row where some count was derived. */
function checkMerged<F extends string>(
  problems: Problem[],
  side: SideSpec<F>,
  counts: Record<F, number | null>,
  fromTickets: Set<F>,
  row: number,
  colOf: (f: F) => number,
): void {
  const touched = side.limits.filter((l) => fromTickets.has(l.part) || fromTickets.has(l.whole));
  for (const breach of checkCountLimits(counts, touched)) {
    problems.push({ severity: "error", sheet: side.sheet, row, col: colOf(breach.field), message: M.mergedInconsistent(breach.message) });
  }
}

/**
 * Cells of a statistics sheet: a row's `source.row` is 1-based (SourceRef); checked against the
 * grid's 单位 cell so a citation never points at another subject's row.
 */
function cellLocator(ctx: MergeContext, sheet: string) {
  const grid = ctx.grids[sheet] ?? [];
  const headers = headerTexts(grid);
  const header = findColumns(headers, [{ header: "单位" }]);
  const known = ctx.read.columns[sheet] ?? {};
  const col = (field: string): number => {
    if (known[field] !== undefined) return known[field];
    const found = findColumns(headers, [{ header: field }]);
    return found[field] ?? 0;
  };
  const unitCol = known["单位"] ?? header.单位 ?? -1;
  const subjectAt = (r: number) => (unitCol >= 0 ? cellTextAs(grid[r]?.[unitCol], "timestamp") : "");
  const row = (stats: StatsRow<string>): number => {
    const src = stats.source?.row;
    if (src !== undefined) {
      for (const r of [src - 1, src]) if (r >= 1 && subjectAt(r) === stats.subject) return r;
      return Math.max(0, src - 1);
    }
    for (let r = 1; r < grid.length; r++) if (subjectAt(r) === stats.subject) return r;
    return 0;
  };
  return { row, col };
}
