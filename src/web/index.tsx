/** Entry of the web page (dist/web/index.html): Fluent's light theme, the compute worker, the app. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { ComputeError, startWorker, type ComputeClient } from "../worker/client";
import { WebApp } from "./web-app";
import { WEB_TEXT } from "./web-texts";

/** The page computes in its worker only (every browser the page supports has one). */
async function startClient(): Promise<ComputeClient> {
  const client = await startWorker(() => import("!!../../scripts/inline-worker-loader.js!../worker/worker-entry"));
  if (!client) throw new ComputeError("WorkerError", WEB_TEXT.noWorker);
  return client;
}

let started: Promise<ComputeClient> | null = null;
const client = () => (started ??= startClient());

createRoot(document.getElementById("root")!).render(
  <FluentProvider theme={webLightTheme} style={{ minHeight: "100vh" }}>
    <WebApp client={client} />
  </FluentProvider>,
);
