// Builds the web page into dist/web/index.html: one self-contained file (the scripts, the compute
// worker's source as a string, the styles Fluent inserts at run time; no font files: system fonts).
// No other file is written and the page requests nothing: its CSP forbids every connection.
// `--env webOut=DIR` writes elsewhere (browser tests).
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const OUT = path.resolve(__dirname, "dist/web");

/** Puts every emitted script into the page as an inline <script> and drops the .js files. */
class InlineScriptsPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("InlineScriptsPlugin", (compilation) => {
      const hooks = HtmlWebpackPlugin.getHooks(compilation);
      hooks.alterAssetTagGroups.tap("InlineScriptsPlugin", (groups) => {
        const inline = (tag) => {
          const file = tag.tagName === "script" && tag.attributes && tag.attributes.src;
          if (!file) return tag;
          const name = decodeURIComponent(file).replace(/^\.?\//, "");
          const source = compilation.getAsset(name).source.source().toString();
          compilation.deleteAsset(name);
          // `</script` inside the code would end the element: `<\/script` means the same in JS.
          return { tagName: "script", voidTag: false, meta: tag.meta, attributes: {}, innerHTML: source.replace(/<\/(script)/gi, "<\\/$1") };
        };
        groups.headTags = groups.headTags.map(inline);
        groups.bodyTags = groups.bodyTags.map(inline);
        return groups;
      });
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  return {
    name: "web",
    mode: production ? "production" : "development",
    // Inline scripts only: eval source maps would need 'unsafe-eval'.
    devtool: false,
    target: ["web", "es2020"],
    entry: { web: "./src/web/index.tsx" },
    output: {
      path: env.webOut ? path.resolve(env.webOut) : OUT,
      filename: "[name].js",
      publicPath: "",
      clean: true,
    },
    resolve: { extensions: [".tsx", ".ts", ".mjs", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "esnext", noEmit: false, sourceMap: false } },
          },
        },
      ],
    },
    plugins: [
      // One chunk: the code loaded on first use elsewhere (scoring, the worker's source) is inlined too.
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/web/index.html", inject: "body", scriptLoading: "blocking", minify: false }),
      new InlineScriptsPlugin(),
    ],
    optimization: { minimizeOptions: { html: false } },
    performance: { hints: false },
  };
};
