/**
 * Writes output sheets so that a failure part-way leaves the workbook as it was, and a recompute
 * keeps each existing output sheet object (same id, name and position), so that a user's formula
 * `='2026-03 地区综合'!C3` keeps pointing at it: Excel rewrites such references when a sheet is
 * renamed and turns them into #REF! when it is deleted, while clearing and rewriting cells keeps them.
 *
 * 0. Checks (one or two syncs): same-named sheets the tool did not write (nothing is written, their
 *    names are reported); a protected workbook or output sheet, or another compute's temporary
 *    sheets (refused with a Chinese message before anything is written).
 * 1. Each table goes into a new temporary sheet, values in row blocks (number formats first), one
 *    sync per block; a table that gets a new sheet also gets its objects (table, chart …) there.
 * 2. The commit (ExcelApi 1.9, `Range.copyFrom`): one sync renames the new sheets into place, then
 *    one sync clears each existing output sheet and copies the temporary sheet's cells into it,
 *    then adds its objects. Without 1.9 the old protocol is used: the old sheets are renamed aside
 *    and deleted (their references then break; Office 2019 lacks the copy).
 * 3. One sync deletes the temporary sheets. Nothing after the commit is reported as a failure.
 * A failure before the commit deletes the sheets this write added (by id, never by name alone, so a
 * co-author's sheets are safe) and gives renamed sheets their names back.
 */
import { isToolSheetTitle, type OutputTable } from "../../workbook/output-table";
import { BLOCKED_MSG, excelErrorCode, WriteBlockedError, WriteIncompleteError } from "./excel-errors";
import type { ExcelEnv } from "./excel-env";
import type { ExcelFeatures } from "./features";
import { queueCellStyles, queueSheetFormats, queueSheetObjects } from "./format-sheet";
import { rowBlocks } from "./payload-budget";
import { sheetCells, type SheetCells } from "./sheet-cells";

export interface WriteOptions {
  budget: number;
  features: ExcelFeatures;
  /** Blocks written so far out of all blocks, after each sync. */
  onProgress?: (done: number, total: number) => void;
  /** Clock (ms) naming the temporary sheets and telling a stale one from a running compute's. */
  clock?: () => number;
}

export interface WriteReport {
  /** Sheet names written, in table order; empty when `conflicts` is not. */
  written: string[];
  /** Names held by sheets the tool did not write. */
  conflicts: string[];
}

/** Temporary sheets: `接诉即办写入中<time in base 36><2 random>_<n>`. */
export const TEMP_PREFIX = "接诉即办写入中";
const TEMP_NAME = new RegExp(`^${TEMP_PREFIX}([0-9a-z]+)[0-9a-z]{2}_\\d+$`);
/** A temporary sheet older than this is a crashed compute's leftover, not a running one's. */
export const STALE_TEMP_MS = 15 * 60 * 1000;
const ASIDE_PREFIX = "接诉即办旧表";
const TABLE_PREFIX = "接诉即办表";

/** `prefix1`, `prefix2`, … skipping names in use (compared case-insensitively, as Excel does). */
function freshNames(prefix: string, count: number, taken: Set<string>): string[] {
  const out: string[] = [];
  for (let n = 1; out.length < count; n++) {
    const name = `${prefix}${n}`;
    if (!taken.has(name.toLowerCase())) {
      out.push(name);
      taken.add(name.toLowerCase());
    }
  }
  return out;
}

/** The start time (ms) of the compute that made a temporary sheet, or null for another name. */
export function tempSheetTime(name: string): number | null {
  const m = TEMP_NAME.exec(name);
  return m ? parseInt(m[1], 36) : null;
}

type SheetInfo = { id: string; name: string; visibility: string; a1: unknown };

interface Plan {
  /** Ids of the sheets this write added (temporaries, renamed or not). */
  added: string[];
  /** Temporary names (to find an added sheet whose id was never learnt). */
  temps: string[];
  /** Existing output sheets per table (null: the table gets a new sheet). */
  olds: Array<SheetInfo | null>;
  /** Sheets renamed aside (old protocol): id and original name. */
  aside: Array<{ id: string; name: string }>;
  tableNames: string[];
  /** Crashed computes' temporary sheets, deleted after the commit. */
  stale: string[];
}

/** Deletes a sheet, first making a VeryHidden one Hidden: Excel refuses to delete a VeryHidden sheet. */
function deleteSheet(ws: Excel.Worksheet, visibility: string): void {
  if (visibility === "VeryHidden") ws.visibility = "Hidden";
  ws.delete();
}

/** Undoes an unfinished write: deletes the sheets it added, gives sheets renamed aside their names back. */
async function rollBack(env: ExcelEnv, plan: Plan): Promise<void> {
  await env.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name,id,visibility");
    await context.sync();
    const temps = new Set(plan.temps.map((n) => n.toLowerCase()));
    for (const ws of sheets.items) {
      if (plan.added.includes(ws.id) || temps.has(ws.name.toLowerCase())) deleteSheet(ws, ws.visibility);
    }
    for (const { id, name } of plan.aside) {
      const ws = sheets.items.find((s) => s.id === id);
      if (ws && ws.name !== name) ws.name = name;
    }
    await context.sync();
  });
}

/** Deletes sheets by id (after the commit: temporaries, old sheets set aside, stale leftovers). */
async function deleteByIds(env: ExcelEnv, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await env.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/id,visibility");
    await context.sync();
    const doomed = sheets.items.filter((ws) => ids.includes(ws.id));
    if (doomed.length === 0) return;
    for (const ws of doomed) deleteSheet(ws, ws.visibility);
    await context.sync();
  });
}

/** Checks before writing; returns the conflicts, or fills the plan. Throws WriteBlockedError. */
async function preflight(context: Excel.RequestContext, tables: readonly OutputTable[], plan: Plan, now: number): Promise<string[]> {
  const worksheets = context.workbook.worksheets.load("items/name,id,visibility");
  const excelTables = context.workbook.tables.load("items/name");
  const workbookProtection = context.workbook.protection.load("protected");
  await context.sync();

  const byName = new Map(worksheets.items.map((ws) => [ws.name.toLowerCase(), ws]));
  const olds = tables.map((t) => {
    const ws = byName.get(t.name.toLowerCase());
    return ws ? { ws, a1: ws.getRange("A1").load("values"), protection: ws.protection.load("protected") } : null;
  });
  if (olds.some((o) => o !== null)) await context.sync();
  const conflicts = tables.filter((_, i) => olds[i] !== null && !isToolSheetTitle(olds[i]!.a1.values[0][0]));
  if (conflicts.length > 0) return conflicts.map((t) => t.name);

  if (workbookProtection.protected) throw new WriteBlockedError(BLOCKED_MSG.workbookProtected);
  const locked = olds.find((o) => o?.protection.protected);
  if (locked) throw new WriteBlockedError(BLOCKED_MSG.sheetProtected(locked.ws.name));
  for (const ws of worksheets.items) {
    const started = tempSheetTime(ws.name);
    if (started === null) continue;
    if (now - started < STALE_TEMP_MS) throw new WriteBlockedError(BLOCKED_MSG.busy);
    plan.stale.push(ws.id);
  }

  plan.olds = olds.map((o) => (o ? { id: o.ws.id, name: o.ws.name, visibility: o.ws.visibility, a1: o.a1.values[0][0] } : null));
  plan.tableNames = freshNames(TABLE_PREFIX, tables.length, new Set(excelTables.items.map((t) => t.name.toLowerCase())));
  return [];
}

/**
 * The commit with `Range.copyFrom`, first step: the new sheets take their names, and each existing
 * output sheet is claimed by rewriting its A1 unchanged — so that a co-author's concurrent compute
 * fails here (Conflict or ItemAlreadyExists), before anything of the first one's is replaced.
 */
async function commitNames(context: Excel.RequestContext, tables: readonly OutputTable[], created: readonly Excel.Worksheet[], plan: Plan): Promise<void> {
  const worksheets = context.workbook.worksheets;
  plan.olds.forEach((old) => {
    if (old) worksheets.getItem(old.id).getRange("A1").values = [[old.a1]];
  });
  tables.forEach((t, i) => {
    if (!plan.olds[i]) created[i].name = t.name;
  });
  await context.sync();
}

/**
 * The commit's second step: each existing output sheet loses its tables, charts, conditional
 * formats and cells, gets the temporary sheet's cells (values, number formats, styles) copied in,
 * then its objects. Idempotent, so a failure is retried in a new batch.
 */
async function rewriteInPlace(context: Excel.RequestContext, tables: readonly OutputTable[], cells: readonly SheetCells[], plan: Plan, features: ExcelFeatures): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const targets = plan.olds.flatMap((old, i) => {
    if (!old) return [];
    const ws = worksheets.getItem(old.id);
    return [{ i, ws, temp: worksheets.getItem(plan.added[i]), objects: ws.tables.load("items/name"), charts: ws.charts.load("items/name") }];
  });
  if (targets.length === 0) return;
  await context.sync();
  for (const { i, ws, temp, objects, charts } of targets) {
    for (const t of objects.items) t.delete();
    for (const c of charts.items) c.delete();
    const all = ws.getRange();
    all.conditionalFormats.clearAll();
    all.clear("All");
    const rows = cells[i].values.length;
    const cols = cells[i].values[0].length;
    ws.getRangeByIndexes(0, 0, rows, cols).copyFrom(temp.getRangeByIndexes(0, 0, rows, cols), "All");
    queueSheetObjects(ws, tables[i], plan.tableNames[i], features);
  }
  await context.sync();
}

/** The old protocol (no `Range.copyFrom`): old sheets renamed aside, new ones renamed into place. */
async function commitBySwap(context: Excel.RequestContext, tables: readonly OutputTable[], created: readonly Excel.Worksheet[], plan: Plan): Promise<void> {
  const worksheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const asideNames = freshNames(ASIDE_PREFIX, plan.olds.filter(Boolean).length, new Set(worksheets.items.map((w) => w.name.toLowerCase())));
  let k = 0;
  plan.olds.forEach((old) => {
    if (!old) return;
    plan.aside.push({ id: old.id, name: old.name });
    worksheets.getItem(old.id).name = asideNames[k++];
  });
  tables.forEach((t, i) => {
    created[i].name = t.name;
  });
  await context.sync();
}

/**
 * Every table's cells, one table per task: a province-scale year's tables together held the pane's
 * thread for about 90 ms (bench/web-bench.ts); between tables it can handle input and paint.
 */
async function cellsOf(tables: readonly OutputTable[]): Promise<SheetCells[]> {
  const cells: SheetCells[] = [];
  for (const table of tables) {
    if (cells.length > 0) await new Promise<void>((resolve) => setTimeout(resolve, 0));
    cells.push(sheetCells(table));
  }
  return cells;
}

/** Writes (or replaces) the output sheets; see the file comment for the protocol. */
export async function writeTables(env: ExcelEnv, tables: readonly OutputTable[], options: WriteOptions): Promise<WriteReport> {
  const cells = await cellsOf(tables);
  const blocks = cells.map((c) => rowBlocks(c.rowSizes, options.budget));
  const totalBlocks = blocks.reduce((n, b) => n + b.length, 0);
  const now = (options.clock ?? Date.now)();
  const token = `${now.toString(36)}${Math.floor(Math.random() * 36 * 36).toString(36).padStart(2, "0")}`;
  const inPlace = options.features.copyFrom;
  const plan: Plan = { added: [], temps: [], olds: [], aside: [], tableNames: [], stale: [] };
  let started = false;
  let committed = false;
  try {
    const written = await env.run(async (context) => {
      const conflicts = await preflight(context, tables, plan, now);
      if (conflicts.length > 0) return { written: [], conflicts };
      started = true;
      plan.temps = tables.map((_, i) => `${TEMP_PREFIX}${token}_${i + 1}`);

      let done = 0;
      const created: Excel.Worksheet[] = [];
      for (const [i, table] of tables.entries()) {
        const sheet = context.workbook.worksheets.add(plan.temps[i]);
        sheet.load("id");
        created.push(sheet);
        const width = table.columns.length;
        for (const [k, block] of blocks[i].entries()) {
          // Calculation stays suspended only until the next sync; screen updating is suspended once
          // (repeating it makes Excel flicker).
          context.application.suspendApiCalculationUntilNextSync();
          if (done === 0 && options.features.suspendScreenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
          const range = sheet.getRangeByIndexes(block.start, 0, block.count, width);
          range.numberFormat = cells[i].formats.slice(block.start, block.start + block.count);
          range.values = cells[i].values.slice(block.start, block.start + block.count);
          if (k === blocks[i].length - 1) {
            // A replaced sheet keeps its own objects' place: only cell styles go into the temporary.
            if (inPlace && plan.olds[i]) queueCellStyles(sheet, table);
            else queueSheetFormats(sheet, table, plan.tableNames[i], options.features);
          }
          await context.sync();
          if (k === 0) plan.added.push(sheet.id);
          options.onProgress?.(++done, totalBlocks);
        }
      }

      if (!inPlace) {
        await commitBySwap(context, tables, created, plan);
        committed = true;
      } else {
        await commitNames(context, tables, created, plan);
        committed = true;
        await rewriteInPlace(context, tables, cells, plan, options.features);
      }
      return { written: tables.map((t) => t.name), conflicts: [] };
    });
    if (committed) await finish(env, plan, inPlace);
    return written;
  } catch (error) {
    if (!started) throw error;
    if (!committed) {
      await rollBack(env, plan).catch(() => undefined);
      throw error;
    }
    // Past the commit the write only goes forward: the new contents are complete in the temporary sheets.
    if (inPlace) {
      try {
        await env.run((context) => rewriteInPlace(context, tables, cells, plan, options.features));
      } catch (again) {
        // Its temporary sheets would make the next compute wait as if another user were writing.
        await finish(env, plan, inPlace).catch(() => undefined);
        throw new WriteIncompleteError(again);
      }
    }
    await finish(env, plan, inPlace);
    return { written: tables.map((t) => t.name), conflicts: [] };
  }
}

/**
 * After the commit: deletes the temporary sheets (in place) or the old sheets set aside (swap),
 * and crashed computes' leftovers, then shows the first written sheet. A failure here is retried
 * once and otherwise left alone: the results are written, so it is never reported as a failure.
 */
async function finish(env: ExcelEnv, plan: Plan, inPlace: boolean): Promise<void> {
  const doomed = [
    ...(inPlace ? plan.added.filter((_, i) => plan.olds[i] !== null) : plan.aside.map((a) => a.id)),
    ...plan.stale,
  ];
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await deleteByIds(env, doomed);
      break;
    } catch (e) {
      if (excelErrorCode(e) === null) break;
    }
  }
  await showFirst(env, plan).catch(() => undefined);
}

/** Activates the first written sheet when it is visible (a sheet the user hid stays hidden). */
async function showFirst(env: ExcelEnv, plan: Plan): Promise<void> {
  const first = plan.olds[0]?.id ?? plan.added[0];
  if (first === undefined) return;
  await env.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(first).load("visibility");
    await context.sync();
    if (ws.visibility !== "Visible") return;
    ws.activate();
    await context.sync();
  });
}
