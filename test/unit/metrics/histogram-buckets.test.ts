import { describe, expect, it } from "vitest";
import {
  BUCKET_COUNT,
  bucketBounds,
  bucketIndex,
  bucketValue,
  LATENCY_BUCKET_RATIO,
  LATENCY_MAX_MS,
  MAX_RELATIVE_ERROR,
  OVERFLOW_BUCKET,
} from "../../../src/observability/metrics/histogram";

describe("latency histogram buckets", () => {
  it("has underflow [0, 1 ms), log buckets 10% wide up to 120 s, and overflow", () => {
    expect(BUCKET_COUNT).toBe(125);
    expect(bucketBounds(0)).toEqual({ lower: 0, upper: 1 });
    expect(bucketBounds(1)).toEqual({ lower: 1, upper: LATENCY_BUCKET_RATIO });
    expect(bucketBounds(OVERFLOW_BUCKET)).toEqual({ lower: LATENCY_MAX_MS, upper: Number.POSITIVE_INFINITY });
    for (let i = 1; i < OVERFLOW_BUCKET; i++) {
      const { lower, upper } = bucketBounds(i);
      expect(upper / lower).toBeLessThanOrEqual(LATENCY_BUCKET_RATIO + 1e-9);
      expect(bucketBounds(i + 1).lower).toBe(upper); // contiguous, no gaps
    }
    expect(() => bucketBounds(BUCKET_COUNT)).toThrow(RangeError);
  });

  it("puts every value in the bucket whose range contains it, boundaries included", () => {
    for (let i = 1; i < OVERFLOW_BUCKET; i++) {
      const { lower, upper } = bucketBounds(i);
      expect(bucketIndex(lower)).toBe(i);
      expect(bucketIndex((lower + upper) / 2)).toBe(i);
      expect(bucketIndex(upper - 1e-9 * upper)).toBe(i);
    }
    expect(bucketIndex(0)).toBe(0);
    expect(bucketIndex(0.999)).toBe(0);
    expect(bucketIndex(-5)).toBe(0);
    expect(bucketIndex(Number.NaN)).toBe(0);
    expect(bucketIndex(LATENCY_MAX_MS)).toBe(OVERFLOW_BUCKET);
    expect(bucketIndex(10 * LATENCY_MAX_MS)).toBe(OVERFLOW_BUCKET);
  });

  it("reports a value inside each bucket, at most MAX_RELATIVE_ERROR from any member", () => {
    expect(MAX_RELATIVE_ERROR).toBeCloseTo(0.0488, 4);
    expect(bucketValue(0)).toBe(0);
    expect(bucketValue(OVERFLOW_BUCKET)).toBe(LATENCY_MAX_MS);
    for (let i = 1; i < OVERFLOW_BUCKET; i++) {
      const { lower, upper } = bucketBounds(i);
      const value = bucketValue(i);
      expect(value).toBeGreaterThanOrEqual(lower);
      expect(value).toBeLessThan(upper);
      expect(value / lower - 1).toBeLessThanOrEqual(MAX_RELATIVE_ERROR + 1e-12);
      expect(1 - value / upper).toBeLessThanOrEqual(MAX_RELATIVE_ERROR + 1e-12);
    }
  });
});
