/** The workbooks the playground offers: the example, the example with mistakes, an empty one. */
import { exampleSheets } from "../example/example-workbook";
import type { SheetGrids } from "../workbook/compute-types";
import { SHEET } from "../workbook/sheets";

export const PLAYGROUND_WORKBOOKS = {
  example: "示例工作簿",
  errors: "示例（含错误）",
  empty: "空白工作簿",
} as const;
export type PlaygroundWorkbook = keyof typeof PLAYGROUND_WORKBOOKS;

/** The example with three mistakes a reviewer would make: a numerator above its denominator, an unknown unit, a wrong 审核. */
function exampleWithErrors(): SheetGrids {
  const grids = exampleSheets();
  const stats = grids[SHEET.unitStats];
  stats[12][3] = Number(stats[12][2]) + 25; // 及时签收工单量 above 转派工单总量
  stats[30][1] = "长春市不存在的局";
  const ledger = grids[SHEET.ledger];
  ledger[5][7] = "待定";
  return grids;
}

/** Grids of a playground workbook (`empty` has none: the fake starts with a blank Sheet1). */
export function playgroundGrids(kind: PlaygroundWorkbook): SheetGrids {
  if (kind === "empty") return {};
  return kind === "errors" ? exampleWithErrors() : exampleSheets();
}

/** The workbook named in the page's query (`?workbook=errors`), the example by default. */
export function workbookFromQuery(search: string): PlaygroundWorkbook {
  const kind = new URLSearchParams(search).get("workbook");
  return kind !== null && kind in PLAYGROUND_WORKBOOKS ? (kind as PlaygroundWorkbook) : "example";
}
