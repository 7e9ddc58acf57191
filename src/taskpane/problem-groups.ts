/** The problems list: grouped by sheet (in the order found), each item with its cell address. */
import { a1, type Problem } from "../workbook/problem";

export interface ProblemItem {
  key: string;
  cell: string;
  problem: Problem;
}

export interface ProblemGroup {
  sheet: string;
  errors: number;
  warnings: number;
  items: ProblemItem[];
  /** Problems beyond the shown ones. */
  hidden: number;
}

/** Groups problems by sheet, keeping their order; at most `limit` items shown per sheet. */
export function groupProblems(problems: readonly Problem[], limit = 100): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  problems.forEach((problem, i) => {
    let g = groups.get(problem.sheet);
    if (!g) {
      g = { sheet: problem.sheet, errors: 0, warnings: 0, items: [], hidden: 0 };
      groups.set(problem.sheet, g);
    }
    if (problem.severity === "error") g.errors++;
    else g.warnings++;
    if (g.items.length < limit) g.items.push({ key: `${i}`, cell: a1(problem.row, problem.col), problem });
    else g.hidden++;
  });
  return [...groups.values()];
}

/** Counts of errors and warnings. */
export function countProblems(problems: readonly Problem[]): { errors: number; warnings: number } {
  const errors = problems.filter((p) => p.severity === "error").length;
  return { errors, warnings: problems.length - errors };
}
