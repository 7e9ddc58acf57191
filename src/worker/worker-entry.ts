/**
 * The compute worker's entry: one request at a time from the page or the pane, progress messages
 * while it runs, then the job's output (the scored workbook's bytes transferred, not copied).
 */
import type { Progress, WireError, WorkerReply, WorkerRequest } from "./protocol";
import { createComputeService } from "./service";

interface WorkerScope {
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const service = createComputeService();

function wireError(error: unknown): WireError {
  if (!(error instanceof Error)) return { name: "Error", message: String(error) };
  const kind = (error as { kind?: unknown }).kind;
  return { name: error.name, message: error.message, kind: typeof kind === "string" ? kind : undefined };
}

/** Buffers of the output worth moving rather than copying. */
function transferables(output: unknown): Transferable[] {
  const bytes = (output as { bytes?: unknown }).bytes;
  return bytes instanceof Uint8Array ? [bytes.buffer] : [];
}

scope.onmessage = (event) => {
  const request = event.data;
  const run = service[request.kind] as (input: unknown, onProgress: (p: Progress) => void) => Promise<unknown>;
  run(request.input, (progress) => scope.postMessage({ id: request.id, type: "progress", progress })).then(
    (output) => scope.postMessage({ id: request.id, type: "done", output: output as never }, transferables(output)),
    (error: unknown) => scope.postMessage({ id: request.id, type: "failed", error: wireError(error) }),
  );
};
