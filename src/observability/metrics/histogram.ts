/**
 * A fixed, mergeable latency histogram: bucket 0 holds [0, 1) ms, buckets 1..N are log-spaced with
 * ratio LATENCY_BUCKET_RATIO up to LATENCY_MAX_MS, and the last bucket counts everything slower.
 * Two histograms merge by adding counts, so isolates, minutes and versions combine exactly.
 */

/** Each bucket's upper bound is 10% above its lower bound. */
export const LATENCY_BUCKET_RATIO = 1.1;
export const LATENCY_MIN_MS = 1;
export const LATENCY_MAX_MS = 120_000;

/** Number of log-spaced buckets between LATENCY_MIN_MS and LATENCY_MAX_MS. */
const LOG_BUCKETS = Math.ceil(Math.log(LATENCY_MAX_MS / LATENCY_MIN_MS) / Math.log(LATENCY_BUCKET_RATIO));
export const OVERFLOW_BUCKET = LOG_BUCKETS + 1;
/** Underflow + log-spaced + overflow. Part of the isolate-to-object contract: changing it needs new tables. */
export const BUCKET_COUNT = LOG_BUCKETS + 2;

/**
 * Worst relative error of a reported value for a sample in [LATENCY_MIN_MS, LATENCY_MAX_MS):
 * a bucket [a, a*r) is reported as its geometric middle a*sqrt(r), at most sqrt(r) - 1 away (4.88%).
 */
export const MAX_RELATIVE_ERROR = Math.sqrt(LATENCY_BUCKET_RATIO) - 1;

/** Counts per bucket, always BUCKET_COUNT long. */
export type Histogram = number[];

const LOWER_BOUNDS: readonly number[] = Array.from({ length: BUCKET_COUNT }, (_, i) =>
  i === 0 ? 0 : i === OVERFLOW_BUCKET ? LATENCY_MAX_MS : LATENCY_MIN_MS * LATENCY_BUCKET_RATIO ** (i - 1),
);

/** The bucket range [lower, upper) in ms; the overflow bucket's upper bound is Infinity. */
export function bucketBounds(index: number): { lower: number; upper: number } {
  const lower = LOWER_BOUNDS[index];
  if (lower === undefined) throw new RangeError(`no latency bucket ${index}`);
  return { lower, upper: LOWER_BOUNDS[index + 1] ?? Number.POSITIVE_INFINITY };
}

export function bucketIndex(ms: number): number {
  if (!(ms >= LATENCY_MIN_MS)) return 0; // also NaN and negatives (a clock step back)
  if (ms >= LATENCY_MAX_MS) return OVERFLOW_BUCKET;
  let index = Math.floor(Math.log(ms / LATENCY_MIN_MS) / Math.log(LATENCY_BUCKET_RATIO)) + 1;
  // Floating point can land one bucket off right at a boundary.
  while (index > 1 && ms < bucketBounds(index).lower) index--;
  while (index < LOG_BUCKETS && ms >= bucketBounds(index).upper) index++;
  return index;
}

/**
 * The value reported for a bucket: 0 for underflow, the geometric middle of a log bucket,
 * and LATENCY_MAX_MS (meaning "at least") for overflow.
 */
export function bucketValue(index: number): number {
  if (index === 0) return 0;
  const { lower, upper } = bucketBounds(index);
  if (index === OVERFLOW_BUCKET) return lower;
  return Math.sqrt(lower * upper);
}

export function emptyHistogram(): Histogram {
  return new Array<number>(BUCKET_COUNT).fill(0);
}

export function observe(histogram: Histogram, ms: number, count = 1): void {
  const index = bucketIndex(ms);
  histogram[index] = (histogram[index] ?? 0) + count;
}

/**
 * Adds `from` into `into`. Extra buckets in `from` are ignored and missing ones count as 0,
 * so a malformed or foreign layout can never corrupt the length of a stored histogram.
 */
export function addHistogram(into: Histogram, from: readonly number[]): Histogram {
  for (let i = 0; i < BUCKET_COUNT; i++) {
    const n = from[i];
    if (typeof n === "number" && Number.isFinite(n) && n > 0) into[i] = (into[i] ?? 0) + n;
  }
  return into;
}

export function mergeHistograms(a: readonly number[], b: readonly number[]): Histogram {
  return addHistogram(addHistogram(emptyHistogram(), a), b);
}

/**
 * Nearest-rank percentile (q in (0, 1]): the reported value of the bucket that holds the
 * ceil(q * n)-th smallest sample; null when the histogram is empty.
 */
export function percentile(histogram: readonly number[], q: number): number | null {
  const total = histogram.reduce((sum, n) => sum + n, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (let i = 0; i < BUCKET_COUNT; i++) {
    seen += histogram[i] ?? 0;
    if (seen >= rank) return bucketValue(i);
  }
  return bucketValue(OVERFLOW_BUCKET);
}
