/**
 * prettyJsonBytes: the `--json` text as UTF-8 buffers of about a megabyte — the bytes of
 * JSON.stringify(value, null, 2) + "\n", also across buffer ends and for a piece longer than a buffer.
 */
import { prettyJsonBytes } from "../../src/cli/json-bytes";

const text = (buffers: Buffer[]) => Buffer.concat(buffers).toString("utf8");

describe("prettyJsonBytes", () => {
  it("gives the UTF-8 bytes of JSON.stringify(value, null, 2) and a line break", () => {
    const value = { period: "2026", list: ["长春市", "😀", 1.5, null, { a: [] }] };
    expect(prettyJsonBytes(value)).toHaveLength(1);
    expect(text(prettyJsonBytes(value))).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it("fills buffers of about a megabyte, CJK and astral characters whole at every buffer end", () => {
    const rows = Array.from({ length: 20000 }, (_, i) => ({ unit: `长春市第${i}单位😀`, score: i / 7, note: i % 3 ? null : "说明" }));
    const value = { monthly: [{ units: rows }, { units: rows }] };
    const buffers = prettyJsonBytes(value);
    expect(buffers.length).toBeGreaterThan(3);
    for (const b of buffers.slice(0, -1)) expect(b.length).toBeGreaterThan(900_000);
    expect(text(buffers)).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it("takes a piece longer than a buffer in one buffer of its own", () => {
    const value = { list: [...Array.from({ length: 70 }, (_, i) => i), "中".repeat(400_000)] };
    const buffers = prettyJsonBytes(value);
    expect(buffers.some((b) => b.length > 1 << 20)).toBe(true);
    expect(text(buffers)).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });
});
