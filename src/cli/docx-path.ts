import { promises as fs } from "fs";
import type { ScoreArgs } from "./args";
import { sameFile } from "./paths";

/**
 * The checks of `--docx` beyond those of every output path (not the input, folder exists): a `.docx`
 * name, not a folder, and not the same file as `--out` or `--json`. A message (wrong usage) or null.
 */
export async function docxPathProblem(args: ScoreArgs): Promise<string | null> {
  if (args.docx === null) return null;
  if (!/\.docx$/i.test(args.docx)) return `--docx 应为 .docx 文件：${args.docx}`;
  const existing = await fs.stat(args.docx).catch(() => null);
  if (existing?.isDirectory()) return `--docx 是一个文件夹，不能写入：${args.docx}`;
  for (const [option, file] of [["--out", args.out], ["--json", args.json]] as const) {
    if (file !== null && (await sameFile(args.docx, file))) return `--docx 与 ${option} 不能是同一个文件`;
  }
  return null;
}
