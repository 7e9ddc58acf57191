#!/usr/bin/env node
// The `jsjb` command: runs the compiled CLI (dist/, built by `npm run build:cli`, also run by `prepare`).
"use strict";

let cli;
try {
  cli = require("../dist/cli/main.js");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes("dist")) {
    process.stderr.write("未找到编译后的命令行程序 dist/cli/main.js，请先运行：npm run build:cli\n");
    process.exit(1);
  }
  throw error;
}

cli.main(process.argv.slice(2)).then((code) => {
  // The benchmark asks for the peak memory of the whole run (kilobytes).
  if (process.env.JSJB_REPORT_RESOURCES) {
    process.stderr.write(`JSJB_RESOURCES ${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`);
  }
  process.exitCode = code;
});
