import { addHistogram, emptyHistogram, type Histogram, percentile } from "./histogram";

/**
 * Mergeable counters for one (minute, worker version): the unit an isolate sends and the object stores.
 * Merging is addition, so it is associative and commutative and a batch can be applied in any order.
 */
export interface Counts {
  requests: number;
  errors5xx: number;
  openaiCalls: number;
  openaiFailures: number;
  /** Ratings of the help given at the end of a chat (a repeated identical rating is not counted again). */
  ratingsUp: number;
  ratingsDown: number;
  latency: Histogram;
}

export interface LatencyPercentiles {
  /** Milliseconds, rounded to 0.01; null when nothing was measured. */
  p50: number | null;
  p95: number | null;
  p99: number | null;
}

export interface Summary {
  requests: number;
  errors5xx: number;
  /** errors5xx / requests; 0 when there were no requests. */
  errorRate: number;
  latencyMs: LatencyPercentiles;
}

export interface OpenAiCounts {
  calls: number;
  failures: number;
  /** failures / calls; 0 when there were no calls. */
  failureRate: number;
}

export interface RatingCounts {
  up: number;
  down: number;
}

export function emptyCounts(): Counts {
  return {
    requests: 0,
    errors5xx: 0,
    openaiCalls: 0,
    openaiFailures: 0,
    ratingsUp: 0,
    ratingsDown: 0,
    latency: emptyHistogram(),
  };
}

/** Adds `from` into `into` and returns `into`. */
export function addCounts(into: Counts, from: Counts): Counts {
  into.requests += from.requests;
  into.errors5xx += from.errors5xx;
  into.openaiCalls += from.openaiCalls;
  into.openaiFailures += from.openaiFailures;
  into.ratingsUp += from.ratingsUp;
  into.ratingsDown += from.ratingsDown;
  addHistogram(into.latency, from.latency);
  return into;
}

export function mergeCounts(...parts: Counts[]): Counts {
  return parts.reduce(addCounts, emptyCounts());
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
const rounded = (ms: number | null) => (ms === null ? null : Math.round(ms * 100) / 100);

export function summarize(counts: Counts): Summary {
  return {
    requests: counts.requests,
    errors5xx: counts.errors5xx,
    errorRate: ratio(counts.errors5xx, counts.requests),
    latencyMs: {
      p50: rounded(percentile(counts.latency, 0.5)),
      p95: rounded(percentile(counts.latency, 0.95)),
      p99: rounded(percentile(counts.latency, 0.99)),
    },
  };
}

export function summarizeOpenAi(counts: Counts): OpenAiCounts {
  return {
    calls: counts.openaiCalls,
    failures: counts.openaiFailures,
    failureRate: ratio(counts.openaiFailures, counts.openaiCalls),
  };
}

export function summarizeRatings(counts: Counts): RatingCounts {
  return { up: counts.ratingsUp, down: counts.ratingsDown };
}
