import { describe, expect, it } from "vitest";
import { MAX_QUEUE_DELAY_SECONDS, retryDelaySeconds } from "../../../src/lib/notifications/backoff";

describe("retry backoff", () => {
  it("starts at the base after the first attempt and doubles with each further one", () => {
    expect([1, 2, 3, 4, 5].map((attempts) => retryDelaySeconds(attempts, 30, 3_600))).toEqual([
      30, 60, 120, 240, 480,
    ]);
  });

  it("never exceeds the configured maximum, nor the queue's 12 hours", () => {
    expect(retryDelaySeconds(8, 30, 3_600)).toBe(3_600);
    expect(retryDelaySeconds(50, 30, 100_000)).toBe(MAX_QUEUE_DELAY_SECONDS);
    expect(retryDelaySeconds(1_000, 1, 2)).toBe(2);
  });

  it("counts a missing, zero, negative or fractional attempt count as the first attempt or its floor", () => {
    for (const attempts of [0, -3, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(retryDelaySeconds(attempts, 30, 3_600), String(attempts)).toBe(30);
    }
    expect(retryDelaySeconds(2.9, 30, 3_600)).toBe(60);
  });
});
