// The office.js files an Excel add-in loads at run time, for `--env officejs=local` (networks that
// cannot reach Microsoft's CDN). Read from office.js's loader and the Excel host files:
// - office.js loads the host file `excel-<platform>-<version>.js` (win32, web, mac, ios, android,
//   winrt) or, without host information (Office 2013, a plain browser), o15apptofilemappingtable.js
//   which maps to `excel-15*.js`, `excelwebapp-15*.js`, `excelios-15.js`;
// - `<locale>/office_strings.js` for Office's UI language, falling back to en-us;
// - `telemetry/oteljs_agave.js`; the host files load `ariatelemetry/aria-web-telemetry.js`,
//   `webauth/webauth.browserauth.js` (Office.auth) and, in Excel on the web,
//   `AgaveErrorUX/index.html` (which loads AgaveErrorUX.js, style/AgaveErrorUX.css, images/*).
// The package spells the AgaveErrorUX folder in lower case; it is copied under the names the code asks for.
const fs = require("fs");
const path = require("path");

const PACKAGE_DIR = path.dirname(require.resolve("@microsoft/office-js/package.json"));
const DIST = path.join(PACKAGE_DIR, "dist");
/** Folder in dist/addin/ that holds the copy; the pane loads `office-js/office.js`. */
const OFFICE_JS_DIR = "office-js";

const isRelease = (name) => name.endsWith(".js") && !name.endsWith(".debug.js") && !name.includes("vsdoc");

/** [source file, path under office-js/] for every file copied. */
function officeJsFiles() {
  const files = [];
  const add = (from, to = from) => files.push([path.join(DIST, from), to]);
  const top = fs.readdirSync(DIST, { withFileTypes: true });
  add("office.js");
  add("o15apptofilemappingtable.js");
  for (const e of top) if (e.isFile() && /^excel/.test(e.name) && isRelease(e.name)) add(e.name);
  for (const e of top) {
    if (e.isDirectory() && fs.existsSync(path.join(DIST, e.name, "office_strings.js"))) add(`${e.name}/office_strings.js`);
  }
  add("telemetry/oteljs_agave.js");
  add("ariatelemetry/aria-web-telemetry.js");
  add("webauth/webauth.browserauth.js");
  add("agaveerrorux/index.html", "AgaveErrorUX/index.html");
  add("agaveerrorux/agaveerrorux.js", "AgaveErrorUX/AgaveErrorUX.js");
  add("agaveerrorux/style/agaveerrorux.css", "AgaveErrorUX/style/AgaveErrorUX.css");
  for (const image of fs.readdirSync(path.join(DIST, "agaveerrorux", "images"))) {
    add(`agaveerrorux/images/${image}`, `AgaveErrorUX/images/${image}`);
  }
  files.push([path.join(PACKAGE_DIR, "LICENSE.md"), "LICENSE.md"]);
  return files;
}

/** The version of @microsoft/office-js that is installed. */
const officeJsVersion = () => require("@microsoft/office-js/package.json").version;

module.exports = { OFFICE_JS_DIR, officeJsFiles, officeJsVersion };
