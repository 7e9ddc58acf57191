/**
 * `台账` sheet → ledger entries (RUBRIC.md §5): a catalogued 事项 of the subject's type, 级别 where
 * the item is leveled, 数量 a positive whole number, 分值 for 专题任务 only, 审核 通过/不通过.
 */
import { ALL_LEDGER_ITEM_NAMES, LEDGER_CATALOGUE, type LedgerItemSpec } from "../engine/ledger-catalogue";
import type { LedgerEntry, Level, Month, SubjectKind } from "../engine/types";
import { cachedParser, monthParser } from "./cell-cache";
import { describeCell, isBlank, isTooLargeWhole, parseDecimalIn, wholeNumberAtLeast, type CellResult } from "./cells";
import { checkSubjectRef } from "./check-subject-ref";
import type { SheetTable } from "./headers";
import { MSG } from "./messages";
import { column, rowCursor, type Column, type ProblemLog, type RowReader } from "./parse-context";
import { readMonth } from "./parse-stats";
import { SHEET } from "./sheets";

export interface ParsedLedger {
  entries: LedgerEntry[];
  /** Months of every row whose 月份 could be read. */
  months: Set<Month>;
  /** Per month read: the 0-based row of its first 台账 row and how many rows it has. */
  rowsOfMonth: Map<Month, { row: number; count: number }>;
}

/** The 台账 columns, looked up once per sheet. */
interface LedgerColumns {
  month: Column;
  subject: Column;
  item: Column;
  level: Column;
  quantity: Column;
  sameMatter: Column;
  points: Column;
  review: Column;
  note: Column;
}

function ledgerColumns(table: SheetTable): LedgerColumns {
  return {
    month: column(table, "月份"),
    subject: column(table, "单位"),
    item: column(table, "事项"),
    level: column(table, "级别"),
    quantity: column(table, "数量"),
    sameMatter: column(table, "同一事项"),
    points: column(table, "分值"),
    review: column(table, "审核"),
    note: column(table, "说明"),
  };
}

/** Item name → its rules, per subject kind (the first of a name, as ledgerItem finds it). */
const ITEMS_OF_KIND: Record<SubjectKind, ReadonlyMap<string, LedgerItemSpec>> = {
  body: new Map([...LEDGER_CATALOGUE.body].reverse().map((s) => [s.name, s])),
  unit: new Map([...LEDGER_CATALOGUE.unit].reverse().map((s) => [s.name, s])),
};
const ITEM_NAMES: ReadonlySet<string> = new Set(ALL_LEDGER_ITEM_NAMES);

/** The item's rules for this subject; null (after reporting) when the 事项 cannot be used. */
function readItem(reader: RowReader, cols: LedgerColumns, item: string, subject: string, kind: SubjectKind | null): LedgerItemSpec | null {
  if (item === "") {
    reader.error(cols.item, MSG.blank("事项", "台账事项名称"));
    return null;
  }
  if (!ITEM_NAMES.has(item)) {
    reader.error(cols.item, MSG.unknownItem(describeCell(reader.value(cols.item))));
    return null;
  }
  // Subject unknown (reported on its own): judge the other cells by the more permissive unit rules.
  if (kind === null) return ITEMS_OF_KIND.unit.get(item) ?? ITEMS_OF_KIND.body.get(item) ?? null;
  const spec = ITEMS_OF_KIND[kind].get(item);
  if (!spec) reader.error(cols.item, MSG.itemWrongKind(item, subject, kind));
  return spec ?? null;
}

function readLevel(reader: RowReader, column: Column, spec: LedgerItemSpec | null, kind: SubjectKind | null): Level | null {
  if (spec === null) return null;
  const text = reader.text(column);
  if (spec.kind !== "leveled") {
    if (text !== "") reader.warning(column, MSG.levelIgnored(spec.name, describeCell(reader.value(column))));
    return null;
  }
  if (text === "") {
    reader.error(column, MSG.levelBlank(spec.name, spec.levels));
    return null;
  }
  const at = spec.levels.indexOf(text as Level);
  if (at < 0) {
    reader.error(column, MSG.badLevel(describeCell(reader.value(column)), spec.name, kind, spec.levels));
    return null;
  }
  return spec.levels[at];
}

function readQuantity(reader: RowReader, column: Column, spec: LedgerItemSpec | null): number {
  const value = reader.value(column);
  if (isBlank(value)) return 1;
  const n = wholeNumberAtLeast(value, 1);
  if (n === null) {
    const found = describeCell(value);
    reader.error(column, isTooLargeWhole(value) ? MSG.countTooLarge("数量", found) : MSG.badQuantity(found));
    return 1;
  }
  if (spec?.kind === "points" && n !== 1) reader.error(column, MSG.taskQuantity(describeCell(value)));
  return n;
}

function readSameMatter(reader: RowReader, column: Column, spec: LedgerItemSpec | null): string | null {
  const key = reader.text(column);
  if (key === "") return null;
  if (spec !== null && !spec.sameMatter) {
    reader.warning(column, MSG.sameMatterIgnored(spec.name, describeCell(reader.value(column))));
    return null;
  }
  return key;
}

/** 分值 from 1 to 3 (专题任务), exact decimal text. */
const parsePoints = (value: unknown) => parseDecimalIn(value, "1", "3");

function readPoints(reader: RowReader, column: Column, spec: LedgerItemSpec | null, points: (value: unknown) => CellResult<string>): string | null {
  if (spec === null) return null;
  const value = reader.value(column);
  if (spec.kind !== "points") {
    if (!isBlank(value)) reader.error(column, MSG.pointsNotAllowed(spec.name, describeCell(value)));
    return null;
  }
  if (isBlank(value)) {
    reader.error(column, MSG.pointsBlank());
    return null;
  }
  const parsed = points(value);
  if (!parsed.ok) reader.error(column, MSG.badPoints(describeCell(value)));
  return parsed.ok ? parsed.value : null;
}

function readRejected(reader: RowReader, column: Column): boolean {
  const text = reader.text(column);
  if (text === "" || text === "通过") return false;
  if (text === "不通过") return true;
  reader.error(column, MSG.badReview(describeCell(reader.value(column))));
  return false;
}

/** Reads the `台账` sheet (null when absent) against the declared subject kinds. */
export function parseLedger(
  table: SheetTable | null,
  kinds: ReadonlyMap<string, SubjectKind | null> | null,
  log: ProblemLog,
): ParsedLedger {
  const entries: LedgerEntry[] = [];
  const months = new Set<Month>();
  const rowsOfMonth = new Map<Month, { row: number; count: number }>();
  if (!table || !table.complete) return { entries, months, rowsOfMonth };
  const cols = ledgerColumns(table);
  const parseMonth = monthParser();
  const points = cachedParser(parsePoints);
  const cursor = rowCursor(table, log);
  for (const r of table.dataRows) {
    const reader = cursor.at(r);
    const month = readMonth(reader, cols.month, parseMonth);
    if (month !== null) {
      months.add(month);
      const seen = rowsOfMonth.get(month);
      if (seen) seen.count++;
      else rowsOfMonth.set(month, { row: r, count: 1 });
    }
    const subject = reader.text(cols.subject);
    const kind = checkSubjectRef(reader, cols.subject, subject, SHEET.ledger, kinds, null);
    const item = reader.text(cols.item);
    const spec = readItem(reader, cols, item, subject, kind);
    const entry: LedgerEntry = {
      month: month ?? "",
      subject,
      item,
      level: readLevel(reader, cols.level, spec, kind),
      quantity: readQuantity(reader, cols.quantity, spec),
      sameMatter: readSameMatter(reader, cols.sameMatter, spec),
      points: readPoints(reader, cols.points, spec, points),
      rejected: readRejected(reader, cols.review),
      note: reader.text(cols.note),
      source: reader.source,
    };
    if (!reader.failed && month !== null) entries.push(entry);
  }
  return { entries, months, rowsOfMonth };
}
