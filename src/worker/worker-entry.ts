/** The web page's compute worker: every job (open an .xlsx, score it into a copy, score grids). */
import { serveJobs } from "./serve-jobs";
import { createComputeService } from "./service";

serveJobs(createComputeService());
