// Builds the task pane into dist/taskpane (with --env playground: the playground instead).
// Production: no source maps, ES2020 (no IE polyfill). `--env out=DIR` writes elsewhere.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

// bench/run.ts measures the pane's initial-load gzip size in dist/taskpane.
const OUT = path.resolve(__dirname, "dist/taskpane");
const DEV_PORT = 3000;
const PLAYGROUND_PORT = 3001;

/**
 * The playground on plain http; the pane on https://localhost:3000 (the manifest's address) with
 * the certificate office-addin-dev-certs creates and trusts on first use.
 */
async function devServer(playground) {
  if (playground) return { port: PLAYGROUND_PORT, open: "/playground.html", static: false, hot: false };
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
  const html = playground
    ? new HtmlWebpackPlugin({ filename: "playground.html", template: "./src/playground/playground.html", chunks: ["playground"], minify: false })
    : new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"], minify: false });

  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "eval-cheap-module-source-map",
    target: ["web", "es2020"],
    entry,
    output: {
      path: env.out ? path.resolve(env.out) : OUT,
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
