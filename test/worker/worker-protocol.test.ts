/**
 * The compute worker's real entry (worker-entry.ts) behind the real client, joined by a fake
 * message port that structured-clones every message as a browser would: the page's jobs (open,
 * scoreBook) and the pane's (scoreGrids), progress, errors with their kind.
 */
import fs from "fs";
import path from "path";
import { runCli, tempDir } from "../cli/helpers";
import { exampleSheets } from "../../src/example/example-workbook";
import { playgroundGrids } from "../../src/playground/workbooks";
import { computeWorkbook } from "../../src/workbook/compute";
import { workerClient, type ComputeClient, type WorkerPort } from "../../src/worker/client";
import type { Progress, WorkerReply, WorkerRequest } from "../../src/worker/protocol";

const EXAMPLE = path.resolve(__dirname, "../../examples/jilin-example.xlsx");

interface Scope {
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
  postMessage(message: WorkerReply): void;
}

/** The worker's global scope; worker-entry.ts is loaded once against it (its libraries first, without a `self`). */
let port: WorkerPort | null = null;
const scope: Scope = { onmessage: null, postMessage: (m) => setTimeout(() => port?.onmessage?.({ data: structuredClone(m) }), 0) };
require("../../src/worker/service");
(globalThis as unknown as { self: Scope }).self = scope;
require("../../src/worker/worker-entry");
delete (globalThis as unknown as { self?: Scope }).self;

/** A client talking to the worker's entry through structured clones, as a browser would. */
function startFakeWorker(): ComputeClient {
  port = {
    onmessage: null,
    onerror: null,
    postMessage: (m) => setTimeout(() => scope.onmessage?.({ data: structuredClone(m) }), 0),
    terminate: () => undefined,
  };
  return workerClient(port);
}

const bytesOf = (file: string) => new Uint8Array(fs.readFileSync(file));

describe("the compute worker", () => {
  let cliJson: string;

  beforeAll(async () => {
    const dir = await tempDir("worker");
    const json = path.join(dir, "r.json");
    expect((await runCli("score", EXAMPLE, "--period", "2026-03", "--json", json)).code).toBe(0);
    cliJson = fs.readFileSync(json, "utf8");
  });

  it("opens the example, then scores it into a workbook and the JSON text of --json", async () => {
    const client = startFakeWorker();
    const opened = await client.run("open", { bytes: bytesOf(EXAMPLE) });
    expect(opened.summary.months).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(opened.summary.sheetsMissing).toEqual([]);

    const progress: Progress[] = [];
    const scored = await client.run("scoreBook", { period: "2026-03", params: null, now: Date.now() }, (p) => progress.push(p));
    expect(scored.view.ok).toBe(true);
    expect(scored.json).toBe(cliJson);
    expect(scored.bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(scored.bytes!.subarray(0, 2)).toString()).toBe("PK");
    expect(scored.view.sheets).toContain("2026-03 地区综合");
    expect(scored.view.highlights.length).toBeGreaterThan(0);
    expect(scored.view.highlights[0].top[0]).toEqual({
      name: expect.any(String), rank: 1, score: expect.stringMatching(/^\d+\.\d\d$/), change: expect.stringMatching(/^(↑\d+|↓\d+|—)$/),
    });
    expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(["checking", "scoring", "writing"]));

    // A second compute (another period) starts again from the file, not from the copy just written.
    const quarter = await client.run("scoreBook", { period: "2026Q1", params: null, now: Date.now() });
    expect(quarter.view.ok).toBe(true);
    expect(quarter.view.sheets).toContain("2026Q1 季度排名");
  });

  it("applies the parameters panel's values to one compute only", async () => {
    const client = startFakeWorker();
    await client.run("open", { bytes: bytesOf(EXAMPLE) });
    const changed = await client.run("scoreBook", { period: "2026-03", params: { 管理机构权重: "0.5", 承办单位权重: "0.5" }, now: 0 });
    expect(changed.json).not.toBe(cliJson);
    const again = await client.run("scoreBook", { period: "2026-03", params: null, now: 0 });
    expect(again.json).toBe(cliJson);
  });

  it("reports a broken workbook's problems and writes nothing", async () => {
    const client = startFakeWorker();
    const dir = await tempDir("worker-errors");
    const file = path.join(dir, "e.xlsx");
    const { writeGridsFile } = await import("../cli/helpers");
    await writeGridsFile(file, playgroundGrids("errors"));
    await client.run("open", { bytes: bytesOf(file) });
    const scored = await client.run("scoreBook", { period: "2026-03", params: null, now: 0 });
    expect(scored.view.ok).toBe(false);
    expect(scored.bytes).toBeNull();
    expect(scored.json).toBeNull();
    expect(scored.view.problems.some((p) => p.sheet === "办理统计" && p.row === 12 && p.col === 3 && p.severity === "error")).toBe(true);
  });

  it("gives the reader's error with its kind for bytes that are not a workbook", async () => {
    const client = startFakeWorker();
    const failure = client.run("open", { bytes: new TextEncoder().encode("地区,单位\n") });
    await expect(failure).rejects.toMatchObject({ name: "XlsxFileError", kind: expect.any(String) });
    await expect(failure).rejects.toThrow(/[\u4e00-\u9fff]/);
  });

  it("scores the pane's grids into the tables computeWorkbook renders", async () => {
    const client = startFakeWorker();
    const now = Date.UTC(2026, 3, 1);
    const scored = await client.run("scoreGrids", { grids: exampleSheets(), period: "2026-03", existing: [], now });
    const expected = computeWorkbook(exampleSheets(), "2026-03", { now: new Date(now), existingSheets: [] });
    expect(scored.tables).toEqual(JSON.parse(JSON.stringify(expected.tables)));
    expect(scored.view.sheets).toEqual(expected.tables.map((t) => t.name));
  });
});

describe("the pane's grids, a block of rows at a time", () => {
  it("scores staged grids as if sent whole, and gets every table back in order", async () => {
    const client = startFakeWorker();
    const now = Date.UTC(2026, 3, 1);
    const { stageGrids } = await import("../../src/worker/client");
    await stageGrids(client, exampleSheets(), 7);
    const staged = await client.run("scoreGrids", { grids: {}, staged: true, period: "2026-03", existing: [], now });
    const whole = await client.run("scoreGrids", { grids: exampleSheets(), period: "2026-03", existing: [], now });
    expect(staged.tables.length).toBeGreaterThan(3);
    expect(staged).toEqual(whole);
    // Staged rows are used once: the next compute without staging has nothing to read.
    const again = await client.run("scoreGrids", { grids: {}, staged: true, period: "2026-03", existing: [], now });
    expect(again.view.ok).toBe(false);
  });
});
