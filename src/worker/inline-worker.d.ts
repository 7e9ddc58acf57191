/** A worker's bundled source as a string (`!!…/scripts/inline-worker-loader.js!./…worker-entry`). */
declare module "*worker-entry" {
  const source: string;
  export default source;
}
