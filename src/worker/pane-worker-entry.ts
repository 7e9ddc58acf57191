/** The pane's compute worker: the same protocol, the pane's job only (no xlsx code in its bundle). */
import { createGridJobs } from "./score-grids";
import { serveJobs } from "./serve-jobs";

serveJobs(createGridJobs());
