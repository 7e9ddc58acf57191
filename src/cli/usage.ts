import { EXIT, type CliIo } from "./io";

/** The usage text (Chinese), printed with `--help` and after a usage error. */
export const USAGE = [
  "用法：",
  "  jsjb score 输入.xlsx --period 期间 [--out 输出.xlsx] [--json 结果.json] [--docx 通报稿.docx] [--with-months]",
  "  jsjb demo [--period 期间]",
  "",
  "  期间        月份 2026-03、季度 2026Q1 或年度 2026",
  "  --out       写出输入工作簿的副本并加入结果工作表（不能与输入文件相同，输入文件从不改动）",
  "  --json      写出 JSON 格式的计算结果",
  "  --docx      写出通报稿 Word 文档（标题、正文段落和各排名分组的地区排名表）",
  "  --with-months  季度或年度计算时，同时写入各月结果表，JSON 也列出各月明细 monthly（默认只写季度排名/年度考核、通报稿和计算说明）",
  "  demo        计算示例工作簿 examples/jilin-example.xlsx（默认 2026-03），",
  "              写出 examples/jilin-example.scored.xlsx 和 examples/jilin-example.result.json",
  "",
  "退出码：0 成功；1 工作簿有错误（逐行列出问题，不写任何文件）；2 用法错误",
].join("\n");

/** Prints a usage error with the usage text; returns exit code 2. */
export function usageFailure(io: CliIo, message: string): number {
  io.err(message);
  io.err("");
  io.err(USAGE);
  return EXIT.usage;
}
