import { promises as fs } from "fs";
import path from "path";
import zlib from "zlib";

export interface BundleSize {
  files: string[];
  gzipBytes: number;
}

/**
 * Local scripts and stylesheets an HTML page loads first: `src="…"`, stylesheets, and the pane's
 * scripts that taskpane.html's guard loads (`data-scripts="a.js b.js"`). office.js is not counted,
 * from the CDN or from office-js/ (`--env officejs=local`).
 */
function initialAssets(html: string): string[] {
  const refs = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<script\b[^>]*\bdata-scripts="([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/)),
    ...[...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link\b[^>]*\bhref="([^"]+\.css)"/g)].map((m) => m[1]),
  ].filter((r) => r !== "" && !/^(https?:)?\/\//.test(r) && !/(^|\/)office-js\//.test(r));
  return [...new Set(refs.map((r) => r.split(/[?#]/)[0]))];
}

/**
 * Gzip size (level 9) of what the task pane loads first: every .html in `dir` plus the local JS and
 * CSS files they reference. Null when `dir` does not exist (the pane is not built).
 */
export async function paneBundleGzip(dir: string): Promise<BundleSize | null> {
  const entries = await fs.readdir(dir).catch(() => null);
  if (entries === null) return null;
  const files = new Set<string>();
  for (const name of entries.filter((e) => e.endsWith(".html"))) {
    const page = path.join(dir, name);
    files.add(page);
    for (const asset of initialAssets(await fs.readFile(page, "utf8"))) {
      const file = path.resolve(dir, asset.replace(/^\//, ""));
      if (await fs.stat(file).then((s) => s.isFile(), () => false)) files.add(file);
    }
  }
  let gzipBytes = 0;
  for (const file of files) gzipBytes += zlib.gzipSync(await fs.readFile(file), { level: 9 }).length;
  return { files: [...files].map((f) => path.relative(dir, f)), gzipBytes };
}
