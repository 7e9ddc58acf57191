/** The pane's compute: in the pane's worker, or on this thread where no worker can start. */
import { startWorker, type ComputeClient } from "./client";
import { inThreadClient } from "./in-thread-client";

const paneWorker = () => import(/* webpackChunkName: "scoring" */ "!!../../scripts/inline-worker-loader.js!./pane-worker-entry");

export async function createComputeClient(): Promise<ComputeClient> {
  return (await startWorker(paneWorker)) ?? inThreadClient();
}
