/**
 * The WorkbookHost over Excel: read the input sheets, run the shared compute pipeline, write the
 * output sheets. The only module the pane's bootstrap needs from the Office host.
 */
import { parsePeriod } from "../../engine/period";
import { COMPUTE_MSG } from "../../workbook/compute-messages";
import { SHEET } from "../../workbook/sheets";
import { stageGrids, type ComputeClient } from "../../worker/client";
import { createComputeClient } from "../../worker/compute-client";
import type { ExcelEnv } from "./excel-env";
import { detectFeatures } from "./features";
import { PAYLOAD_BUDGET_BYTES } from "./payload-budget";
import { readSheets } from "./read-sheets";
import { selectCell } from "./select-cell";
import { FIRST_DATA_ROW } from "./sheet-cells";
import type { ComputeProgress, ComputeReport, ComputeRequest, WorkbookHost } from "./workbook-host";
import { writeTables } from "./write-tables";

export interface OfficeHostOptions {
  /** Bytes of cell data per sync (default PAYLOAD_BUDGET_BYTES). */
  budget?: number;
  /** Clock for 计算说明 (default: now). */
  now?: () => Date;
  /** Where the compute runs (default: the compute worker, started on first use). */
  client?: () => Promise<ComputeClient>;
}

/** Every sheet the compute may read: the input sheets, the ticket export and the calendar. */
const INPUT_SHEET_NAMES: readonly string[] = Object.values(SHEET);

/** Lets the pane paint the phase before a long synchronous step. */
const paint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A WorkbookHost that reads and writes through `env.run` (office.js or the fake). */
export function createOfficeHost(env: ExcelEnv, options: OfficeHostOptions = {}): WorkbookHost {
  const budget = options.budget ?? PAYLOAD_BUDGET_BYTES;
  const now = options.now ?? (() => new Date());
  const features = detectFeatures(env.isSetSupported);
  let started: Promise<ComputeClient> | null = null;
  const computeClient = () => (started ??= (options.client ?? createComputeClient)());

  async function compute(
    period: string, onProgress: (p: ComputeProgress) => void = () => undefined, request: ComputeRequest = {},
  ): Promise<ComputeReport> {
    if (!parsePeriod(period)) throw new RangeError(`期间“${period}”不是月份、季度或年度`);
    onProgress({ phase: "reading", done: 0, total: 1 });
    const read = await readSheets(env, INPUT_SHEET_NAMES, {
      budget,
      mergedAreas: features.mergedAreas,
      onProgress: (done, total) => onProgress({ phase: "reading", done, total }),
    });
    onProgress({ phase: "checking", done: 0, total: 1 });
    await paint();
    // Checked, scored and rendered in the compute worker: only Excel.run stays on the pane's thread.
    const client = await computeClient();
    await stageGrids(client, read.grids);
    const { view, tables } = await client.run("scoreGrids", { grids: {}, staged: true, period, existing: read.existingSheets, now: now().getTime(), withMonths: request.withMonths === true }, onProgress);
    const outcome = { ...view, tables };
    if (!outcome.ok) return { ok: false, problems: outcome.problems, highlights: [], lowestHints: [], written: [] };

    onProgress({ phase: "writing", done: 0, total: 1 });
    const report = await writeTables(env, outcome.tables, {
      budget,
      features,
      clock: () => now().getTime(),
      onProgress: (done, total) => onProgress({ phase: "writing", done, total }),
    });
    if (report.conflicts.length > 0) {
      const problems = report.conflicts.map((name) => ({ severity: "error" as const, sheet: name, row: 0, col: 0, message: COMPUTE_MSG.userSheetInTheWay(name) }));
      return { ok: false, problems: [...outcome.problems, ...problems], highlights: [], lowestHints: [], written: [] };
    }
    return { ok: true, problems: outcome.problems, highlights: outcome.highlights, lowestHints: outcome.lowestHints, written: report.written };
  }

  return {
    async inspect() {
      // The parsers load in a chunk of their own, fetched while Excel reads the sheets.
      const parts = import(/* webpackChunkName: "inspect" */ "./inspect-parts");
      const { grids } = await readSheets(env, INPUT_SHEET_NAMES, { budget, mergedAreas: features.mergedAreas });
      const { summarizeWorkbook, paramTexts } = await parts;
      return { summary: summarizeWorkbook(grids), params: paramTexts(grids[SHEET.params]) };
    },
    compute,
    selectCell: (sheet, row, col) => selectCell(env, sheet, row, col),
    showSheet: (name) => selectCell(env, name, FIRST_DATA_ROW, 0),
    async insertTemplate() {
      // Loaded on first use, in the scoring code's chunk: the ticket sheet specs and the calendar
      // data stay out of the pane's initial bundle.
      const { insertTemplate } = await import(/* webpackChunkName: "scoring" */ "./template-sheets");
      return insertTemplate(env, features, { budget, now });
    },
    async saveParams(values) {
      const { saveParams } = await import(/* webpackChunkName: "inspect" */ "./params-sheet");
      return saveParams(env, values, budget);
    },
  };
}
