/**
 * For the web page's browser tests and bench: one production build of dist/web/index.html into
 * test/artifacts (webpack's Node API, webpack.web.config.js), reused when asked and already there.
 */
import fs from "fs";
import path from "path";
import { pathToFileURL } from "url";
import { ARTIFACTS } from "./playground-server";

export const WEB_BUILD_DIR = path.join(ARTIFACTS, "web-build");
export const WEB_PAGE = path.join(WEB_BUILD_DIR, "index.html");

/** Builds the page (production) and returns its file:// URL. `reuse`: skip when a build exists (bench). */
export async function buildWebPage(options: { reuse?: boolean } = {}): Promise<string> {
  if (!(options.reuse && fs.existsSync(WEB_PAGE))) {
    const webpack = require("webpack") as typeof import("webpack");
    const configure = require("../../webpack.web.config.js") as (env: object, argv: object) => import("webpack").Configuration;
    const config = configure({ webOut: WEB_BUILD_DIR }, { mode: "production" });
    await new Promise<void>((resolve, reject) => {
      webpack(config, (err, stats) => {
        if (err) return reject(err);
        if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
        resolve();
      });
    });
  }
  return pathToFileURL(WEB_PAGE).href;
}
