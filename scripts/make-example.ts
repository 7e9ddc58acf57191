/**
 * Writes the bundled example workbook `examples/jilin-example.xlsx` from `exampleSheets()`.
 * Run with `npm run make-example` (tsx).
 */
import { DEMO_FILES, shownPath } from "../src/cli/paths";
import { writeExampleFile } from "../src/cli/example-file";

writeExampleFile(DEMO_FILES.input).then(
  () => process.stdout.write(`已生成示例工作簿：${shownPath(DEMO_FILES.input)}\n`),
  (error: unknown) => {
    process.stderr.write(`生成示例工作簿失败：${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
