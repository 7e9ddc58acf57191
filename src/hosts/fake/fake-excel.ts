/**
 * A fake Excel for tests and the playground: `run` stands for `Excel.run`, `isSetSupported` for
 * `Office.context.requirements.isSetSupported`. It counts syncs and payload bytes, refuses payloads
 * over Excel on the web's limit, and can fail the n-th operation to prove that writes roll back.
 */
import type { SheetGrids } from "../../workbook/compute-types";
import { FakeExcelError } from "./fake-error";
import { workbookFromGrids, type FakeSheet, type FakeWorkbook, type WorkbookOptions } from "./fake-workbook";
import { FakeExcelStats, FakeRequestContext, type FakeHostState } from "./request-context";
import { FakeWorkbookObject } from "./worksheet-objects";

/**
 * Excel on the web refuses requests and responses above 5 MB: "Excel on the web has a payload size
 * limit for requests and responses of 5MB. `RichAPI.Error` will be thrown if that limit is exceeded"
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 */
export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface FakeExcelOptions extends WorkbookOptions {
  /** Highest ExcelApi version the host implements, e.g. `"1.7"` for Office 2019; default `"1.12"`. */
  apiVersion?: string;
  payloadLimitBytes?: number;
}

/** The fake request context as add-in code sees it: `workbook`, `application`, `sync()`. */
export interface FakeContext {
  readonly workbook: FakeWorkbookObject;
  readonly application: FakeWorkbookObject["application"];
  sync(): Promise<void>;
}

function versionAtLeast(have: string, want: string): boolean {
  const [a, b] = have.split(".").map(Number);
  const [c, e] = want.split(".").map(Number);
  return a > c || (a === c && b >= e);
}

export class FakeExcel implements FakeHostState {
  readonly stats = new FakeExcelStats();
  readonly payloadLimitBytes: number;
  readonly apiVersion: string;
  private operationsRun = 0;
  /** Which open context is changing each sheet (co-authoring: two users' add-ins at once). */
  private readonly claims = new Map<FakeSheet, FakeRequestContext>();
  private failAt: { operation: number; label: RegExp | null } | null = null;

  constructor(
    readonly workbook: FakeWorkbook,
    options: FakeExcelOptions = {},
  ) {
    this.apiVersion = options.apiVersion ?? "1.12";
    this.payloadLimitBytes = options.payloadLimitBytes ?? EXCEL_WEB_PAYLOAD_LIMIT;
  }

  supports(version: string): boolean {
    return versionAtLeast(this.apiVersion, version);
  }

  /** As `Office.context.requirements.isSetSupported`: only the ExcelApi set is modelled. */
  isSetSupported = (name: string, version?: string): boolean =>
    name === "ExcelApi" && this.supports(version ?? "1.1");

  /** Operations run so far (over all syncs). */
  get operations(): number {
    return this.operationsRun;
  }

  /**
   * Makes the n-th operation from now fail with GeneralException (optionally counting only
   * operations whose label, e.g. `Worksheet.name`, matches). One failure, then normal again.
   */
  failOperation(n: number, label?: RegExp): void {
    this.failAt = { operation: n, label: label ?? null };
  }

  beforeOperation(label: string): void {
    this.operationsRun++;
    const f = this.failAt;
    if (!f || (f.label && !f.label.test(label))) return;
    f.operation--;
    if (f.operation === 0) {
      this.failAt = null;
      throw new FakeExcelError("GeneralException", `注入的故障：${label}`, label);
    }
  }

  /**
   * A sheet changed by one `Excel.run` cannot be changed by another while the first is still open:
   * the second gets Conflict, the error Excel raises when a co-author's change collides with the
   * request (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling:
   * "Conflict — Request could not be processed because of a conflict").
   */
  claimSheet(sheet: FakeSheet, ctx: FakeRequestContext): void {
    const holder = this.claims.get(sheet);
    if (holder !== undefined && holder !== ctx) {
      throw new FakeExcelError("Conflict", `Request could not be processed because of a conflict: '${sheet.name}' is being changed by another user`);
    }
    this.claims.set(sheet, ctx);
  }

  releaseSheets(ctx: FakeRequestContext): void {
    for (const [sheet, holder] of this.claims) if (holder === ctx) this.claims.delete(sheet);
  }

  /**
   * As `Excel.run`: a new context for the batch. Stricter than Excel: a batch that returns with
   * operations never synced is an error, because those operations would be lost.
   */
  run = async <T>(batch: (context: FakeContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeRequestContext(this);
    const workbook = new FakeWorkbookObject(ctx, this.workbook);
    const context: FakeContext = { workbook, application: workbook.application, sync: () => ctx.sync() };
    let result: T;
    try {
      result = await batch(context);
    } catch (e) {
      ctx.close();
      throw e;
    }
    const lost = ctx.close();
    if (lost > 0) throw new FakeExcelError("InvalidOperation", `Excel.run ended with ${lost} operations never synced`);
    return result;
  };
}

/** A fake Excel holding these sheets (options: the 1904 date system, merged areas) (an empty workbook has one blank `Sheet1`, as Excel does). */
export function createFakeExcel(grids: SheetGrids = {}, options: FakeExcelOptions = {}): FakeExcel {
  return new FakeExcel(workbookFromGrids(grids, options), options);
}
