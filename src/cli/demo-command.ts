import type { DemoArgs } from "./args";
import type { CliIo } from "./io";
import { DEMO_FILES, isFile, shownPath, type DemoFiles } from "./paths";
import { runScore } from "./score-command";

/**
 * `jsjb demo`: scores the bundled example workbook (writing it first if it is missing) and writes
 * the scored copy and the JSON next to it.
 */
export async function runDemo(args: DemoArgs, io: CliIo, files: DemoFiles = DEMO_FILES): Promise<number> {
  if (!(await isFile(files.input))) {
    // The example generator loads only when the example must be written.
    await (await import("./example-file")).writeExampleFile(files.input);
    io.out(`已生成示例工作簿：${shownPath(files.input)}`);
  }
  io.out(`示例：吉林省9个市州、部分县市区及省直部门，计算期间 ${args.period}`);
  io.out("");
  return runScore({ command: "score", input: files.input, period: args.period, out: files.out, json: files.json, docx: null, withMonths: false }, io);
}
