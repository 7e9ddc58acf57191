/**
 * Serves compute jobs inside a worker: progress messages while a job runs, then its output (the
 * scored workbook's bytes transferred, not copied) or its error.
 */
import type { OutputTable } from "../workbook/output-table";
import type { JobKind, Progress, WireError, WorkerReply, WorkerRequest } from "./protocol";
import type { ComputeService } from "./score-grids";

interface WorkerScope {
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
}


function wireError(error: unknown): WireError {
  if (!(error instanceof Error)) return { name: "Error", message: String(error) };
  const kind = (error as { kind?: unknown }).kind;
  return { name: error.name, message: error.message, kind: typeof kind === "string" ? kind : undefined };
}

/** Buffers of the output worth moving rather than copying. */
function transferables(output: unknown): Transferable[] {
  const { bytes, docx } = (output ?? {}) as { bytes?: unknown; docx?: unknown };
  return [bytes, docx].filter((b): b is Uint8Array => b instanceof Uint8Array).map((b) => b.buffer);
}

/** Answers the worker's messages with the service's jobs (a job it lacks fails). */
export function serveJobs(service: Partial<ComputeService>): void {
  const scope = self as unknown as WorkerScope;
  scope.onmessage = (event) => {
    const request = event.data;
    const job = service[request.kind as JobKind];
    if (!job) return scope.postMessage({ id: request.id, type: "failed", error: { name: "Error", message: `unknown job ${request.kind}` } });
    const run = job as (input: unknown, onProgress: (p: Progress) => void) => Promise<unknown>;
    run(request.input, (progress) => scope.postMessage({ id: request.id, type: "progress", progress })).then(
      (output) => {
        const tables = (output as { tables?: OutputTable[] } | null)?.tables;
        if (tables) for (const table of tables) scope.postMessage({ id: request.id, type: "table", table });
        const rest = tables ? { ...(output as object), tables: [] } : output;
        scope.postMessage({ id: request.id, type: "done", output: rest as never }, transferables(output));
      },
      (error: unknown) => scope.postMessage({ id: request.id, type: "failed", error: wireError(error) }),
    );
  };
}
