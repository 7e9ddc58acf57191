import { createPrng } from "../../src/example/prng";

describe("createPrng", () => {
  it("gives the same sequence for the same seed and another for another seed", () => {
    const draw = (seed: number) => {
      const rng = createPrng(seed);
      return Array.from({ length: 5 }, () => rng.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it("keeps int() within both bounds and reaches each of them", () => {
    const rng = createPrng(7);
    const seen = new Set(Array.from({ length: 500 }, () => rng.int(1, 4)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4]);
  });

  it("keeps next() in [0, 1) and between() in [lo, hi)", () => {
    const rng = createPrng(9);
    for (let i = 0; i < 1000; i++) {
      const x = rng.next();
      expect(x >= 0 && x < 1).toBe(true);
      const y = rng.between(0.9, 1);
      expect(y >= 0.9 && y < 1).toBe(true);
    }
  });

  it("picks only from the list and chance(0) is never true", () => {
    const rng = createPrng(11);
    const items = ["国家级", "省级"] as const;
    for (let i = 0; i < 100; i++) {
      expect(items).toContain(rng.pick(items));
      expect(rng.chance(0)).toBe(false);
    }
  });
});
