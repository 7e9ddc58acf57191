/**
 * The pane's job (grids read from Excel → checked, scored, rendered output tables) and what every
 * job shares. No xlsx code here: the pane's worker is built from this alone (pane-worker-entry.ts).
 */
import { lowestUnitHints, rankingHighlights } from "../taskpane/result-highlights";
import { computeWorkbook } from "../workbook/compute";
import type { ComputeOutcome, SheetGrids } from "../workbook/compute-types";
import type { Jobs, JobKind, Progress, ScoreView } from "./protocol";

export type OnProgress = (progress: Progress) => void;

export type ComputeService = { [K in JobKind]: (input: Jobs[K]["input"], onProgress: OnProgress) => Promise<Jobs[K]["output"]> };

/** Lets a page on the same thread paint the progress before a long synchronous step. */
export const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function viewOf(outcome: ComputeOutcome): ScoreView {
  return {
    ok: outcome.ok,
    problems: outcome.problems,
    highlights: outcome.ok && outcome.result ? rankingHighlights(outcome.result) : [],
    lowestHints: outcome.ok && outcome.result ? lowestUnitHints(outcome.result) : [],
    sheets: outcome.ok ? outcome.tables.map((t) => t.name) : [],
  };
}

/** The `withMonths` option where asked (ComputeOptions gains it with 同时写入各月结果表; older engines ignore it). */
export const withMonths = (request: { withMonths?: boolean }) => (request.withMonths ? { withMonths: true } : {});

/** The pane's jobs: rows staged a block at a time, then the grids checked, scored and rendered. */
export function createGridJobs(): Pick<ComputeService, "stageRows" | "scoreGrids"> {
  let staged: SheetGrids = {};
  return {
    async stageRows({ sheet, rows, append }) {
      staged[sheet] = append && staged[sheet] ? staged[sheet].concat(rows) : rows;
      return null;
    },
    async scoreGrids(request, onProgress) {
      const grids = request.staged ? staged : request.grids;
      staged = {};
      onProgress({ phase: "checking", done: 0, total: 1 });
      await breathe();
      const outcome = computeWorkbook(grids, request.period, { now: new Date(request.now), existingSheets: request.existing, ...withMonths(request) });
      onProgress({ phase: "scoring", done: 1, total: 1 });
      return { view: viewOf(outcome), tables: outcome.tables };
    },
  };
}
