import { describe, expect, it } from "vitest";
import {
  BUCKET_COUNT,
  emptyHistogram,
  mergeHistograms,
  observe,
} from "../../../src/observability/metrics/histogram";
import { type Counts, emptyCounts, mergeCounts, summarize } from "../../../src/observability/metrics/summary";
import { seededRandom } from "./random";

function randomCounts(random: () => number): Counts {
  const counts = emptyCounts();
  const n = Math.floor(random() * 200);
  for (let i = 0; i < n; i++) {
    counts.requests += 1;
    if (random() < 0.1) counts.errors5xx += 1;
    if (random() < 0.3) counts.openaiCalls += 1;
    observe(counts.latency, Math.exp(random() * 12));
  }
  counts.openaiFailures = Math.floor(counts.openaiCalls / 3);
  return counts;
}

describe("merging counts", () => {
  it("is associative and commutative, so batches may arrive in any grouping and order", () => {
    const random = seededRandom(7);
    for (let round = 0; round < 50; round++) {
      const [a, b, c] = [randomCounts(random), randomCounts(random), randomCounts(random)];
      const left = mergeCounts(mergeCounts(a, b), c);
      const right = mergeCounts(a, mergeCounts(b, c));
      expect(left).toEqual(right);
      expect(mergeCounts(c, b, a)).toEqual(left);
      expect(summarize(left)).toEqual(summarize(right));
    }
  });

  it("has the empty counts as identity and never mutates its inputs", () => {
    const a = randomCounts(seededRandom(3));
    const copy = structuredClone(a);
    expect(mergeCounts(a, emptyCounts())).toEqual(a);
    mergeCounts(a, a);
    expect(a).toEqual(copy);
  });

  it("adds histograms bucket by bucket, ignoring foreign extra buckets and bad values", () => {
    const a = emptyHistogram();
    observe(a, 5, 3);
    const foreign = [...emptyHistogram(), 99];
    foreign[0] = -4;
    foreign[1] = Number.NaN;
    const merged = mergeHistograms(a, foreign);
    expect(merged).toHaveLength(BUCKET_COUNT);
    expect(merged.reduce((s, n) => s + n, 0)).toBe(3);
    expect(mergeHistograms(a, [])).toEqual(a);
  });
});
