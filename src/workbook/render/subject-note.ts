import type { LedgerEntry, SubjectMonthResult } from "../../engine/types";
import { joinParts } from "./format";

/**
 * The words a reviewer reads for a rejected ledger row.
 * @example rejectedLedgerText(row12) // "台账第12行（群众表扬）审核不通过，未计分"
 */
export function rejectedLedgerText(entry: LedgerEntry): string {
  const where = entry.source ? `${entry.source.sheet}第${entry.source.row}行` : "台账";
  const what = entry.level ? `${entry.level}${entry.item}` : entry.item;
  return `${where}（${what}）审核不通过，未计分`;
}

/**
 * The 说明 of a score row: notes first (e.g. 本月无工单办理，不参与汇总和排名), then every item
 * deduction or 无数据, every bonus, every penalty and every rejected ledger row, joined with `；`.
 * Null when there is nothing to explain (full points, no adjustments).
 */
export function subjectNote(s: SubjectMonthResult): string | null {
  const parts: (string | null)[] = [...s.notes];
  for (const i of s.items) parts.push(i.explanation);
  for (const b of s.bonuses) parts.push(b.explanation);
  for (const p of s.penalties) parts.push(p.explanation);
  for (const e of s.rejectedLedger) parts.push(rejectedLedgerText(e));
  return joinParts(parts);
}
