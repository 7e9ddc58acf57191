/** A validation finding that knows where it is (sheet + 0-based row/col), collected with all others. */
export interface Problem {
  severity: "error" | "warning";
  sheet: string;
  /** 0-based row index in the sheet grid (row 0 = header row). */
  row: number;
  /** 0-based column index. */
  col: number;
  /** Chinese: what was found and what was expected. */
  message: string;
}

/** `0 → A`, `26 → AA`. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A1 address of a 0-based cell: `(11, 5) → F12`. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** `办理统计!F12` */
export function problemCell(p: Pick<Problem, "sheet" | "row" | "col">): string {
  return `${p.sheet}!${a1(p.row, p.col)}`;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}

/** One line per problem, as the CLI prints it: `办理统计!F12 错误：…`. */
export function formatProblem(p: Problem): string {
  return `${problemCell(p)} ${p.severity === "error" ? "错误" : "警告"}：${p.message}`;
}
