/**
 * `地区` sheet → regions: unique names, parents defined in the sheet, no cycle of parents.
 */
import type { Region } from "../engine/types";
import { regionCycles } from "./check-region-cycles";
import type { SheetTable } from "./headers";
import { MSG } from "./messages";
import { a1 } from "./problem";
import { column, rowReader, type ProblemLog, type RowReader } from "./parse-context";

export interface ParsedRegions {
  regions: Region[];
  /** Every region name declared (first occurrence), or null when the sheet could not be read
   *  (references to regions are then not checked: the missing sheet is already an error). */
  names: Set<string> | null;
}

/** Reads the `地区` sheet (null when absent), reporting into `log`. */
export function parseRegions(table: SheetTable | null, log: ProblemLog): ParsedRegions {
  if (!table || !table.complete) return { regions: [], names: null };
  const nameCol = column(table, "地区");
  const parentCol = column(table, "上级地区");
  const groupCol = column(table, "排名分组");
  const firstRow = new Map<string, RowReader>();
  const rows: { reader: RowReader; region: Region }[] = [];
  for (const r of table.dataRows) {
    const reader = rowReader(table, r, log);
    const name = reader.text(nameCol);
    if (name === "") reader.error(nameCol, MSG.blank("地区", "地区名称"));
    else if (firstRow.has(name)) reader.error(nameCol, MSG.duplicateRegion(name, firstRow.get(name)!.source.row));
    else firstRow.set(name, reader);
    const region: Region = {
      name,
      parent: reader.text(parentCol) || null,
      group: reader.text(groupCol) || null,
      source: reader.source,
    };
    rows.push({ reader, region });
  }

  const parentOf = new Map<string, string | null>();
  for (const { reader, region } of rows) {
    if (region.parent !== null && !firstRow.has(region.parent)) {
      reader.error(parentCol, MSG.unknownRegion("上级地区", region.parent));
    }
    if (firstRow.get(region.name) === reader) parentOf.set(region.name, region.parent);
  }
  // One error per cycle, at the 上级地区 cell of its first row, listing its regions and their cells;
  // the other rows of the cycle are left out without a message of their own.
  for (const cycle of regionCycles(parentOf)) {
    const readers = cycle.map((name) => firstRow.get(name)!);
    const members = readers.map((reader, i) => ({ name: cycle[i], cell: a1(reader.row, parentCol.cite) }));
    readers[0].error(parentCol, MSG.regionCycle(members));
    readers.slice(1).forEach((reader) => reader.drop());
  }

  const regions = rows.filter(({ reader }) => !reader.failed).map(({ region }) => region);
  return { regions, names: new Set(firstRow.keys()) };
}
