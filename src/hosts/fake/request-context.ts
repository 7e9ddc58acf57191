/**
 * The fake `Excel.RequestContext`: add-in code queues operations on proxies, `sync()` runs them
 * in order against the `FakeWorkbook`, like Excel does — not atomically: when one fails, those
 * before it stay applied and those after it are dropped. Every sync is counted with its estimated
 * request and response bytes; a payload over the limit is refused as Excel on the web refuses it.
 */
import { FakeExcelError, propertyNotLoaded } from "./fake-error";
import type { FakeSheet, FakeWorkbook } from "./fake-workbook";

/** UTF-8 bytes of a string's JSON text (quotes and escapes included), as JSON.stringify writes it. */
function jsonStringBytes(s: string): number {
  let n = s.length + 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x80) {
      if (c === 0x22 || c === 0x5c) n += 1; // \" and \\
    } else if (c < 0x20) {
      n += c === 0x08 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d ? 1 : 5; // \n or \u001f
    } else if (c < 0x800) {
      n += 1;
    } else if (c >= 0xd800 && c < 0xdc00 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 2; // a surrogate pair: 4 bytes for 2 UTF-16 units
      i++;
    } else if (c >= 0xd800 && c < 0xe000) {
      n += 5; // a lone surrogate is escaped as \udxxx
    } else {
      n += 2;
    }
  }
  return n;
}

/** Deeper payloads (or cyclic ones) are measured by JSON.stringify itself. */
const MAX_WALK_DEPTH = 64;

/**
 * Bytes of a value's JSON text without building it (large reads and writes carry megabytes of
 * cells); -1 where JSON.stringify would leave the value out, null where only JSON.stringify can tell.
 */
function walkJsonBytes(value: unknown, depth: number): number | null {
  switch (typeof value) {
    case "string":
      return jsonStringBytes(value);
    case "number":
      return Number.isFinite(value) ? String(value).length : 4;
    case "boolean":
      return value ? 4 : 5;
    case "undefined":
    case "function":
    case "symbol":
      return -1;
    case "bigint":
      return null;
  }
  if (value === null) return 4;
  if (depth > MAX_WALK_DEPTH) return null;
  if (Array.isArray(value)) {
    let n = 1 + Math.max(1, value.length);
    for (let i = 0; i < value.length; i++) {
      const b = walkJsonBytes(value[i], depth + 1);
      if (b === null) return null;
      n += b < 0 ? 4 : b;
    }
    return n;
  }
  const record = value as Record<string, unknown>;
  const proto: unknown = Object.getPrototypeOf(record);
  if ((proto !== Object.prototype && proto !== null) || typeof record.toJSON === "function") return null;
  let n = 2;
  let members = 0;
  for (const key of Object.keys(record)) {
    const b = walkJsonBytes(record[key], depth + 1);
    if (b === null) return null;
    if (b < 0) continue;
    n += jsonStringBytes(key) + 1 + b + (members++ > 0 ? 1 : 0);
  }
  return n;
}

/** UTF-8 bytes of a text (a lone surrogate counts as the 3 bytes of U+FFFD). */
function utf8Bytes(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c < 0xdc00 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 2;
      i++;
    } else n += 2;
  }
  return n;
}

/** UTF-8 length of a value's JSON text: the estimate of what travels between the pane and Excel. */
export function payloadBytes(value: unknown): number {
  const walked = walkJsonBytes(value, 0);
  if (walked !== null) return Math.max(0, walked);
  return utf8Bytes(JSON.stringify(value) ?? "");
}

/** Fixed overhead of one operation in a request (object path, method name, ids). */
export const OPERATION_OVERHEAD_BYTES = 60;

export interface SyncRecord {
  operations: number;
  requestBytes: number;
  responseBytes: number;
  failed: boolean;
}

/** Counters a test asserts on. */
export class FakeExcelStats {
  readonly syncs: SyncRecord[] = [];
  /** Calls of methods that matter to performance, e.g. `suspendScreenUpdatingUntilNextSync`. */
  readonly calls = new Map<string, number>();

  get syncCount(): number {
    return this.syncs.length;
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.requestBytes));
  }

  get maxResponseBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.responseBytes));
  }

  get operationCount(): number {
    return this.syncs.reduce((n, s) => n + s.operations, 0);
  }

  countCall(name: string): void {
    this.calls.set(name, (this.calls.get(name) ?? 0) + 1);
  }

  reset(): void {
    this.syncs.length = 0;
    this.calls.clear();
  }
}

/** What a context needs from the fake Excel that owns it. */
export interface FakeHostState {
  readonly workbook: FakeWorkbook;
  readonly stats: FakeExcelStats;
  readonly payloadLimitBytes: number;
  /** Whether the host implements `ExcelApi` at this version (`"1.8"`). */
  supports(version: string): boolean;
  /** Called before each operation runs; throws to inject a failure. */
  beforeOperation(label: string): void;
  /** Marks the sheet as being changed by this context; throws Conflict when another open context is changing it. */
  claimSheet(sheet: FakeSheet, ctx: FakeRequestContext): void;
  /** Ends a context's claims. */
  releaseSheets(ctx: FakeRequestContext): void;
}

interface QueuedOperation {
  label: string;
  requestBytes: number;
  /** Runs against the workbook; returns the response bytes it produced. */
  run(): number;
}

export class FakeRequestContext {
  private queue: QueuedOperation[] = [];
  private closed = false;

  constructor(readonly host: FakeHostState) {}

  /** Queues an operation, as setting a property or calling a method on a proxy does. */
  enqueue(label: string, requestPayload: unknown, run: () => number | void): void {
    if (this.closed) {
      throw new FakeExcelError("InvalidObjectPath", `${label}: the request context of this object has ended (Excel.run returned)`);
    }
    this.queue.push({
      label,
      requestBytes: OPERATION_OVERHEAD_BYTES + payloadBytes(requestPayload),
      run: () => run() ?? 0,
    });
  }

  /** Operations queued and not yet synced. */
  get pending(): number {
    return this.queue.length;
  }

  /** Throws ApiNotFound (inside an operation) when the host lacks the API set version. */
  requireApi(version: string, api: string): void {
    if (!this.host.supports(version)) {
      throw new FakeExcelError("ApiNotFound", `${api} requires ExcelApi ${version}, which this host does not implement`, api);
    }
  }

  /**
   * Checks that this context may change the sheet's cells or objects: AccessDenied on a protected
   * sheet; Conflict while another open context (a second user's add-in, co-authoring) changes it.
   * Error codes as in https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
   * ("AccessDenied: You cannot perform the requested operation", "Conflict: Request could not be
   * processed because of a conflict").
   */
  writeSheet(sheet: FakeSheet, what: string): void {
    if (sheet.protected) throw new FakeExcelError("AccessDenied", `${what}: the sheet '${sheet.name}' is protected`);
    this.host.claimSheet(sheet, this);
  }

  /**
   * Checks that the workbook's structure may change (add, delete, rename, move, hide or show a
   * sheet): AccessDenied when the workbook is protected (Review › Protect Workbook).
   */
  changeStructure(what: string): void {
    if (this.host.workbook.protected) throw new FakeExcelError("AccessDenied", `${what}: the workbook's structure is protected`);
  }

  /** Runs the queued operations in order; rejects with the first error, earlier ones staying applied. */
  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const requestBytes = ops.reduce((n, op) => n + op.requestBytes, 2);
    const record: SyncRecord = { operations: ops.length, requestBytes, responseBytes: 0, failed: false };
    this.host.stats.syncs.push(record);
    // A sync is a round trip to Excel: the pane's thread is free meanwhile (a task, not a microtask).
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    if (requestBytes > this.host.payloadLimitBytes) {
      record.failed = true;
      throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `The request payload size (${requestBytes} bytes) has exceeded the limit.`);
    }
    let error: unknown = null;
    for (const op of ops) {
      try {
        this.host.beforeOperation(op.label);
        record.responseBytes += op.run();
      } catch (e) {
        error = e;
        break;
      }
    }
    if (ops.length > 0) this.host.workbook.notifyChange();
    if (error === null && record.responseBytes > this.host.payloadLimitBytes) {
      error = new FakeExcelError("ResponsePayloadSizeLimitExceeded", `The response payload size (${record.responseBytes} bytes) has exceeded the limit.`);
    }
    if (error !== null) {
      record.failed = true;
      throw error;
    }
  }

  /** Ends the context: later use of its proxies fails as in Excel. Returns operations never synced. */
  close(): number {
    this.closed = true;
    this.host.releaseSheets(this);
    return this.queue.length;
  }
}

type LoadSpec = string | string[] | { select?: string | string[] } | undefined;

/** Property names from any of `load`'s argument forms; `items/name` means `name` of each item. */
export function loadedNames(spec: LoadSpec, all: readonly string[]): string[] {
  let list: string[];
  if (spec === undefined) return [...all];
  if (typeof spec === "string") list = spec.split(",");
  else if (Array.isArray(spec)) list = spec;
  else if (spec.select === undefined) return [...all];
  else list = typeof spec.select === "string" ? spec.select.split(",") : spec.select;
  return list.map((s) => s.trim().replace(/^items\//, "")).filter((s) => s !== "");
}

/**
 * Base of every proxy: binds to its target on first use inside a sync (as Excel binds object paths),
 * loads properties only in a sync, and throws PropertyNotLoaded when a property is read before that.
 */
export abstract class FakeClientObject<T> {
  protected readonly loaded = new Map<string, unknown>();
  private bound: { target: T | null } | null = null;

  constructor(
    readonly ctx: FakeRequestContext,
    readonly typeName: string,
    private readonly locate: () => T | null,
  ) {}

  /** Scalar properties `load()` without arguments loads. */
  protected abstract readonly loadable: readonly string[];

  /** A property's value on the target, as a load reads it. */
  protected abstract read(target: T, property: string): unknown;

  /** Whether the bound target still exists (a deleted sheet's objects become invalid). */
  protected isAlive(_target: T): boolean {
    return true;
  }

  /** Binds this proxy to a target now (used by `add`, which creates the target). */
  bind(target: T): void {
    this.bound = { target };
  }

  /** The target, or null for a null object; throws ItemNotFound from a plain `getItem`. */
  resolveOrNull(): T | null {
    if (this.bound === null) this.bound = { target: this.locate() };
    const t = this.bound.target;
    if (t !== null && !this.isAlive(t)) {
      throw new FakeExcelError("InvalidObjectPath", `${this.typeName}: the object has been deleted`);
    }
    return t;
  }

  /** The target; a null object here is an error. */
  resolve(): T {
    const t = this.resolveOrNull();
    if (t === null) throw new FakeExcelError("ItemNotFound", `${this.typeName}: the requested resource doesn't exist`);
    return t;
  }

  /** Queues a load of these properties; they become readable after the next `sync`. */
  load(spec?: LoadSpec): this {
    const names = loadedNames(spec, this.loadable);
    for (const n of names) {
      if (!this.loadable.includes(n)) {
        throw new FakeExcelError("InvalidArgument", `${this.typeName} has no loadable property '${n}'`);
      }
    }
    this.ctx.enqueue(`${this.typeName}.load`, names, () => {
      const t = this.resolveOrNull();
      if (t === null) {
        this.loaded.set("isNullObject", true);
        return 8;
      }
      return this.loadFrom(t, names);
    });
    return this;
  }

  /** Binds and loads at once (a collection's `items` arrive loaded); returns the response bytes. */
  loadFrom(target: T, names: readonly string[]): number {
    this.bind(target);
    this.loaded.set("isNullObject", false);
    const snapshot: Record<string, unknown> = {};
    for (const n of names) {
      const v = this.read(target, n);
      this.loaded.set(n, v);
      snapshot[n] = v;
    }
    return payloadBytes(snapshot);
  }

  /** Names this proxy's `load()` accepts. */
  loadableNames(): readonly string[] {
    return this.loadable;
  }

  /** A loaded property; throws as Office.js does when it was not loaded and synced. */
  protected loadedValue(property: string): unknown {
    if (!this.loaded.has(property)) throw propertyNotLoaded(this.typeName, property);
    return this.loaded.get(property);
  }

  get isNullObject(): boolean {
    return this.loadedValue("isNullObject") as boolean;
  }

  /** Queues a property write; `apply` runs in the sync against the resolved target. */
  protected queueSet(property: string, value: unknown, apply: (target: T) => void): void {
    this.ctx.enqueue(`${this.typeName}.${property}`, value, () => {
      apply(this.resolve());
    });
  }

  /** Queues a method call. */
  protected queueCall(method: string, args: unknown, apply: (target: T) => void): void {
    this.ctx.enqueue(`${this.typeName}.${method}`, args, () => {
      apply(this.resolve());
    });
  }
}

/**
 * Base of collections: `load("items/name")` (or `load("name")`) fills `items` with proxies whose
 * listed properties are loaded; reading `items` before that throws.
 */
export abstract class FakeCollection<T, P extends FakeClientObject<T>> {
  private items_: P[] | null = null;

  constructor(
    readonly ctx: FakeRequestContext,
    readonly typeName: string,
  ) {}

  /** The targets in collection order, at sync time. */
  protected abstract list(): T[];
  /** A proxy for one item (not yet bound). */
  protected abstract proxy(): P;

  load(spec?: string | string[] | { select?: string | string[] }): this {
    const sample = this.proxy();
    const names = loadedNames(spec, sample.loadableNames());
    const unknown = names.filter((n) => !sample.loadableNames().includes(n));
    if (unknown.length > 0) throw new FakeExcelError("InvalidArgument", `${this.typeName}: cannot load '${unknown.join(",")}'`);
    this.ctx.enqueue(`${this.typeName}.load`, names, () => {
      let bytes = 2;
      this.items_ = this.list().map((t) => {
        const p = this.proxy();
        bytes += p.loadFrom(t, names);
        return p;
      });
      return bytes;
    });
    return this;
  }

  get items(): P[] {
    if (this.items_ === null) throw propertyNotLoaded(this.typeName, "items");
    return this.items_;
  }
}
