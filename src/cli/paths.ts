import { promises as fs } from "fs";
import path from "path";

/** The package root: two levels above this file both in `src/cli` and in `dist/cli`. */
export const PACKAGE_ROOT = path.resolve(__dirname, "..", "..");

/** The workbook `jsjb demo` scores and the two files it writes. */
export interface DemoFiles {
  input: string;
  out: string;
  json: string;
}

/** The bundled example workbook and what `jsjb demo` writes next to it. */
export const DEMO_FILES: Readonly<DemoFiles> = {
  input: path.join(PACKAGE_ROOT, "examples", "jilin-example.xlsx"),
  out: path.join(PACKAGE_ROOT, "examples", "jilin-example.scored.xlsx"),
  json: path.join(PACKAGE_ROOT, "examples", "jilin-example.result.json"),
};

/** A path as shown to the user: relative to the working folder when it is inside it. */
export function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}

async function statOrNull(file: string) {
  try {
    return await fs.stat(file);
  } catch {
    return null;
  }
}

/** True when two paths name the same file: the same resolved path, or the same file on disk (links, case). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [sa, sb] = await Promise.all([statOrNull(a), statOrNull(b)]);
  return sa !== null && sb !== null && sa.dev === sb.dev && sa.ino === sb.ino;
}

/** True when the path is an existing regular file. */
export async function isFile(file: string): Promise<boolean> {
  return (await statOrNull(file))?.isFile() ?? false;
}
