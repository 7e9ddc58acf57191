// Webpack loader, used inline (`!!…/inline-worker-loader.js!./worker-entry`): bundles the module as
// a Web Worker in a child compilation (one chunk, no file emitted) and exports its source as a
// string, so a page can start the worker from a Blob URL: one self-contained file, no request.
const webpack = require("webpack");

module.exports = function inlineWorkerLoader() {};

module.exports.pitch = function pitch(remainingRequest) {
  this.cacheable(false);
  const callback = this.async();
  const parent = this._compilation;
  const filename = "inline-worker.js";
  const child = parent.createChildCompiler(`inline-worker ${remainingRequest}`, { filename, chunkFilename: "inline-worker.[id].js", publicPath: "" });
  new webpack.webworker.WebWorkerTemplatePlugin().apply(child);
  new webpack.EntryPlugin(this.context, remainingRequest, { name: "inline-worker" }).apply(child);
  new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }).apply(child);
  child.runAsChild((error, entries, compilation) => {
    if (error) return callback(error);
    if (compilation.errors.length > 0) return callback(compilation.errors[0]);
    const file = [...entries[0].files].find((f) => f.endsWith(".js"));
    const source = compilation.assets[file].source().toString();
    for (const f of [...entries[0].files]) if (parent.getAsset(f)) parent.deleteAsset(f);
    callback(null, `export default ${JSON.stringify(source)};`);
  });
};
