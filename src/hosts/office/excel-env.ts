/**
 * What the Office host needs from the outside: `Excel.run` and the requirement-set check. Tests
 * and the playground pass the fake's; the pane passes office.js's globals.
 */

/** `Excel.run` as the host calls it. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelEnv {
  run: ExcelRun;
  /** `Office.context.requirements.isSetSupported`. */
  isSetSupported(name: string, version: string): boolean;
}

/** The environment office.js provides once `Office.onReady` has resolved. */
export function officeEnv(): ExcelEnv {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}
