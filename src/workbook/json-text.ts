/**
 * The text of `JSON.stringify(value, null, 2)` handed out in pieces, so that a large document (the
 * province year's `--json` is tens of megabytes) is never one string. Plain objects and arrays that
 * hold a long array are laid out here member by member; everything else — a long array's elements,
 * a few at a time, small objects, Dates, numbers — is JSON.stringify's own text at its indentation. The
 * pieces joined are exactly JSON.stringify's text.
 */

type Json = Record<string, unknown> | unknown[];

/** A plain object or array: laid out key by key here; anything else (Dates, toJSON, Maps…) is left to JSON.stringify. */
function isPlainContainer(value: unknown): value is Json {
  if (Array.isArray(value)) return true;
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== "function";
}

/** A member or element as JSON.stringify sees it: through its toJSON method, called with its key. */
function resolved(value: unknown, key: string): unknown {
  const toJSON = value !== null && typeof value === "object" ? (value as { toJSON?: unknown }).toJSON : undefined;
  return typeof toJSON === "function" ? (toJSON as (key: string) => unknown).call(value, key) : value;
}

/** JSON.stringify leaves out object members with these values (and writes null for them in arrays). */
const omitted = (value: unknown) => value === undefined || typeof value === "function" || typeof value === "symbol";

/**
 * Arrays at least this long are written BATCH elements a piece (each a young, short-lived string),
 * and whatever holds one within LOOKAHEAD levels is laid out member by member.
 */
const LONG = 64;
const BATCH = 32;
const LOOKAHEAD = 8;

function holdsLongArray(value: unknown, depth: number): boolean {
  if (depth <= 0 || !isPlainContainer(value)) return false;
  if (Array.isArray(value)) return value.length >= LONG || value.some((item) => holdsLongArray(item, depth - 1));
  for (const key of Object.keys(value)) if (holdsLongArray(value[key], depth - 1)) return true;
  return false;
}

/**
 * JSON.stringify's text of a value nested `levels` deep: the value is stringified inside as many
 * one-element arrays, so that JSON.stringify itself indents it, and the wrapping is cut off.
 */
function nested(value: unknown, levels: number): string {
  let wrapped: unknown = value;
  for (let i = 0; i < levels; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // Each level i (0 outermost) adds "[\n" and its indentation (2 + 2i spaces) before, "\n", 2i spaces and "]" after.
  const before = levels * (levels + 3);
  const after = levels * (levels + 1);
  return levels === 0 ? text : text.slice(before, text.length - after);
}

function layout(value: unknown, levels: number, write: (piece: string) => void): void {
  if (!isPlainContainer(value) || !holdsLongArray(value, LOOKAHEAD)) {
    write(nested(value, levels));
    return;
  }
  const inner = "  ".repeat(levels + 1);
  if (Array.isArray(value) && value.length >= LONG) {
    for (let i = 0; i < value.length; i += BATCH) {
      const batch = value.slice(i, i + BATCH).map((item: unknown, k) => resolved(item, String(i + k)));
      // The batch's own text without its brackets: "[\n" + inner before, "\n" + indentation + "]" after.
      const text = nested(batch, levels);
      write(i === 0 ? `[\n${inner}` : `,\n${inner}`);
      write(text.slice(2 + inner.length, text.length - inner.length));
    }
    write(`\n${inner.slice(2)}]`);
    return;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) write("[]");
    for (let i = 0; i < value.length; i++) {
      write(i === 0 ? `[\n${inner}` : `,\n${inner}`);
      const item = resolved(value[i], String(i));
      if (omitted(item)) write("null");
      else layout(item, levels + 1, write);
    }
    if (value.length > 0) write(`\n${inner.slice(2)}]`);
    return;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const member = resolved(value[key], key);
    if (omitted(member)) continue;
    write(`${first ? "{\n" : ",\n"}${inner}${JSON.stringify(key)}: `);
    first = false;
    layout(member, levels + 1, write);
  }
  write(first ? "{}" : `\n${inner.slice(2)}}`);
}

/**
 * Hands `write` the pieces of `JSON.stringify(value, null, 2)`, in order (for a value it can write:
 * not undefined, a function or a symbol at the top). A long array comes BATCH elements a piece.
 */
export function writePrettyJson(value: unknown, write: (piece: string) => void): void {
  layout(value, 0, write);
}
