/**
 * What every sheet parser shares: a log that collects all problems in one pass, and a reader
 * for one data row that addresses cells by header and remembers whether the row had an error.
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

/** One data row of a sheet, its cells addressed by header text. */
export interface RowReader {
  /** 0-based row index. */
  readonly row: number;
  /** True once an error was reported on this row (the row is then left out of the input). */
  readonly failed: boolean;
  /** Where the record came from (1-based row, as people count). */
  readonly source: SourceRef;
  /** Raw value of the cell under `header` (undefined when the column is absent). */
  value(header: string): unknown;
  /** Trimmed text of the cell under `header` ("" when blank or absent). */
  text(header: string): string;
  /** Column of `header`, or the sheet's first empty header cell when the column is absent. */
  col(header: string): number;
  error(header: string, message: string): void;
  warning(header: string, message: string): void;
  /** Leaves the row out of the input without a problem of its own (the cause is reported elsewhere). */
  drop(): void;
}

/**
 * A RowReader as a class: a province workbook reads ~80,000 rows, and methods on the prototype cost
 * nothing per row where an object of closures would be built for each.
 */
class TableRowReader implements RowReader {
  readonly source: SourceRef;
  private readonly cells: readonly unknown[];
  private hasFailed = false;

  constructor(private readonly table: SheetTable, readonly row: number, private readonly log: ProblemLog) {
    this.cells = table.grid[row] ?? [];
    this.source = { sheet: table.sheet, row: row + 1 };
  }

  get failed(): boolean {
    return this.hasFailed;
  }

  value(header: string): unknown {
    return header in this.table.columns ? this.cells[this.table.columns[header]] : undefined;
  }

  text(header: string): string {
    return cellText(this.value(header));
  }

  col(header: string): number {
    return this.table.columns[header] ?? this.table.freeCol;
  }

  error(header: string, message: string): void {
    this.hasFailed = true;
    this.log.error(this.table.sheet, this.row, this.col(header), message);
  }

  warning(header: string, message: string): void {
    this.log.warning(this.table.sheet, this.row, this.col(header), message);
  }

  drop(): void {
    this.hasFailed = true;
  }
}

/** A reader for row `row` of `table` that reports into `log`. */
export function rowReader(table: SheetTable, row: number, log: ProblemLog): RowReader {
  return new TableRowReader(table, row, log);
}
