import { describe, expect, it } from "vitest";
import {
  emptyHistogram,
  LATENCY_MAX_MS,
  MAX_RELATIVE_ERROR,
  observe,
  percentile,
} from "../../../src/observability/metrics/histogram";
import { emptyCounts, summarize } from "../../../src/observability/metrics/summary";
import { seededRandom } from "./random";

const QUANTILES = [0.5, 0.95, 0.99] as const;

/** Nearest rank: the ceil(q * n)-th smallest sample, the definition the histogram follows. */
function exactPercentile(sorted: number[], q: number): number {
  return sorted[Math.max(1, Math.ceil(q * sorted.length)) - 1] ?? Number.NaN;
}

const distributions: Record<string, (r: () => number) => number> = {
  "log-uniform 1 ms..120 s": (r) => Math.exp(r() * Math.log(LATENCY_MAX_MS)),
  "integer ms, mostly fast with a slow tail": (r) =>
    r() < 0.9 ? 1 + Math.floor(r() * 40) : 200 + Math.floor(r() * 5000),
  "narrow around 250 ms": (r) => 240 + r() * 20,
};

describe("percentiles from the histogram", () => {
  for (const [name, draw] of Object.entries(distributions)) {
    it(`are within ${(MAX_RELATIVE_ERROR * 100).toFixed(2)}% of the exact value: ${name}`, () => {
      const random = seededRandom(name.length * 7919);
      for (const n of [1, 7, 100, 5_000]) {
        const samples = Array.from({ length: n }, () => draw(random));
        const counts = emptyCounts();
        for (const ms of samples) observe(counts.latency, ms);
        const sorted = [...samples].sort((a, b) => a - b);
        const summary = summarize(counts);
        for (const q of QUANTILES) {
          const exact = exactPercentile(sorted, q);
          const reported = percentile(counts.latency, q);
          expect(reported, `n=${n} q=${q}`).not.toBeNull();
          expect(Math.abs((reported ?? 0) - exact)).toBeLessThanOrEqual(MAX_RELATIVE_ERROR * exact + 1e-9);
          // The API rounds to 0.01 ms.
          const key = `p${Math.round(q * 100)}` as "p50" | "p95" | "p99";
          const api = summary.latencyMs[key] ?? Number.NaN;
          expect(Math.abs(api - exact)).toBeLessThanOrEqual(MAX_RELATIVE_ERROR * exact + 0.005 + 1e-9);
        }
      }
    });
  }

  it("reports 0 for sub-millisecond samples and 120 s (meaning 'at least') for overflow", () => {
    const h = emptyHistogram();
    observe(h, 0, 60);
    observe(h, 500_000, 40);
    expect(percentile(h, 0.5)).toBe(0);
    expect(percentile(h, 0.95)).toBe(LATENCY_MAX_MS);
  });

  it("is null when nothing was measured", () => {
    expect(percentile(emptyHistogram(), 0.5)).toBeNull();
  });
});
