/**
 * `台账` sheet → ledger entries (RUBRIC.md §5): a catalogued 事项 of the subject's type, 级别 where
 * the item is leveled, 数量 a positive whole number, 分值 for 专题任务 only, 审核 通过/不通过.
 */
import { ALL_LEDGER_ITEM_NAMES, ledgerItem, type LedgerItemSpec } from "../engine/ledger-catalogue";
import type { LedgerEntry, Level, Month, SubjectKind } from "../engine/types";
import { describeCell, isBlank, isTooLargeWhole, parseDecimalIn, parseWholeNumber } from "./cells";
import { checkSubjectRef } from "./check-subject-ref";
import type { SheetTable } from "./headers";
import { MSG } from "./messages";
import { rowReader, type ProblemLog, type RowReader } from "./parse-context";
import { readMonth } from "./parse-stats";
import { SHEET } from "./sheets";

export interface ParsedLedger {
  entries: LedgerEntry[];
  /** Months of every row whose 月份 could be read. */
  months: Set<Month>;
  /** Per month read: the 0-based row of its first 台账 row and how many rows it has. */
  rowsOfMonth: Map<Month, { row: number; count: number }>;
}

/** The item's rules for this subject; null (after reporting) when the 事项 cannot be used. */
function readItem(reader: RowReader, subject: string, kind: SubjectKind | null): LedgerItemSpec | null {
  const item = reader.text("事项");
  if (item === "") {
    reader.error("事项", MSG.blank("事项", "台账事项名称"));
    return null;
  }
  if (!ALL_LEDGER_ITEM_NAMES.includes(item)) {
    reader.error("事项", MSG.unknownItem(describeCell(reader.value("事项"))));
    return null;
  }
  // Subject unknown (reported on its own): judge the other cells by the more permissive unit rules.
  if (kind === null) return ledgerItem("unit", item) ?? ledgerItem("body", item) ?? null;
  const spec = ledgerItem(kind, item);
  if (!spec) reader.error("事项", MSG.itemWrongKind(item, subject, kind));
  return spec ?? null;
}

function readLevel(reader: RowReader, spec: LedgerItemSpec | null, kind: SubjectKind | null): Level | null {
  const text = reader.text("级别");
  if (spec === null) return null;
  if (spec.kind !== "leveled") {
    if (text !== "") reader.warning("级别", MSG.levelIgnored(spec.name, describeCell(reader.value("级别"))));
    return null;
  }
  if (text === "") {
    reader.error("级别", MSG.levelBlank(spec.name, spec.levels));
    return null;
  }
  const level = spec.levels.find((l) => l === text);
  if (level === undefined) reader.error("级别", MSG.badLevel(describeCell(reader.value("级别")), spec.name, kind, spec.levels));
  return level ?? null;
}

function readQuantity(reader: RowReader, spec: LedgerItemSpec | null): number {
  const value = reader.value("数量");
  if (isBlank(value)) return 1;
  const n = parseWholeNumber(value, 1);
  if (!n.ok) {
    const found = describeCell(value);
    reader.error("数量", isTooLargeWhole(value) ? MSG.countTooLarge("数量", found) : MSG.badQuantity(found));
    return 1;
  }
  if (spec?.kind === "points" && n.value !== 1) reader.error("数量", MSG.taskQuantity(describeCell(value)));
  return n.value;
}

function readSameMatter(reader: RowReader, spec: LedgerItemSpec | null): string | null {
  const key = reader.text("同一事项");
  if (key === "") return null;
  if (spec !== null && !spec.sameMatter) {
    reader.warning("同一事项", MSG.sameMatterIgnored(spec.name, describeCell(reader.value("同一事项"))));
    return null;
  }
  return key;
}

function readPoints(reader: RowReader, spec: LedgerItemSpec | null): string | null {
  const value = reader.value("分值");
  if (spec === null) return null;
  if (spec.kind !== "points") {
    if (!isBlank(value)) reader.error("分值", MSG.pointsNotAllowed(spec.name, describeCell(value)));
    return null;
  }
  if (isBlank(value)) {
    reader.error("分值", MSG.pointsBlank());
    return null;
  }
  const points = parseDecimalIn(value, "1", "3");
  if (!points.ok) reader.error("分值", MSG.badPoints(describeCell(value)));
  return points.ok ? points.value : null;
}

function readRejected(reader: RowReader): boolean {
  const text = reader.text("审核");
  if (text === "" || text === "通过") return false;
  if (text === "不通过") return true;
  reader.error("审核", MSG.badReview(describeCell(reader.value("审核"))));
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
  for (const r of table.dataRows) {
    const reader = rowReader(table, r, log);
    const month = readMonth(reader);
    if (month !== null) {
      months.add(month);
      const seen = rowsOfMonth.get(month);
      if (seen) seen.count++;
      else rowsOfMonth.set(month, { row: r, count: 1 });
    }
    const subject = checkSubjectRef(reader, SHEET.ledger, kinds, null);
    const spec = readItem(reader, subject.name, subject.kind);
    const entry: LedgerEntry = {
      month: month ?? "",
      subject: subject.name,
      item: reader.text("事项"),
      level: readLevel(reader, spec, subject.kind),
      quantity: readQuantity(reader, spec),
      sameMatter: readSameMatter(reader, spec),
      points: readPoints(reader, spec),
      rejected: readRejected(reader),
      note: reader.text("说明"),
      source: reader.source,
    };
    if (!reader.failed && month !== null) entries.push(entry);
  }
  return { entries, months, rowsOfMonth };
}
