import { execFileSync, spawnSync } from "child_process";
import fs from "fs";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");
const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const SCHEMA = path.join(ROOT, "manifest-schema", "OfficeAppManifestV1_1.xsd");
// In CI xmllint is always there (.ci/run installs libxml2-utils): never skip there.
const canValidate = process.env.CI === "true" || spawnSync("xmllint", ["--version"]).status === 0;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = fs.readFileSync(file);
  expect(b.subarray(1, 4).toString()).toBe("PNG");
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe("manifest.xml", () => {
  (canValidate ? it : it.skip)("validates against the Office add-in manifest schema", () => {
    const out = execFileSync("xmllint", ["--noout", "--schema", SCHEMA, "manifest.xml"], { cwd: ROOT, encoding: "utf8", stdio: "pipe" });
    expect(out).toBe("");
  });

  it("declares an Excel task pane that may read and write the document, from ExcelApi 1.7", () => {
    expect(manifest).toMatch(/xsi:type="TaskPaneApp"/);
    expect(manifest).toMatch(/<Host Name="Workbook"\/>/);
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1.7"\/>/);
  });

  it("puts a 接诉即办赋分 button on the Home tab that opens the pane", () => {
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
    expect(manifest).toMatch(/<bt:String id="Button.Label" DefaultValue="接诉即办赋分"\/>/);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(manifest).toMatch(/<bt:Url id="Taskpane.Url" DefaultValue="https:\/\/localhost:3000\/taskpane.html"\/>/);
  });

  it("names icons that exist in assets at their stated sizes", () => {
    const icons = [...manifest.matchAll(/assets\/icon-(\d+)\.png/g)].map((m) => Number(m[1]));
    expect(new Set(icons)).toEqual(new Set([16, 32, 64, 80]));
    for (const size of new Set(icons)) expect(pngSize(path.join(ROOT, "assets", `icon-${size}.png`))).toEqual([size, size]);
  });
});

describe("webpack.config.js", () => {
  type Configure = (env: object, argv: object) => Promise<Record<string, any>> | Record<string, any>;
  // [the pane (or the playground), the web page]
  const [configure, configureWeb] = require("../../webpack.config.js") as Configure[];

  it("builds the pane for production without source maps or an IE target, into dist/addin", async () => {
    const config = await configure({}, { mode: "production" });
    expect(config.devtool).toBe(false);
    expect(config.target).toEqual(["web", "es2020"]);
    expect(Object.keys(config.entry)).toEqual(["taskpane"]);
    expect(config.output.path).toBe(path.join(ROOT, "dist", "addin"));
  });

  it("builds the playground instead with --env playground", async () => {
    const config = await configure({ playground: true }, { mode: "production" });
    expect(Object.keys(config.entry)).toEqual(["playground"]);
    expect(config.output.path).toBe(path.join(ROOT, "dist", "playground"));
  });

  it("serves the playground at the address webpack-dev-server prints (/ answers with playground.html)", async () => {
    const saved = process.env.WEBPACK_SERVE;
    process.env.WEBPACK_SERVE = "true";
    try {
      const config = await configure({ playground: true }, { mode: "development" });
      const html = config.plugins.find((p: any) => p.constructor.name === "HtmlWebpackPlugin");
      expect(config.devServer.devMiddleware.index).toBe(html.userOptions.filename);
      expect(config.devServer.open).toBe("/");
    } finally {
      if (saved === undefined) delete process.env.WEBPACK_SERVE;
      else process.env.WEBPACK_SERVE = saved;
    }
  });

  it("refuses an address that is not https and an unknown officejs value", async () => {
    await expect(configure({ url: "http://intranet/addin/" }, { mode: "production" })).rejects.toThrow(/https/);
    await expect(configure({ officejs: "cdn" }, { mode: "production" })).rejects.toThrow(/officejs=local/);
  });

  it("also builds the web page, one file in dist/web, without source maps", async () => {
    const config = await configureWeb({}, { mode: "production" });
    expect(config.devtool).toBe(false);
    expect(Object.keys(config.entry)).toEqual(["web"]);
    expect(config.output.path).toBe(path.join(ROOT, "dist", "web"));
  });
});
