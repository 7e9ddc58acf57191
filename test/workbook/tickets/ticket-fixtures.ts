/** Small inline grids for the ticket tests. */
import type { Subject } from "../../../src/engine/types";
import type { SheetGrids } from "../../../src/workbook/compute-types";
import { TICKET_COLUMN_NAMES, type TicketColumn } from "../../../src/workbook/tickets/ticket-sheets";

export type TicketInput = Partial<Record<TicketColumn, unknown>>;

/** A 工单明细 grid with the given headers (default: every column) and rows. */
export function ticketGrid(rows: TicketInput[], headers: readonly TicketColumn[] = TICKET_COLUMN_NAMES): unknown[][] {
  return [[...headers], ...rows.map((r) => headers.map((h) => (h in r ? r[h] : null)))];
}

export function ticketSheets(rows: TicketInput[], headers?: readonly TicketColumn[], extra: SheetGrids = {}): SheetGrids {
  return { 工单明细: ticketGrid(rows, headers), ...extra };
}

export const BODY = "长春市12345热线管理中心";
export const UNIT = "长春市住房和城乡建设局";
export const UNIT2 = "长春市交通运输局";

export const SUBJECTS: Subject[] = [
  { name: BODY, kind: "body", region: "长春市", group: null },
  { name: UNIT, kind: "unit", region: "长春市", group: null },
  { name: UNIT2, kind: "unit", region: "长春市", group: null },
];

let next = 1;
/** A complete, ordinary row: general ticket created and dispatched on 2026-03-05, signed by hand. */
export function ticket(over: TicketInput = {}): TicketInput {
  return {
    工单编号: `T${next++}`,
    紧急程度: "一般",
    诉求类型: "投诉",
    受理机构: BODY,
    承办单位: UNIT,
    生成时间: "2026-03-05 08:00",
    派单时间: "2026-03-05 09:00",
    签收时间: "2026-03-05 10:00",
    签收方式: "人工",
    办理时限: "2026-03-12 17:00",
    延期次数: 0,
    红牌: "否",
    不合理诉求: "否",
    群体性事件: "否",
    ...over,
  };
}
