/** The progress bar: the four phases in order, the overall fraction and the line under the bar. */
import type { ComputePhase, ComputeProgress } from "../hosts/office/workbook-host";
import { TEXT } from "./texts";

export const PHASES: readonly ComputePhase[] = ["reading", "checking", "scoring", "writing"];

/** Share of the whole run each phase takes on the bar (reading and writing dominate). */
const SPAN: Record<ComputePhase, [number, number]> = {
  reading: [0, 0.4],
  checking: [0.4, 0.5],
  scoring: [0.5, 0.6],
  writing: [0.6, 1],
};

export interface ProgressView {
  /** 0..1 */
  value: number;
  detail: string;
  /** Index of the current phase in PHASES. */
  step: number;
}

/**
 * What the bar shows for a progress report.
 * @example progressView({ phase: "writing", done: 1, total: 2 }).value // 0.8
 */
export function progressView(p: ComputeProgress): ProgressView {
  const [from, to] = SPAN[p.phase];
  const fraction = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
  return { value: from + (to - from) * fraction, detail: TEXT.phaseDetail[p.phase](p.done, p.total), step: PHASES.indexOf(p.phase) };
}
