/**
 * The figures `npm run bench` checks against issue 9's targets, and the hook other benchmarks use to add
 * theirs: a file `bench/figures-NAME.ts` that exports `figures(ctx): Promise<TargetFigure[]>` is run in
 * its own process (under tsx) and its rows join the table. `ctx.files` names the generated province
 * workbook and where to write, so every figure is taken on the same input.
 */

/** One figure with its target; `met` null when there is no target or the figure could not be taken. */
export interface TargetFigure {
  /** What was measured (Chinese), e.g. `CLI --json，全省年度`. */
  what: string;
  /** The figure as shown, e.g. `2.41 s`. */
  value: string;
  /** The target as shown, e.g. `≤ 3 s`; empty when none. */
  target: string;
  met: boolean | null;
  note?: string;
}

/** What a `bench/figures-*.ts` module receives. */
export interface FigureContext {
  root: string;
  files: { input: string; scored: string; json: string };
  year: string;
}

/** A figure against an upper bound. */
export function atMost(what: string, value: number, limit: number, show: (n: number) => string, note?: string): TargetFigure {
  return { what, value: Number.isFinite(value) ? show(value) : "—", target: `≤ ${show(limit)}`, met: Number.isFinite(value) ? value <= limit : null, note };
}

/** `达标（target met）` / `未达标（not met）` / `—`. */
export function verdict(met: boolean | null): string {
  return met === null ? "—" : met ? "达标（target met）" : "未达标（not met）";
}
