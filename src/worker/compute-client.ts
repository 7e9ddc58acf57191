/** The pane's compute: in the worker, or on this thread where no worker can start. */
import { startWorker, type ComputeClient } from "./client";
import { inThreadClient } from "./in-thread-client";

export async function createComputeClient(): Promise<ComputeClient> {
  return (await startWorker()) ?? inThreadClient();
}
