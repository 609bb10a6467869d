/** Typo tolerance: a bounded Damerau-Levenshtein (optimal string alignment) distance. */

/** Edits allowed between two words, by the length of the shorter one. */
export function allowedEdits(length: number): number {
  if (length <= 3) return 0;
  if (length <= 6) return 1;
  return 2;
}

// Three reusable rows: the distance runs on every unknown word, so it should not allocate.
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal-string-alignment distance between `a` and `b`, or `max + 1` as soon as it is known to
 * exceed `max` (so callers can bail out cheaply).
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (lb + 1 > rows[0].length)
    rows = [new Int32Array(lb + 1), new Int32Array(lb + 1), new Int32Array(lb + 1)];
  let [prevPrev, prev, row] = rows;
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    row[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (ca === cb ? 0 : 1),
      );
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
      }
      row[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const spare = prevPrev;
    prevPrev = prev;
    prev = row;
    row = spare;
  }
  return prev[lb] ?? max + 1;
}

/**
 * Whether two words are the same word up to typos: 0 edits for words of up to 3 letters,
 * 1 for 4-6 letters, 2 for 7 or more (measured on the shorter word).
 */
export function fuzzyEquals(a: string, b: string): boolean {
  if (a === b) return true;
  const max = allowedEdits(Math.min(a.length, b.length));
  if (max === 0) return false;
  return boundedDistance(a, b, max) <= max;
}
