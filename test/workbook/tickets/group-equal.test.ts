import fc from "fast-check";
import { firstOccurrence } from "../../../src/workbook/tickets/group-equal";

describe("firstOccurrence", () => {
  it("points every key at the first position holding an equal key", () => {
    expect([...firstOccurrence(5, (i) => ["a", "b", "a", "", "b"][i])]).toEqual([0, 1, 0, 3, 1]);
  });

  it("agrees with a Map on random keys, collisions and all", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 300 }), (keys) => {
        const seen = new Map<string, number>();
        const expected = keys.map((k, i) => (seen.has(k) ? seen.get(k)! : (seen.set(k, i), i)));
        expect([...firstOccurrence(keys.length, (i) => keys[i])]).toEqual(expected);
      }),
    );
  });
});
