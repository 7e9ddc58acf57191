/** Wall time and memory figures shared by the benchmark's parent and child processes. */
import v8 from "v8";

export interface Figures {
  seconds: number;
  /** Peak resident set size of the whole process so far, in bytes. */
  maxRss: number;
  /** RSS just before the measured step, in bytes. */
  rssBefore: number;
  /** Heap in use right after the step, before any forced collection (garbage included), in bytes. */
  heapUsedAfter: number;
  /** V8 heap committed after the step: it grows to the peak and shrinks lazily, in bytes. */
  heapCommittedAfter: number;
}

/** Forces a collection when the process runs with --expose-gc (the benchmark's children do). */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Runs a step once and measures it. */
export async function measure<T>(step: () => T | Promise<T>): Promise<{ value: T; figures: Figures }> {
  collectGarbage();
  const rssBefore = process.memoryUsage().rss;
  const started = process.hrtime.bigint();
  const value = await step();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const heap = v8.getHeapStatistics();
  return {
    value,
    figures: {
      seconds,
      maxRss: process.resourceUsage().maxRSS * 1024,
      rssBefore,
      heapUsedAfter: heap.used_heap_size,
      heapCommittedAfter: heap.total_heap_size,
    },
  };
}

/** `123456789 → "117.7 MB"`. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The line a child prints to hand its result to the parent. */
export const RESULT_PREFIX = "BENCH_RESULT ";
