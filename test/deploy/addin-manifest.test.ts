/**
 * The deployment manifest (scripts/addin-manifest.js) without webpack: every URL moved under the
 * address, the Id kept, the Version from package.json, the files it names; and the XSD check.
 */
import { execFileSync, spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");
const SCHEMA = path.join(ROOT, "manifest-schema", "OfficeAppManifestV1_1.xsd");
const canValidate = process.env.CI === "true" || spawnSync("xmllint", ["--version"]).status === 0;
const { DEV_URL, deploymentManifest, manifestFiles, manifestUrls, manifestVersion, normalizeBaseUrl } = require("../../scripts/addin-manifest.js");
const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const idOf = (xml: string) => /<Id>([^<]+)<\/Id>/.exec(xml)?.[1];

describe("deployment manifest", () => {
  const base = "https://oa.jl.gov.cn/jsjb/addin/";
  const xml = deploymentManifest(source, base, "1.2.3");

  it("moves every URL under the address and the AppDomain to its origin", () => {
    const urls = manifestUrls(xml);
    expect(urls.length).toBeGreaterThanOrEqual(8);
    const appDomains = [...xml.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1]);
    expect(appDomains).toEqual(["https://oa.jl.gov.cn"]);
    for (const url of urls.filter((u: string) => !appDomains.includes(u))) expect(url.startsWith(base)).toBe(true);
    expect(xml).not.toMatch(/localhost/);
  });

  it("keeps the Id and takes a four-part Version from package.json's version", () => {
    expect(idOf(xml)).toBe(idOf(source));
    expect(xml).toMatch(/<Version>1\.2\.3\.0<\/Version>/);
    expect(manifestVersion("0.1.0")).toBe("0.1.0.0");
    expect(manifestVersion("2.0.1-beta.3")).toBe("2.0.1.0");
    expect(() => manifestVersion("1.2.3.4.5")).toThrow(/版本号/);
    expect(() => manifestVersion("70000.0.0")).toThrow(/版本号/);
  });

  it("names the pane and the icons relative to the address", () => {
    expect(manifestFiles(xml, base).sort()).toEqual(["assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png", "taskpane.html"]);
  });

  it("leaves the development manifest at https://localhost:3000/ without a url", () => {
    const dev = deploymentManifest(source, DEV_URL, require("../../package.json").version);
    expect(manifestUrls(dev).every((u: string) => u.startsWith("https://localhost:3000"))).toBe(true);
    expect(dev.replace(/<Version>[^<]*<\/Version>/, "")).toBe(source.replace(/<Version>[^<]*<\/Version>/, ""));
  });

  it("normalizes the address to https with a trailing slash and refuses anything else", () => {
    expect(normalizeBaseUrl("https://oa.jl.gov.cn/jsjb")).toBe("https://oa.jl.gov.cn/jsjb/");
    expect(normalizeBaseUrl("https://oa.jl.gov.cn")).toBe("https://oa.jl.gov.cn/");
    expect(normalizeBaseUrl("https://oa.jl.gov.cn:8443/a/b/")).toBe("https://oa.jl.gov.cn:8443/a/b/");
    expect(() => normalizeBaseUrl("http://oa.jl.gov.cn/")).toThrow(/https/);
    expect(() => normalizeBaseUrl("oa.jl.gov.cn/jsjb")).toThrow(/有效的网址/);
    expect(() => normalizeBaseUrl("https://oa.jl.gov.cn/?v=1")).toThrow(/查询参数/);
  });

  it("escapes an address with XML special characters", () => {
    const odd = deploymentManifest(source, "https://oa.jl.gov.cn/a&b/", "0.1.0");
    expect(odd).toMatch(/DefaultValue="https:\/\/oa\.jl\.gov\.cn\/a&amp;b\/taskpane\.html"/);
    expect(manifestFiles(odd, "https://oa.jl.gov.cn/a&b/")).toContain("taskpane.html");
  });

  (canValidate ? it : it.skip)("validates against the in-repository XSD", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jsjb-manifest-"));
    try {
      fs.writeFileSync(path.join(dir, "manifest.xml"), xml);
      expect(execFileSync("xmllint", ["--noout", "--schema", SCHEMA, path.join(dir, "manifest.xml")], { encoding: "utf8", stdio: "pipe" })).toBe("");
      fs.writeFileSync(path.join(dir, "bad.xml"), xml.replace("<Permissions>ReadWriteDocument", "<Permissions>Everything"));
      expect(spawnSync("xmllint", ["--noout", "--schema", SCHEMA, path.join(dir, "bad.xml")]).status).not.toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("webpack.config.js options of the deployment build", () => {
  // webpack.config.js exports [pane, web page]: the manifest is the pane's.
  const [configure] = require("../../webpack.config.js") as Array<(env: object, argv: object) => Promise<Record<string, any>>>;
  const plugin = (config: Record<string, any>, name: string) => config.plugins.filter((p: any) => p.constructor.name === name);

  it("points the manifest at the development server and office.js at the CDN by default", async () => {
    const config = await configure({}, { mode: "production" });
    expect(plugin(config, "AddinManifestPlugin")[0].baseUrl).toBe("https://localhost:3000/");
    expect(plugin(config, "HtmlWebpackPlugin")[0].userOptions.officeJs).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(plugin(config, "CopyPlugin")).toHaveLength(1);
  });

  it("takes the address from --env url and copies office.js with --env officejs=local", async () => {
    const config = await configure({ url: "https://oa.jl.gov.cn/jsjb", officejs: "local" }, { mode: "production" });
    expect(plugin(config, "AddinManifestPlugin")[0].baseUrl).toBe("https://oa.jl.gov.cn/jsjb/");
    expect(plugin(config, "HtmlWebpackPlugin")[0].userOptions.officeJs).toBe("office-js/office.js");
    const copies = plugin(config, "CopyPlugin").flatMap((p: any) => p.patterns.map((q: any) => q.to));
    expect(copies).toEqual(expect.arrayContaining(["office-js/office.js", "office-js/excel-win32-16.01.js", "office-js/zh-cn/office_strings.js"]));
  });

  it("writes no manifest into the playground", async () => {
    const config = await configure({ playground: true, url: "https://oa.jl.gov.cn/" }, { mode: "production" });
    expect(plugin(config, "AddinManifestPlugin")).toEqual([]);
  });
});
