// The deployment manifest: manifest.xml (written for the development server) moved to the address
// an office hosts dist/addin/ at, with the Version taken from package.json. Used by webpack.config.js.
const fs = require("fs");
const path = require("path");

/** The address manifest.xml is written for: the development server. */
const DEV_URL = "https://localhost:3000/";
const MANIFEST = path.resolve(__dirname, "..", "manifest.xml");

/** `https://host[:port]/path/` with a trailing slash; an Error in Chinese for anything else. */
function normalizeBaseUrl(raw) {
  let url;
  try {
    url = new URL(String(raw));
  } catch {
    throw new Error(`--env url=${raw}：不是有效的网址，应为 https://主机/路径/`);
  }
  if (url.protocol !== "https:") throw new Error(`--env url=${raw}：Office 只加载 https:// 地址的加载项`);
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`--env url=${raw}：地址不能带查询参数、# 片段或用户名`);
  }
  const base = url.origin + url.pathname.replace(/\/?$/, "/");
  return base;
}

/** package.json's "0.1.0" as the manifest's four-part "0.1.0.0" (pre-release and build tags dropped). */
function manifestVersion(version) {
  const parts = String(version).split(/[-+]/)[0].split(".");
  if (parts.length > 4 || parts.some((p) => !/^\d+$/.test(p) || Number(p) > 65535)) {
    throw new Error(`package.json 的 version "${version}" 不能写成加载项清单的版本号（至多四段数字）`);
  }
  while (parts.length < 4) parts.push("0");
  return parts.join(".");
}

/**
 * manifest.xml for `baseUrl` (already normalized): every `https://localhost:3000/…` URL moved under
 * it, the AppDomain set to its origin, <Version> from `version`. The Id stays.
 */
function deploymentManifest(xml, baseUrl, version) {
  const origin = new URL(baseUrl).origin;
  const moved = xml
    .replace(/<AppDomain>https:\/\/localhost:3000\/?<\/AppDomain>/g, `<AppDomain>${escapeXml(origin)}</AppDomain>`)
    .split(DEV_URL)
    .join(escapeXml(baseUrl))
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
  if (moved.includes("localhost:3000") && baseUrl !== DEV_URL) {
    throw new Error("manifest.xml 中仍有未替换的 localhost:3000 地址");
  }
  return moved;
}

/** Every absolute URL in the manifest's DefaultValue attributes, SourceLocation and AppDomain elements. */
function manifestUrls(xml) {
  return [
    ...[...xml.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]),
    ...[...xml.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1]),
  ].map(unescapeXml);
}

/** The files (relative to `baseUrl`) the manifest names, without query or fragment. */
function manifestFiles(xml, baseUrl) {
  const files = manifestUrls(xml)
    .filter((u) => u.startsWith(baseUrl))
    .map((u) => u.slice(baseUrl.length).split(/[?#]/)[0])
    .filter((f) => f !== "");
  return [...new Set(files)];
}

const escapeXml = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const unescapeXml = (s) => s.replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/**
 * Webpack plugin: emits manifest.xml for `baseUrl` and fails the build when a file it names is not
 * among the build's assets.
 */
class AddinManifestPlugin {
  constructor({ baseUrl, version }) {
    this.baseUrl = baseUrl;
    this.version = version;
  }

  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("AddinManifestPlugin", (compilation) => {
      compilation.fileDependencies.add(MANIFEST);
      compilation.hooks.processAssets.tap(
        { name: "AddinManifestPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const xml = deploymentManifest(fs.readFileSync(MANIFEST, "utf8"), this.baseUrl, this.version);
          for (const file of manifestFiles(xml, this.baseUrl)) {
            if (!compilation.getAsset(file)) compilation.errors.push(new WebpackError(`manifest.xml 引用的文件 ${file} 不在构建结果中`));
          }
          compilation.emitAsset("manifest.xml", new sources.RawSource(xml));
        },
      );
    });
  }
}

module.exports = { DEV_URL, AddinManifestPlugin, deploymentManifest, manifestFiles, manifestUrls, manifestVersion, normalizeBaseUrl };
