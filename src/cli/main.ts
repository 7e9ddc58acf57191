/**
 * The command line: `jsjb score INPUT.xlsx --period P [--out OUT.xlsx] [--json RESULT.json]` and
 * `jsjb demo`. `bin/jsjb.js` calls main() with process.argv.slice(2) and exits with its result.
 */
import { parseArgs } from "./args";
import { EXIT, processIo, type CliIo } from "./io";
import { USAGE, usageFailure } from "./usage";

/**
 * Runs one command and resolves to the exit code (0 success, 1 workbook errors, 2 wrong usage).
 * Never rejects: an unexpected failure is printed and gives 1.
 */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return usageFailure(io, parsed.message);
  try {
    switch (parsed.args.command) {
      case "help":
        io.out(USAGE);
        return EXIT.ok;
      // Each command loads its own code when it runs: scoring never loads the example workbook's generator.
      case "score":
        return await (await import("./score-command")).runScore(parsed.args, io);
      case "demo":
        return await (await import("./demo-command")).runDemo(parsed.args, io);
    }
  } catch (error) {
    // No stack trace for users; JSJB_DEBUG=1 shows it to whoever maintains the tool.
    io.err("程序内部错误，未写入任何文件。请将输入工作簿和所用命令发给维护人员（设置环境变量 JSJB_DEBUG=1 可显示详细信息）。");
    if (process.env.JSJB_DEBUG) io.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return EXIT.workbookErrors;
  }
}
