import { promises as fs } from "fs";
import path from "path";
import { runDemo } from "../../src/cli/demo-command";
import type { CliIo } from "../../src/cli/io";
import { DEMO_FILES, PACKAGE_ROOT } from "../../src/cli/paths";
import { exists, sheetNames, tempDir } from "./helpers";

describe("jsjb demo", () => {
  it("scores the bundled example under examples/ and writes the scored copy and the JSON next to it", () => {
    expect(path.relative(PACKAGE_ROOT, DEMO_FILES.input)).toBe(path.join("examples", "jilin-example.xlsx"));
    expect(path.relative(PACKAGE_ROOT, DEMO_FILES.out)).toBe(path.join("examples", "jilin-example.scored.xlsx"));
    expect(path.relative(PACKAGE_ROOT, DEMO_FILES.json)).toBe(path.join("examples", "jilin-example.result.json"));
  });

  it("writes the example first when it is missing, then prints the ranking with 长春市 at 93.27", async () => {
    const dir = await tempDir("demo");
    const files = { input: path.join(dir, "example.xlsx"), out: path.join(dir, "scored.xlsx"), json: path.join(dir, "result.json") };
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { out: (l) => void out.push(l), err: (l) => void err.push(l) };
    const code = await runDemo({ command: "demo", period: "2026-03" }, io, files);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^已生成示例工作簿/);
    expect(out.some((l) => /长春市\s+93\.27\s+94\.50\s+92\.45/.test(l))).toBe(true);
    expect(out.some((l) => l === "【市州】")).toBe(true);
    expect(out.some((l) => l === "【县市区】")).toBe(true);
    expect(await sheetNames(files.out)).toContain("2026-03 地区综合");
    const json = JSON.parse(await fs.readFile(files.json, "utf8"));
    expect(json.regions.find((r: { region: string }) => r.region === "长春市").score).toBe(93.27);
    expect(await exists(files.input)).toBe(true);
  }, 60_000);
});
