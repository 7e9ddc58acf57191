/**
 * Groups equal string keys without a million-entry Map (which costs ~0.5 s per million keys):
 * open addressing over an Int32Array, FNV-1a hash of the UTF-16 code units.
 */

function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * For each position i in 0…n−1, the first position whose key equals key(i).
 * @example firstOccurrence(3, (i) => ["a", "b", "a"][i]) // Int32Array [0, 1, 0]
 */
export function firstOccurrence(n: number, key: (i: number) => string): Int32Array {
  let size = 16;
  while (size < n * 2) size *= 2;
  const mask = size - 1;
  const table = new Int32Array(size).fill(-1);
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const k = key(i);
    let h = hashOf(k) & mask;
    for (;;) {
      const j = table[h];
      if (j === -1) {
        table[h] = i;
        out[i] = i;
        break;
      }
      if (key(j) === k) {
        out[i] = j;
        break;
      }
      h = (h + 1) & mask;
    }
  }
  return out;
}
