// Builds the add-in into dist/addin: the task pane, its assets and manifest.xml (with --env playground:
// the playground into dist/playground instead). Production: no source maps, ES2020 (no IE polyfill;
// taskpane.html's ES5 guard explains old webviews). Options (`npm run build -- --env NAME=VALUE`):
//   url=https://HOST/PATH/  the address dist/addin/ is hosted at (default: the development server);
//   officejs=local          office.js from dist/addin/office-js/ instead of Microsoft's CDN;
//   out=DIR                 write elsewhere.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { AddinManifestPlugin, DEV_URL, normalizeBaseUrl } = require("./scripts/addin-manifest");
const { OFFICE_JS_DIR, officeJsFiles } = require("./scripts/office-js-files");

// bench/run.ts measures the pane's initial-load gzip size in dist/addin.
const OUT = path.resolve(__dirname, "dist/addin");
const PLAYGROUND_OUT = path.resolve(__dirname, "dist/playground");
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const DEV_PORT = 3000;
const PLAYGROUND_PORT = 3001;

/**
 * The playground on plain http; the pane on https://localhost:3000 (the manifest's address) with
 * the certificate office-addin-dev-certs creates and trusts on first use.
 */
async function devServer(playground) {
  // devMiddleware.index: the printed address (http://localhost:3001/) answers with the playground.
  if (playground) return { port: PLAYGROUND_PORT, open: "/", static: false, hot: false, devMiddleware: { index: "playground.html" } };
  const { ca, key, cert } = await require("office-addin-dev-certs").getHttpsServerOptions();
  return {
    port: DEV_PORT,
    headers: { "Access-Control-Allow-Origin": "*" },
    server: { type: "https", options: { ca, key, cert } },
    static: false,
  };
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const playground = Boolean(env.playground);
  const serving = Boolean(process.env.WEBPACK_SERVE);
  const entry = playground
    ? { playground: "./src/playground/index.tsx" }
    : { taskpane: "./src/taskpane/index.tsx" };
  const localOfficeJs = env.officejs === "local";
  if (env.officejs !== undefined && !localOfficeJs) throw new Error(`--env officejs=${env.officejs}：只支持 officejs=local`);
  const baseUrl = env.url ? normalizeBaseUrl(env.url) : DEV_URL;
  // The pane's scripts are not injected: taskpane.html's guard loads them (data-scripts) where they can run.
  const paneHtml = { filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"], inject: false, minify: false };
  const html = playground
    ? new HtmlWebpackPlugin({ filename: "playground.html", template: "./src/playground/playground.html", chunks: ["playground"], minify: false })
    : new HtmlWebpackPlugin({ ...paneHtml, officeJs: localOfficeJs ? `${OFFICE_JS_DIR}/office.js` : OFFICE_JS_CDN });
  // Copied files are Microsoft's as published: `minimized` keeps the minifier off them.
  const officeJsCopy = localOfficeJs
    ? [new CopyWebpackPlugin({ patterns: officeJsFiles().map(([from, to]) => ({ from, to: `${OFFICE_JS_DIR}/${to}`, info: { minimized: true } })) })]
    : [];
  const addin = playground ? [] : [new AddinManifestPlugin({ baseUrl, version: require("./package.json").version }), ...officeJsCopy];

  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "eval-cheap-module-source-map",
    target: ["web", "es2020"],
    entry,
    output: {
      path: env.out ? path.resolve(env.out) : playground ? PLAYGROUND_OUT : OUT,
      filename: "[name].[contenthash:8].js",
      clean: !serving,
    },
    resolve: { extensions: [".tsx", ".ts", ".mjs", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              // ES modules so that webpack can drop the Fluent UI components the pane does not use.
              compilerOptions: { module: "esnext", noEmit: false, sourceMap: !production },
            },
          },
        },
      ],
    },
    plugins: [
      html,
      new CopyWebpackPlugin({ patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }] }),
      ...addin,
    ],
    // HTML stays as written (quoted attributes): bench/bundle-size.ts finds the scripts a page loads by `src="…"`.
    optimization: { minimizeOptions: { html: false } },
    performance: { hints: false },
    devServer: serving ? await devServer(playground) : undefined,
  };
};

// `npm run build` also writes the web page (dist/web/index.html, webpack.web.config.js); the dev
// server and the playground build only the pane (`--config-name pane`).
const paneConfig = module.exports;
module.exports = [async (env, argv) => ({ name: "pane", ...(await paneConfig(env, argv)) }), require("./webpack.web.config.js")];
