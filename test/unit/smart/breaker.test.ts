import { describe, expect, it } from "vitest";
import {
  Breaker,
  type BreakerSettings,
  DEFAULT_BREAKER_SETTINGS,
  normalizeSettings,
} from "../../../src/lib/smart/breaker";

const T0 = Date.UTC(2026, 10, 20, 12, 0, 0);
const SETTINGS: BreakerSettings = {
  failureThreshold: 3,
  failureRateThreshold: 0.5,
  minCallsForRate: 6,
  windowMs: 10_000,
  cooldownMs: 5_000,
  probeTimeoutMs: 20_000,
};

const fail = (at: number, probe = false) => ({ ok: false, probe, at });
const succeed = (at: number, probe = false) => ({ ok: true, probe, at });

/** Opens a fresh breaker with `failureThreshold` failures, the last one at `at`. */
function openedAt(at: number): Breaker {
  const breaker = new Breaker(SETTINGS);
  for (let i = SETTINGS.failureThreshold - 1; i >= 0; i--) breaker.record(fail(at - i));
  expect(breaker.state).toBe("open");
  return breaker;
}

describe("the circuit breaker's rules", () => {
  it("opens after the configured run of consecutive failures, and says why", () => {
    const breaker = new Breaker(SETTINGS);
    expect(breaker.record(fail(T0))).toEqual([]);
    expect(breaker.record(fail(T0 + 1))).toEqual([]);
    expect(breaker.decide(T0 + 2).decision).toBe("call");
    expect(breaker.record(fail(T0 + 2))).toEqual([
      {
        from: "closed",
        to: "open",
        reason: "consecutive_failures",
        at: T0 + 2,
        consecutiveFailures: 3,
        windowCalls: 3,
        windowFailures: 3,
      },
    ]);
    expect(breaker.decide(T0 + 3).decision).toBe("reject");
  });

  it("a success resets the run of failures", () => {
    const breaker = new Breaker(SETTINGS);
    for (const ok of [false, false, true, false, false]) breaker.record({ ok, probe: false, at: T0 });
    expect(breaker.state).toBe("closed");
    expect(breaker.snapshot(T0).consecutiveFailures).toBe(2);
  });

  it("opens on the failure rate only once the window holds minCallsForRate calls", () => {
    const breaker = new Breaker(SETTINGS);
    // 60% failures, never a run of 3, but only 5 calls: not enough for the rate rule.
    for (const [i, ok] of [false, false, true, false, true].entries())
      breaker.record({ ok, probe: false, at: T0 + i });
    expect(breaker.snapshot(T0 + 5)).toMatchObject({ state: "closed", windowCalls: 5, windowFailures: 3 });
    const [transition] = breaker.record(fail(T0 + 5)); // 6 calls, 4 failures: 67%
    expect(transition).toMatchObject({
      to: "open",
      reason: "failure_rate",
      consecutiveFailures: 1,
      windowCalls: 6,
      windowFailures: 4,
    });
  });

  it("below the failure rate, a full window stays closed", () => {
    const breaker = new Breaker(SETTINGS);
    for (let i = 0; i < 20; i++) breaker.record({ ok: i % 3 !== 0, probe: false, at: T0 + i });
    expect(breaker.snapshot(T0 + 20)).toMatchObject({ state: "closed", windowCalls: 20, windowFailures: 7 });
  });

  it("forgets failures that slid out of the window", () => {
    const breaker = new Breaker(SETTINGS);
    for (let i = 0; i < 5; i++) breaker.record({ ok: i % 2 === 1, probe: false, at: T0 });
    expect(breaker.snapshot(T0 + SETTINGS.windowMs - 1)).toMatchObject({ windowCalls: 5, windowFailures: 3 });
    const later = T0 + SETTINGS.windowMs;
    expect(breaker.snapshot(later)).toMatchObject({ windowCalls: 0, windowFailures: 0, totalFailures: 3 });
    // 5 more calls at 40% failures: the old ones no longer push the rate over 50%.
    for (const ok of [true, false, true, false, true]) breaker.record({ ok, probe: false, at: later });
    expect(breaker.state).toBe("closed");
    expect(breaker.snapshot(later)).toMatchObject({ windowCalls: 5, windowFailures: 2 });
    expect(breaker.toJSON().buckets).toHaveLength(1);
  });

  it("rejects for the whole cooldown and grants a probe right after it", () => {
    const breaker = openedAt(T0);
    expect(breaker.decide(T0 + SETTINGS.cooldownMs - 1)).toEqual({ decision: "reject", transitions: [] });
    const { decision, transitions } = breaker.decide(T0 + SETTINGS.cooldownMs);
    expect(decision).toBe("probe");
    expect(transitions).toMatchObject([{ from: "open", to: "half_open", reason: "cooldown_elapsed" }]);
  });

  it("grants exactly one probe while half-open", () => {
    const breaker = openedAt(T0);
    const after = T0 + SETTINGS.cooldownMs;
    const decisions = [0, 1, 2, 100].map((dt) => breaker.decide(after + dt).decision);
    expect(decisions).toEqual(["probe", "reject", "reject", "reject"]);
    expect(breaker.snapshot(after).probeInFlightSince).toBe(after);
  });

  it("a successful probe closes the circuit and resets the counts", () => {
    const breaker = openedAt(T0);
    const probeAt = T0 + SETTINGS.cooldownMs;
    breaker.decide(probeAt);
    expect(breaker.record(succeed(probeAt + 300, true))).toMatchObject([
      { from: "half_open", to: "closed", reason: "probe_succeeded" },
    ]);
    expect(breaker.snapshot(probeAt + 300)).toEqual({
      state: "closed",
      openedAt: null,
      probeInFlightSince: null,
      consecutiveFailures: 0,
      windowCalls: 0,
      windowFailures: 0,
      totalCalls: 4,
      totalFailures: 3,
      at: probeAt + 300,
    });
    expect(breaker.decide(probeAt + 301).decision).toBe("call");
  });

  it("a failed probe re-opens the circuit with a fresh cooldown", () => {
    const breaker = openedAt(T0);
    const probeAt = T0 + SETTINGS.cooldownMs;
    breaker.decide(probeAt);
    const failedAt = probeAt + 300;
    expect(breaker.record(fail(failedAt, true))).toMatchObject([
      { from: "half_open", to: "open", reason: "probe_failed" },
    ]);
    expect(breaker.snapshot(failedAt)).toMatchObject({ openedAt: failedAt, probeInFlightSince: null });
    expect(breaker.decide(failedAt + SETTINGS.cooldownMs - 1).decision).toBe("reject");
    expect(breaker.decide(failedAt + SETTINGS.cooldownMs).decision).toBe("probe");
  });

  it("a probe with no outcome after probeTimeoutMs is presumed lost: one more probe may go", () => {
    const breaker = openedAt(T0);
    const probeAt = T0 + SETTINGS.cooldownMs;
    expect(breaker.decide(probeAt).decision).toBe("probe");
    expect(breaker.decide(probeAt + SETTINGS.probeTimeoutMs - 1).decision).toBe("reject");
    expect(breaker.decide(probeAt + SETTINGS.probeTimeoutMs).decision).toBe("probe");
    expect(breaker.decide(probeAt + SETTINGS.probeTimeoutMs + 1).decision).toBe("reject");
    // The lost probe answers late, after the second one closed the circuit: an ordinary outcome.
    breaker.record(succeed(probeAt + SETTINGS.probeTimeoutMs + 2, true));
    expect(breaker.state).toBe("closed");
    expect(breaker.record(fail(probeAt + SETTINGS.probeTimeoutMs + 3, true))).toEqual([]);
    expect(breaker.snapshot(probeAt + SETTINGS.probeTimeoutMs + 3).consecutiveFailures).toBe(1);
  });

  it("calls that finish while open or half-open count in the totals only", () => {
    const breaker = openedAt(T0);
    expect(breaker.record(succeed(T0 + 1))).toEqual([]);
    breaker.decide(T0 + SETTINGS.cooldownMs);
    expect(breaker.record(fail(T0 + SETTINGS.cooldownMs + 1))).toEqual([]);
    expect(breaker.snapshot(T0 + SETTINGS.cooldownMs + 1)).toMatchObject({
      state: "half_open",
      consecutiveFailures: 3,
      windowCalls: 3,
      totalCalls: 5,
      totalFailures: 4,
    });
  });

  it("round-trips through JSON, and malformed stored data starts closed", () => {
    const breaker = openedAt(T0);
    breaker.decide(T0 + SETTINGS.cooldownMs);
    const copy = Breaker.fromJSON(JSON.parse(JSON.stringify(breaker)), SETTINGS);
    expect(copy.toJSON()).toEqual(breaker.toJSON());
    expect(copy.snapshot(T0 + 1)).toEqual(breaker.snapshot(T0 + 1));
    expect(copy.decide(T0 + SETTINGS.cooldownMs + 1).decision).toBe("reject");
    for (const bad of [null, "x", { state: "broken" }, 42]) {
      expect(Breaker.fromJSON(bad, SETTINGS).snapshot(T0)).toMatchObject({ state: "closed", totalCalls: 0 });
    }
  });

  it("continues from a snapshot; a half-open one grants its own probe", () => {
    const breaker = openedAt(T0);
    breaker.decide(T0 + SETTINGS.cooldownMs);
    const snapshot = breaker.snapshot(T0 + SETTINGS.cooldownMs);
    const copy = Breaker.fromSnapshot(snapshot, SETTINGS);
    expect(copy.snapshot(snapshot.at)).toEqual({ ...snapshot, probeInFlightSince: null });
    expect(copy.decide(snapshot.at + 1).decision).toBe("probe");
  });

  it("settings from another version: bad fields take their defaults", () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_BREAKER_SETTINGS);
    const mixed = { ...SETTINGS, failureRateThreshold: 2, cooldownMs: Number.NaN } as BreakerSettings;
    expect(normalizeSettings(mixed)).toEqual({
      ...SETTINGS,
      failureRateThreshold: DEFAULT_BREAKER_SETTINGS.failureRateThreshold,
      cooldownMs: DEFAULT_BREAKER_SETTINGS.cooldownMs,
    });
  });
});
