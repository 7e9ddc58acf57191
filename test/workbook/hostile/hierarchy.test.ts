/** Issue 12, class 1: huge 上级地区 hierarchies are read in linear time; a cycle is reported once. */
import { computeWorkbook } from "../../../src/workbook/compute";
import { readInput } from "../../../src/workbook/read-input";
import { cleanWorkbook, places } from "../fixtures";

const NOW = new Date(Date.UTC(2026, 3, 1));

/** The clean workbook with a chain 层级1 ← … ← 层级N above 吉林省 (every region below all of it). */
function withChain(n: number) {
  const sheets = cleanWorkbook();
  const [header, top, ...rest] = sheets["地区"] as unknown[][];
  const chain = Array.from({ length: n }, (_, i) => [`层级${i + 1}`, i === 0 ? null : `层级${i}`, null]);
  sheets["地区"] = [header, ...chain, [top[0], `层级${n}`, top[2]], ...rest];
  return sheets;
}

/** The clean workbook with a cycle 环1 → 环2 → … → 环N → 环1 appended to 地区. */
function withCycle(n: number) {
  const sheets = cleanWorkbook();
  const cycle = Array.from({ length: n }, (_, i) => [`环${i + 1}`, `环${((i + 1) % n) + 1}`, null]);
  sheets["地区"] = [...(sheets["地区"] as unknown[][]), ...cycle];
  return sheets;
}

describe("huge hierarchies", () => {
  it("reports a 20,000-region cycle once, at its first row's 上级地区 cell, in a short message", () => {
    const { problems, input } = readInput(withCycle(20_000));
    expect(places(problems)).toEqual(["error 地区!B5"]);
    const message = problems[0].message;
    expect(message).toContain("共20000个地区");
    expect(message).toContain("环1（B5） → 环2（B6）");
    expect(message).toContain("环20（B24） → …等20000个地区");
    expect(message).not.toContain("环21");
    expect(message.length).toBeLessThan(400);
    expect(input.regions.map((r) => r.name)).toEqual(["吉林省", "长春市", "朝阳区"]);
  });

  it("reads a 20,000-level chain without a problem", () => {
    const { problems, input } = readInput(withChain(20_000));
    expect(problems).toEqual([]);
    expect(input.regions).toHaveLength(20_003);
  });

  it("scores a 2,000-level chain: every level above 长春市 counts its body and units", () => {
    const outcome = computeWorkbook(withChain(2_000), "2026-03", { now: NOW, existingSheets: [] });
    expect(outcome.ok).toBe(true);
    const regions = outcome.result!.months[0].regions;
    const top = regions.find((r) => r.region.name === "层级1")!;
    const changchun = regions.find((r) => r.region.name === "长春市")!;
    expect(top.unitCount).toBe(changchun.unitCount);
    expect(changchun.unitCount).toBe(1);
    const bulletin = outcome.result!.months[0].bulletin;
    expect(bulletin.find((b) => b.region.name === "层级1")!.诉求总量).toBe(10000);
  });
});
