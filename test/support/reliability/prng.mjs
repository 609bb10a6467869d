// A small seeded PRNG (mulberry32) for the reliability fuzz: the same seed gives the same requests,
// and each case has its own stream (seed and case index), so one case can be replayed alone.

/** A 32-bit seed from text or a number; a random one when none is given. */
export function parseSeed(value) {
  if (value === undefined || value === "") return Math.floor(Math.random() * 2 ** 32) >>> 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n >= 2 ** 32)
    throw new Error(`seed must be an integer 0..2^32-1: ${value}`);
  return n >>> 0;
}

/** Mixes a case index into a seed (a murmur3 finaliser), so neighbouring cases do not correlate. */
function mix(seed, index) {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** @typedef {ReturnType<typeof rng>} Rng */

/** A generator of numbers in [0, 1) and helpers over it. */
export function rng(seed, index = 0) {
  let a = mix(seed, index);
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /** An integer in [min, max]. */
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  /**
   * @template T
   * @param {readonly T[]} list
   * @returns {T}
   */
  const pick = (list) => {
    if (list.length === 0) throw new Error("pick from an empty list");
    return /** @type {T} */ (list[int(0, list.length - 1)]);
  };
  const chance = (p) => next() < p;
  /** `length` characters drawn from `alphabet` (a string, or a list of strings). */
  const text = (alphabet, length) => {
    const chars = typeof alphabet === "string" ? [...alphabet] : alphabet;
    let out = "";
    for (let i = 0; i < length; i++) out += pick(chars);
    return out;
  };
  return { next, int, pick, chance, text };
}
