/**
 * Writes output sheets so that a failure part-way leaves the workbook as it was:
 * 1. each table goes into a new temporary sheet — values in row blocks (number formats first),
 *    then its formats with the last block, one sync per block;
 * 2. one sync renames the tool's old sheets of those names aside and the temporaries into place
 *    (the commit);
 * 3. one sync deletes the old sheets and shows the first new one.
 * A failure before the commit deletes the temporaries and renames the old sheets back (found by
 * id); a failure after it retries the deletion. A same-named sheet the tool did not write (its A1
 * lacks TOOL_MARK) is never touched: nothing is written and its name is reported.
 */
import { isToolSheetTitle, type OutputTable } from "../../workbook/output-table";
import type { ExcelEnv } from "./excel-env";
import type { ExcelFeatures } from "./features";
import { queueSheetFormats } from "./format-sheet";
import { rowBlocks } from "./payload-budget";
import { sheetCells } from "./sheet-cells";

export interface WriteOptions {
  budget: number;
  features: ExcelFeatures;
  /** Blocks written so far out of all blocks, after each sync. */
  onProgress?: (done: number, total: number) => void;
}

export interface WriteReport {
  /** Sheet names written, in table order; empty when `conflicts` is not. */
  written: string[];
  /** Names held by sheets the tool did not write. */
  conflicts: string[];
}

const TEMP_PREFIX = "接诉即办写入中";
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

interface Plan {
  /** Ids of the sheets before anything was written; null until they are known (nothing changed yet). */
  initialIds: Set<string> | null;
  /** Old tool sheets being replaced: id and name. */
  old: Array<{ id: string; name: string }>;
  temps: string[];
}

/** Undoes an unfinished write: deletes the sheets it added, gives the old sheets their names back. */
async function rollBack(env: ExcelEnv, plan: Plan, finals: readonly string[]): Promise<void> {
  const initialIds = plan.initialIds;
  if (initialIds === null) return;
  await env.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name,id");
    await context.sync();
    const ours = new Set([...plan.temps, ...finals].map((n) => n.toLowerCase()));
    for (const ws of sheets.items) {
      if (!initialIds.has(ws.id) && ours.has(ws.name.toLowerCase())) ws.delete();
    }
    for (const { id, name } of plan.old) {
      const ws = sheets.items.find((s) => s.id === id);
      if (ws && ws.name !== name) ws.name = name;
    }
    await context.sync();
  });
}

/** Deletes the old sheets set aside (after the commit), by id. */
async function deleteAside(env: ExcelEnv, ids: readonly string[]): Promise<void> {
  await env.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/id");
    await context.sync();
    for (const ws of sheets.items) if (ids.includes(ws.id)) ws.delete();
    await context.sync();
  });
}

/** Writes (or replaces) the output sheets; see the file comment for the protocol. */
export async function writeTables(env: ExcelEnv, tables: readonly OutputTable[], options: WriteOptions): Promise<WriteReport> {
  const cells = tables.map(sheetCells);
  const blocks = cells.map((c) => rowBlocks(c.rowSizes, options.budget));
  const totalBlocks = blocks.reduce((n, b) => n + b.length, 0);
  const plan: Plan = { initialIds: null, old: [], temps: [] };
  let committed = false;
  try {
    return await env.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name,id");
      const excelTables = context.workbook.tables.load("items/name");
      await context.sync();

      // Sheets named like an output sheet (Excel compares names case-insensitively), with their A1.
      const byName = new Map(worksheets.items.map((ws) => [ws.name.toLowerCase(), ws]));
      const olds = tables.map((t) => {
        const ws = byName.get(t.name.toLowerCase());
        return ws ? { id: ws.id, name: ws.name, a1: ws.getRange("A1").load("values") } : null;
      });
      if (olds.some((o) => o !== null)) await context.sync();
      const conflicts = tables.filter((_, i) => olds[i] !== null && !isToolSheetTitle(olds[i]!.a1.values[0][0]));
      if (conflicts.length > 0) return { written: [], conflicts: conflicts.map((t) => t.name) };

      plan.initialIds = new Set(worksheets.items.map((ws) => ws.id));
      plan.old = olds.flatMap((o) => (o ? [{ id: o.id, name: o.name }] : []));
      const takenSheets = new Set(byName.keys());
      plan.temps = freshNames(TEMP_PREFIX, tables.length, takenSheets);
      const aside = freshNames(ASIDE_PREFIX, plan.old.length, takenSheets);
      const tableNames = freshNames(TABLE_PREFIX, tables.length, new Set(excelTables.items.map((t) => t.name.toLowerCase())));

      let done = 0;
      const created: Excel.Worksheet[] = [];
      for (const [i, table] of tables.entries()) {
        const sheet = worksheets.add(plan.temps[i]);
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
          if (k === blocks[i].length - 1) queueSheetFormats(sheet, table, tableNames[i]);
          await context.sync();
          options.onProgress?.(++done, totalBlocks);
        }
      }

      plan.old.forEach((old, i) => {
        worksheets.getItem(old.id).name = aside[i];
      });
      tables.forEach((t, i) => {
        created[i].name = t.name;
      });
      await context.sync();
      committed = true;

      for (const old of plan.old) worksheets.getItem(old.id).delete();
      created[0]?.activate();
      await context.sync();
      return { written: tables.map((t) => t.name), conflicts: [] };
    });
  } catch (error) {
    if (!committed) {
      await rollBack(env, plan, tables.map((t) => t.name));
      throw error;
    }
    // The new sheets are in place; only the old ones set aside remain to delete.
    await deleteAside(env, plan.old.map((o) => o.id));
    return { written: tables.map((t) => t.name), conflicts: [] };
  }
}
