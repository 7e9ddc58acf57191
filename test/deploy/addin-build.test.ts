/**
 * The deployment build end to end: `--env url=… --env officejs=local` built once (webpack's Node API,
 * the project's config) into test/artifacts/addin-build, checked, served from 127.0.0.1 and opened in
 * headless Chromium. Slow (one production build), so it runs in one of the two time zones of
 * `npm test` only: skipped under TZ=America/New_York (nothing in it depends on the time zone).
 */
import { execFileSync, spawnSync } from "child_process";
import fs from "fs";
import path from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { ARTIFACTS, launchChromium, serveFolder } from "../e2e/playground-server";

jest.setTimeout(300_000);

const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ARTIFACTS, "addin-build");
const BASE = "https://jsjb.example.gov.cn/12345/addin/";
const SCHEMA = path.join(ROOT, "manifest-schema", "OfficeAppManifestV1_1.xsd");
const { manifestFiles, manifestUrls } = require("../../scripts/addin-manifest.js");
const { officeJsFiles, officeJsVersion } = require("../../scripts/office-js-files.js");
/** office.js's own telemetry frame, which Microsoft's code opens and which fails on a closed network. */
const TELEMETRY_HOST = "telemetryservice.firstpartyapps.oaspapps.com";

const UA = {
  ie11: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko",
  edgeLegacy: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041",
};
const runHere = process.env.TZ !== "America/New_York";

async function build(): Promise<void> {
  const webpack = require("webpack") as typeof import("webpack");
  // webpack.config.js exports [pane, web page]: the deployment is the pane's.
  const [configure] = require("../../webpack.config.js") as Array<(env: object, argv: object) => Promise<import("webpack").Configuration>>;
  const config = await configure({ url: BASE, officejs: "local", out: OUT }, { mode: "production" });
  await new Promise<void>((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

(runHere ? describe : describe.skip)("deployment build (url + officejs=local)", () => {
  let browser: Browser;
  let server: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    fs.rmSync(OUT, { recursive: true, force: true });
    await build();
    server = await serveFolder(OUT);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const manifest = () => fs.readFileSync(path.join(OUT, "manifest.xml"), "utf8");

  it("writes a manifest whose every URL starts with the address, keeping the Id, Version from package.json", () => {
    const xml = manifest();
    const appDomain = new URL(BASE).origin;
    for (const url of manifestUrls(xml)) expect(url === appDomain || url.startsWith(BASE)).toBe(true);
    expect(/<Id>([^<]+)<\/Id>/.exec(xml)?.[1]).toBe(/<Id>([^<]+)<\/Id>/.exec(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"))?.[1]);
    const version = require("../../package.json").version as string;
    expect(xml).toContain(`<Version>${version.split(".").concat(["0", "0", "0"]).slice(0, 4).join(".")}</Version>`);
  });

  (process.env.CI === "true" || spawnSync("xmllint", ["--version"]).status === 0 ? it : it.skip)("validates against the XSD", () => {
    expect(execFileSync("xmllint", ["--noout", "--schema", SCHEMA, path.join(OUT, "manifest.xml")], { encoding: "utf8", stdio: "pipe" })).toBe("");
  });

  it("holds every file the manifest names, and office.js's files unchanged", () => {
    const named = manifestFiles(manifest(), BASE);
    expect(named).toContain("taskpane.html");
    for (const file of named) expect(fs.existsSync(path.join(OUT, file))).toBe(true);
    const copies = officeJsFiles() as Array<[string, string]>;
    for (const [from, to] of copies) expect(fs.readFileSync(path.join(OUT, "office-js", to)).equals(fs.readFileSync(from))).toBe(true);
    const names = copies.map(([, to]) => to);
    for (const f of ["office.js", "o15apptofilemappingtable.js", "excel-win32-16.01.js", "excel-web-16.00.js", "excel-mac-16.00.js", "zh-cn/office_strings.js", "en-us/office_strings.js", "telemetry/oteljs_agave.js"]) {
      expect(names).toContain(f);
    }
    expect(require("../../package.json").devDependencies["@microsoft/office-js"]).toBe(officeJsVersion());
  });

  it("loads office.js from the deployment, not from the CDN", () => {
    const html = fs.readFileSync(path.join(OUT, "taskpane.html"), "utf8");
    expect(html).toContain('<script src="office-js/office.js"></script>');
    expect(html).not.toMatch(/appsforoffice\.microsoft\.com/);
  });

  async function open(context: BrowserContext, query = ""): Promise<{ page: Page; requests: string[] }> {
    const requests: string[] = [];
    context.on("request", (r) => requests.push(r.url()));
    // Nothing may leave 127.0.0.1: any other request is aborted (and recorded above).
    await context.route("**/*", (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
    const page = await context.newPage();
    await page.goto(`${server.url}/taskpane.html${query}`);
    await page.waitForLoadState("networkidle");
    return { page, requests };
  }

  // office.js reads the host, platform, file version and UI language Office passes in `_host_Info`;
  // without it (a plain browser) it takes the Office 2013 path through o15apptofilemappingtable.js.
  const hosts: Array<[string, string[]]> = [
    ["", ["o15apptofilemappingtable.js"]],
    ["?_host_Info=Excel$Win32$16.01$zh-CN$$$$0", ["excel-win32-16.01.js", "zh-cn/office_strings.js"]],
    ["?_host_Info=Excel$Mac$16.00$zh-CN$$$$0", ["excel-mac-16.00.js", "zh-cn/office_strings.js"]],
    ["?_host_Info=Excel$Web$16.00$en-US$$$$0", ["excel-web-16.00.js", "en-us/office_strings.js"]],
  ];
  for (const [query, officeFiles] of hosts) {
    it(`in Chromium${query ? ` as ${query.split("=")[1].split("$").slice(0, 2).join(" ")}` : ""}, loads the pane and office.js's files with no request leaving the server (telemetry frame aside)`, async () => {
      const context = await browser.newContext();
      const { page, requests } = await open(context, query);
      await page.waitForTimeout(1000);
      const outside = requests.filter((u) => !u.startsWith(server.url) && new URL(u).hostname !== TELEMETRY_HOST);
      expect(outside).toEqual([]);
      for (const file of ["office.js", ...officeFiles]) expect(requests).toContain(`${server.url}/office-js/${file}`);
      expect(requests.some((u) => /\/taskpane\.[0-9a-f]{8}\.js$/.test(u))).toBe(true);
      expect(await page.locator(".unsupported").count()).toBe(0);
      await context.close();
    });
  }

  for (const [name, userAgent] of Object.entries(UA)) {
    it(`with the ${name} user agent, shows the message and never loads the pane's scripts`, async () => {
      const context = await browser.newContext({ userAgent });
      const { page, requests } = await open(context);
      const alert = page.getByRole("alert");
      expect(await alert.getByRole("heading").innerText()).toBe("此 Office 无法运行「接诉即办赋分」任务窗格");
      const text = await alert.innerText();
      expect(text).toContain(name === "ie11" ? "Internet Explorer 11" : "EdgeHTML");
      for (const words of ["Microsoft 365", "Office 2021", "WebView2", "批量许可版", "网页版", "命令行"]) expect(text).toContain(words);
      expect(await page.locator("#root").count()).toBe(0);
      expect(requests.filter((u) => /\/taskpane\.[0-9a-f]{8}\.js$/.test(u))).toEqual([]);
      await page.screenshot({ path: path.join(ARTIFACTS, `unsupported-${name}.png`) });
      await context.close();
    });
  }

  it("names a missing feature (Array.prototype.flat) and does not load the pane", async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      delete (Array.prototype as { flat?: unknown }).flat;
    });
    const { page, requests } = await open(context);
    expect(await page.getByRole("alert").innerText()).toMatch(/缺少本任务窗格需要的功能：.*flat/);
    expect(requests.filter((u) => /\/taskpane\.[0-9a-f]{8}\.js$/.test(u))).toEqual([]);
    await context.close();
  });
});
