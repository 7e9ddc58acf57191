/**
 * The playground's view of the fake workbook: sheet tabs and a plain grid with the selection.
 * Only the cells in view (and a margin) are in the DOM; see sheet-window.ts.
 */
import { useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from "react";
import { columnLetters } from "../workbook/problem";
import type { FakeCell, FakeWorkbook } from "../hosts/fake/fake-workbook";
import { columnEdges, columnSpan, columnWidths, HEADER_WIDTH, ROW_HEIGHT, rowSpan, type View } from "./sheet-window";

const MAX_ROWS = 400;
const MAX_COLS = 40;

/**
 * Bumped when the workbook changes, at most once a frame and only after the next frame: the grid
 * stands for Excel's own, which is drawn off the pane's thread, so the pane's updates paint first.
 */
function useWorkbookVersion(book: FakeWorkbook): [number, () => void] {
  const [version, bump] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    let pending = false;
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = book.onChange(() => {
      if (pending) return;
      pending = true;
      frame = requestAnimationFrame(() => {
        timer = setTimeout(() => {
          pending = false;
          bump();
        }, 0);
      });
    });
    return () => {
      stop();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [book]);
  return [version, bump];
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

const viewOf = (wrap: HTMLElement): View => ({ scrollTop: wrap.scrollTop, scrollLeft: wrap.scrollLeft, width: wrap.clientWidth, height: wrap.clientHeight });

/** Empty cells standing for `count` columns not drawn. */
const gap = (count: number, key: string) => (count > 0 ? <td key={key} className="gap" colSpan={count} /> : null);

/** Tabs of every sheet (the active one open) and its first rows and columns as a table. */
export function SheetView({ book }: { book: FakeWorkbook }) {
  const [version, redraw] = useWorkbookVersion(book);
  const wrapRef = useRef<HTMLDivElement>(null);
  const selectedRef = useRef<HTMLTableCellElement>(null);
  const [view, setView] = useState<View>({ scrollTop: 0, scrollLeft: 0, width: 1000, height: 30 * ROW_HEIGHT });
  const active = book.sheets.find((s) => s.id === book.activeSheetId) ?? book.sheets[0];
  const selection = book.selection?.sheetId === active?.id ? book.selection.rect : null;

  const { rows, cols, widths } = useMemo(() => {
    if (!active) return { rows: 0, cols: 0, widths: [] };
    const used = active.usedRect(false);
    const rows = Math.min(MAX_ROWS, Math.max(used ? used.row + used.rows : 1, selection ? selection.row + 1 : 0));
    const cols = Math.min(MAX_COLS, Math.max(used ? used.col + used.cols : 1, selection ? selection.col + 1 : 0));
    return { rows, cols, widths: columnWidths(cols, active.columnWidths, (r, c) => show(active.cell(r, c)), rows) };
  }, [active, version, selection?.row, selection?.col]);
  const edges = useMemo(() => columnEdges(widths), [widths]);

  useLayoutEffect(() => {
    const wrap = wrapRef.current;
    if (!wrap) return;
    const measure = () => setView(viewOf(wrap));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(wrap);
    return () => observer.disconnect();
  }, []);

  // A new selection (or a change to the workbook) first brings its cell into the drawn ones, then,
  // once that cell is drawn, scrolls it into the middle of the view.
  const centreSelected = useRef(false);
  useLayoutEffect(() => {
    const wrap = wrapRef.current;
    if (!wrap || !selection) return;
    centreSelected.current = true;
    wrap.scrollTop = Math.max(0, selection.row * ROW_HEIGHT - wrap.clientHeight / 2);
    wrap.scrollLeft = Math.max(0, HEADER_WIDTH + (edges[Math.min(selection.col, edges.length - 1)] ?? 0) - wrap.clientWidth / 2);
    setView(viewOf(wrap));
  }, [version, selection?.row, selection?.col]);
  useLayoutEffect(() => {
    if (!centreSelected.current || !selectedRef.current) return;
    centreSelected.current = false;
    selectedRef.current.scrollIntoView({ block: "center", inline: "center" });
  });

  if (!active) return null;
  const [firstRow, endRow] = rowSpan(view.scrollTop, view.height, rows);
  const [firstCol, endCol] = columnSpan(edges, view.scrollLeft, view.width);
  const activate = (id: string) => {
    book.activeSheetId = id;
    book.notifyChange();
    redraw(); // a click on a tab shows the sheet at once

  };
  const spacer = (count: number, key: string) =>
    count > 0 ? (
      <tr key={key} className="spacer" aria-hidden="true" style={{ height: `${count * ROW_HEIGHT}px` }}>
        <td colSpan={cols + 1} />
      </tr>
    ) : null;
  return (
    <div className="sheet-view">
      <div className="grid-wrap" ref={wrapRef} onScroll={(e) => setView(viewOf(e.currentTarget))}>
        <table className="grid" data-sheet={active.name} style={{ width: `${HEADER_WIDTH + edges[cols]}px` }}>
          <colgroup>
            <col style={{ width: `${HEADER_WIDTH}px` }} />
            {widths.map((w, c) => (
              <col key={c} style={{ width: `${w}px` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c}>{columnLetters(c)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {spacer(firstRow, "above")}
            {Array.from({ length: endRow - firstRow }, (_, k) => {
              const r = firstRow + k;
              return (
                <tr key={r} className={r < active.frozenRows ? "frozen" : undefined}>
                  <th>{r + 1}</th>
                  {gap(firstCol, "left")}
                  {Array.from({ length: endCol - firstCol }, (_, j) => {
                    const c = firstCol + j;
                    const cell = active.cell(r, c);
                    const selected = selection !== null && selection.row === r && selection.col === c;
                    // As in Excel, text runs on over empty cells to its right (a result sheet's A1 title).
                    const spills = typeof cell.value === "string" && cell.value !== "" && c + 1 < cols && active.cell(r, c + 1).value === "";
                    return (
                      <td
                        key={c}
                        ref={selected ? selectedRef : undefined}
                        className={selected ? "selected" : typeof cell.value === "number" ? "num" : spills ? "spill" : undefined}
                        data-cell={`${columnLetters(c)}${r + 1}`}
                      >
                        {show(cell)}
                      </td>
                    );
                  })}
                  {gap(cols - endCol, "right")}
                </tr>
              );
            })}
            {spacer(rows - endRow, "below")}
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
