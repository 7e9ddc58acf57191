/** The worker's bundled source as a string (scripts/inline-worker-loader.js). */
declare module "*inline-worker-loader.js!./worker-entry" {
  const source: string;
  export default source;
}
