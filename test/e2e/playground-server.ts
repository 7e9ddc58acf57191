/**
 * For the browser tests: one production build of the playground (webpack's Node API, the project's
 * config), served by a small static server, and headless Chromium through playwright-core.
 */
import fs from "fs";
import http from "http";
import path from "path";
import type { AddressInfo } from "net";
import { chromium, type Browser } from "playwright-core";

export const ARTIFACTS = path.resolve(__dirname, "../artifacts");
const BUILD_DIR = path.join(ARTIFACTS, "playground-build");
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Builds the playground with webpack.config.js in production mode into test/artifacts. */
export async function buildPlayground(): Promise<string> {
  const webpack = require("webpack") as typeof import("webpack");
  type Configure = (env: object, argv: object) => Promise<import("webpack").Configuration>;
  // webpack.config.js exports [pane, web page]; the playground is the pane's.
  const exported = require("../../webpack.config.js") as Configure | Configure[];
  const configure = Array.isArray(exported) ? exported[0] : exported;
  const config = await configure({ playground: true, out: BUILD_DIR }, { mode: "production" });
  await new Promise<void>((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
  return BUILD_DIR;
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".png": "image/png" };

/** Serves a folder on a free localhost port. */
export async function serveFolder(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Headless Chromium with the flags these machines need. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
}
