/**
 * What every sheet parser shares: a log that collects all problems in one pass, columns looked up
 * once per sheet, and a reader for one data row that remembers whether the row had an error.
 */
import type { SourceRef } from "../engine/types";
import { cellText } from "./cells";
import type { SheetTable } from "./headers";
import type { Problem } from "./problem";
import { visible } from "./visible-text";

export interface ProblemLog {
  readonly problems: Problem[];
  error(sheet: string, row: number, col: number, message: string): void;
  warning(sheet: string, row: number, col: number, message: string): void;
}

/** A fresh, empty problem log. */
export function problemLog(): ProblemLog {
  const problems: Problem[] = [];
  const add = (severity: Problem["severity"]) => (sheet: string, row: number, col: number, message: string) => {
    problems.push({ severity, sheet, row, col, message: visible(message) });
  };
  return { problems, error: add("error"), warning: add("warning") };
}

/** A contract column of one sheet, looked up once: where its cells are and where a problem is cited. */
export interface Column {
  /** 0-based column, or -1 when the sheet has no such column (its cells then read as undefined). */
  readonly index: number;
  /** The column itself, or the sheet's first empty header cell when the column is absent. */
  readonly cite: number;
}

/** The column of `header` in `table` (see Column). */
export function column(table: SheetTable, header: string): Column {
  const found = Object.prototype.hasOwnProperty.call(table.columns, header);
  const index = found ? table.columns[header] : -1;
  return { index, cite: found ? index : table.freeCol };
}

/** One data row of a sheet, its cells addressed by column. */
export interface RowReader {
  /** 0-based row index. */
  readonly row: number;
  /** True once an error was reported on this row (the row is then left out of the input). */
  readonly failed: boolean;
  /** Where the record came from (1-based row, as people count). */
  readonly source: SourceRef;
  /** Raw value of the cell in `column` (undefined when the column is absent). */
  value(column: Column): unknown;
  /** Trimmed text of the cell in `column` ("" when blank or absent). */
  text(column: Column): string;
  error(column: Column, message: string): void;
  warning(column: Column, message: string): void;
  /** Leaves the row out of the input without a problem of its own (the cause is reported elsewhere). */
  drop(): void;
}

/**
 * A RowReader as a class: a province workbook reads ~80,000 rows, and methods on the prototype cost
 * nothing per row where an object of closures would be built for each.
 */
class TableRowReader implements RowReader {
  private cells: readonly unknown[] = [];
  private hasFailed = false;
  row = 0;
  source: SourceRef = { sheet: "", row: 0 };

  constructor(private readonly table: SheetTable, private readonly log: ProblemLog) {}

  /** Turns this reader to row `row`, as fresh as a new one. */
  moveTo(row: number): this {
    this.row = row;
    this.cells = this.table.grid[row] ?? [];
    this.source = { sheet: this.table.sheet, row: row + 1 };
    this.hasFailed = false;
    return this;
  }

  get failed(): boolean {
    return this.hasFailed;
  }

  value(column: Column): unknown {
    return column.index < 0 ? undefined : this.cells[column.index];
  }

  text(column: Column): string {
    return cellText(this.value(column));
  }

  error(column: Column, message: string): void {
    this.hasFailed = true;
    this.log.error(this.table.sheet, this.row, column.cite, message);
  }

  warning(column: Column, message: string): void {
    this.log.warning(this.table.sheet, this.row, column.cite, message);
  }

  drop(): void {
    this.hasFailed = true;
  }
}

/** A reader for row `row` of `table` that reports into `log`, for parsers that keep readers of earlier rows. */
export function rowReader(table: SheetTable, row: number, log: ProblemLog): RowReader {
  return new TableRowReader(table, log).moveTo(row);
}

/**
 * One reader moved along the rows of `table`: `at(row)` turns it to that row and returns it. The big
 * sheets (statistics, 台账) read tens of thousands of rows and keep nothing of a row's reader but
 * its `source`, so they need no new reader per row. A reader from `at` is only valid until the next call.
 */
export function rowCursor(table: SheetTable, log: ProblemLog): { at(row: number): RowReader } {
  const reader = new TableRowReader(table, log);
  return { at: (row) => reader.moveTo(row) };
}
