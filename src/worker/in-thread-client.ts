/** The compute jobs on this thread, for where Worker is unavailable (jsdom tests, an old webview). */
import { ComputeError, type ComputeClient, type OnProgress } from "./client";

/** The same jobs as the worker runs, loaded on first use (the scoring code stays out of the initial bundle). */
export function inThreadClient(): ComputeClient {
  const service = import(/* webpackChunkName: "scoring" */ "./service").then((m) => m.createComputeService());
  return {
    async run(kind, input, onProgress: OnProgress = () => undefined) {
      const run = (await service)[kind] as (input: unknown, onProgress: OnProgress) => Promise<unknown>;
      try {
        return (await run(input, onProgress)) as never;
      } catch (e) {
        if (e instanceof Error) throw new ComputeError(e.name, e.message, (e as { kind?: string }).kind);
        throw e;
      }
    },
    close: () => undefined,
  };
}
