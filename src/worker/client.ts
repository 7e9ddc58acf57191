/**
 * How the web page and the pane reach the compute worker: `startWorker()` starts it from its
 * inlined source; `workerClient` speaks the protocol. (`compute-client.ts` adds the pane's
 * in-thread fallback; the web page, which needs a worker anyway, does without its weight.)
 */
import type { Jobs, JobKind, Progress, WireError, WorkerReply, WorkerRequest } from "./protocol";

export type OnProgress = (progress: Progress) => void;

export interface ComputeClient {
  run<K extends JobKind>(kind: K, input: Jobs[K]["input"], onProgress?: OnProgress): Promise<Jobs[K]["output"]>;
  /** Stops the worker (pending jobs fail). */
  close(): void;
}

/** An error raised in the worker: its name (`XlsxFileError` …), kind and Chinese message kept. */
export class ComputeError extends Error {
  constructor(
    name: string,
    message: string,
    readonly kind?: string,
  ) {
    super(message);
    this.name = name;
  }
}

const fromWire = (e: WireError) => new ComputeError(e.name, e.message, e.kind);

/** The part of `Worker` the client uses (tests pass a fake). */
export interface WorkerPort {
  postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
  onmessage: ((event: { data: WorkerReply }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  terminate(): void;
}

interface Pending {
  /** Output tables received one message each, put back into the output's `tables`. */
  tables: unknown[];
  resolve(output: unknown): void;
  reject(error: Error): void;
  onProgress?: OnProgress;
}

/** A client over a started worker. Input bytes are transferred: the caller must not reuse them. */
export function workerClient(worker: WorkerPort): ComputeClient {
  const pending = new Map<number, Pending>();
  let next = 1;
  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  worker.onmessage = ({ data }) => {
    const p = pending.get(data.id);
    if (!p) return;
    if (data.type === "progress") return p.onProgress?.(data.progress);
    if (data.type === "table") return void p.tables.push(data.table);
    pending.delete(data.id);
    if (data.type === "done") p.resolve(p.tables.length > 0 ? { ...(data.output as object), tables: p.tables } : data.output);
    else p.reject(fromWire(data.error));
  };
  worker.onerror = (event) => failAll(new ComputeError("WorkerError", event.message || "计算线程出错"));
  return {
    run(kind, input, onProgress) {
      const id = next++;
      const bytes = (input as { bytes?: unknown }).bytes;
      const transfer = bytes instanceof Uint8Array ? [bytes.buffer] : [];
      return new Promise((resolve, reject) => {
        pending.set(id, { tables: [], resolve: resolve as (o: unknown) => void, reject, onProgress });
        worker.postMessage({ id, kind, input } as WorkerRequest, transfer);
      });
    },
    close() {
      worker.terminate();
      failAll(new ComputeError("WorkerError", "计算线程已停止"));
    },
  };
}

/**
 * Starts the compute worker from its inlined source (a Blob URL: no file, no request); null where
 * Worker is unavailable or cannot start (the caller falls back or says so). `load` imports the
 * source through scripts/inline-worker-loader.js: the page's worker-entry or the pane's pane-worker-entry.
 */
export async function startWorker(load: () => Promise<{ default: string }>): Promise<ComputeClient | null> {
  if (typeof Worker === "undefined" || typeof Blob === "undefined" || typeof URL.createObjectURL !== "function") return null;
  try {
    const { default: source } = await load();
    const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
    return workerClient(new Worker(url) as unknown as WorkerPort);
  } catch {
    return null;
  }
}

/** Rows per `stageRows` message: a few milliseconds of copying each. */
export const STAGE_ROWS = 2000;

/**
 * Sends grids to the worker a block of rows at a time (each message copied in its own short task),
 * for a following `scoreGrids` with `staged: true`.
 */
export async function stageGrids(client: ComputeClient, grids: Readonly<Record<string, unknown[][]>>, rowsPerMessage = STAGE_ROWS): Promise<void> {
  for (const [sheet, rows] of Object.entries(grids)) {
    for (let start = 0; start === 0 || start < rows.length; start += rowsPerMessage) {
      await client.run("stageRows", { sheet, rows: rows.slice(start, start + rowsPerMessage), append: start > 0 });
    }
  }
}
