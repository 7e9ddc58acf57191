/** Where the command line writes: one call = one line. Tests pass collectors instead of the process streams. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/** The process's stdout and stderr. */
export const processIo: CliIo = {
  out: (line) => void process.stdout.write(`${line}\n`),
  err: (line) => void process.stderr.write(`${line}\n`),
};

/** Exit codes of WORKBOOK.md: success, a workbook with errors, wrong usage. */
export const EXIT = { ok: 0, workbookErrors: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
