import type { BulletinDraft } from "../bulletin-draft/draft-types";
import type { OutputTable } from "../output-table";
import { column, table } from "./columns";
import { draftSheetName } from "./sheet-names";

/** Width of the paragraph column: about 35 Chinese characters a line, wrapped; fits a portrait A4 page at full size. */
const PARAGRAPH_WIDTH = 72;

/**
 * `2026-03 通报稿` (`2026Q1 通报稿`, `2026 通报稿`): the bulletin draft, one paragraph per cell in column A
 * (the document title first), ready to paste. Prints portrait, one page wide, title in the page header.
 */
export function draftSheet(draft: BulletinDraft): OutputTable {
  const rows = [[draft.title], ...draft.paragraphs.map((p) => [p.text])];
  return table(draftSheetName(draft.period), [column("通报稿", "text", PARAGRAPH_WIDTH)], rows, {
    subtitle: "每格一段，可直接复制到通报中；排名表见同期排名表",
    print: { kind: "text", orientation: "portrait", repeatHeaderRow: false },
  });
}
