/** The playground's view of the fake workbook: sheet tabs and a plain grid with the selection. */
import { useEffect, useReducer, useRef } from "react";
import { columnLetters } from "../workbook/problem";
import type { FakeCell, FakeWorkbook } from "../hosts/fake/fake-workbook";

const MAX_ROWS = 400;
const MAX_COLS = 40;

function useWorkbookVersion(book: FakeWorkbook): number {
  const [version, bump] = useReducer((n: number) => n + 1, 0);
  useEffect(() => book.onChange(bump), [book]);
  return version;
}

/** A cell as Excel would display it, for the formats the tool writes. */
function show(cell: FakeCell): string {
  const v = cell.value;
  if (v === "") return "";
  if (typeof v !== "number") return String(v);
  if (cell.numberFormat === "0.00") return v.toFixed(2);
  if (cell.numberFormat === "0") return v.toFixed(0);
  return Number.isInteger(v) ? String(v) : String(Math.round(v * 100) / 100);
}

/** Tabs of every sheet (the active one open) and its first rows and columns as a table. */
export function SheetView({ book }: { book: FakeWorkbook }) {
  const version = useWorkbookVersion(book);
  const selectedRef = useRef<HTMLTableCellElement>(null);
  const active = book.sheets.find((s) => s.id === book.activeSheetId) ?? book.sheets[0];
  const selection = book.selection?.sheetId === active?.id ? book.selection.rect : null;

  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: "center", inline: "center" });
  }, [version, selection?.row, selection?.col]);

  if (!active) return null;
  const used = active.usedRect(false);
  const rows = Math.min(MAX_ROWS, Math.max(used ? used.row + used.rows : 1, selection ? selection.row + 1 : 0));
  const cols = Math.min(MAX_COLS, Math.max(used ? used.col + used.cols : 1, selection ? selection.col + 1 : 0));
  const activate = (id: string) => {
    book.activeSheetId = id;
    book.notifyChange();
  };
  return (
    <div className="sheet-view">
      <div className="grid-wrap">
        <table className="grid" data-sheet={active.name}>
          <thead>
            <tr>
              <th />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c}>{columnLetters(c)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r} className={r < active.frozenRows ? "frozen" : undefined}>
                <th>{r + 1}</th>
                {Array.from({ length: cols }, (_, c) => {
                  const cell = active.cell(r, c);
                  const selected = selection !== null && selection.row === r && selection.col === c;
                  return (
                    <td
                      key={c}
                      ref={selected ? selectedRef : undefined}
                      className={selected ? "selected" : typeof cell.value === "number" ? "num" : undefined}
                      data-cell={`${columnLetters(c)}${r + 1}`}
                      style={active.columnWidths.has(c) ? { minWidth: `${Math.min(320, active.columnWidths.get(c)! * 1.1)}px` } : undefined}
                    >
                      {show(cell)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="tabs" aria-label="工作表">
        {book.sheets.map((s) => (
          <button key={s.id} type="button" className={s.id === active.id ? "tab active" : "tab"} onClick={() => activate(s.id)}>
            {s.name}
          </button>
        ))}
      </nav>
    </div>
  );
}
