import { afterEach, describe, expect, it, vi } from "vitest";
import { Breaker, type BreakerSettings, type Outcome } from "../../../src/lib/smart/breaker";
import { BreakerClient, type BreakerTarget, newBreakerCache } from "../../../src/smart/breaker-client";

const T0 = Date.UTC(2026, 10, 20, 12, 0, 0);
const SETTINGS: BreakerSettings = {
  failureThreshold: 2,
  failureRateThreshold: 0.5,
  minCallsForRate: 10,
  windowMs: 10_000,
  cooldownMs: 5_000,
  probeTimeoutMs: 20_000,
};

/**
 * Stands in for the Durable Object at the RPC boundary only: the same pure rules, plus a count of
 * calls and a switch that makes every call fail (or hang) as an unreachable object would.
 */
class FakeTarget implements BreakerTarget {
  readonly breaker = new Breaker(SETTINGS);
  rpcs = 0;
  mode: "up" | "down" | "hang" = "up";

  async admit(_settings: BreakerSettings, now = T0) {
    await this.rpc();
    const { decision } = this.breaker.decide(now);
    return { decision, snapshot: this.breaker.snapshot(now) };
  }
  async report(outcome: Outcome) {
    await this.rpc();
    this.breaker.record(outcome);
    return this.breaker.snapshot(outcome.at);
  }
  async snapshot(now = T0) {
    await this.rpc();
    return this.breaker.snapshot(now);
  }
  private async rpc() {
    this.rpcs += 1;
    if (this.mode === "down") throw new Error("Durable Object is overloaded");
    if (this.mode === "hang") await new Promise<never>(() => {});
  }
}

function setup(options: { maxAgeMs?: number; rpcTimeoutMs?: number } = {}) {
  const target = new FakeTarget();
  const clock = { now: T0 };
  const client = new BreakerClient(target, "test-colo", SETTINGS, {
    now: () => clock.now,
    cache: newBreakerCache(),
    maxAgeMs: options.maxAgeMs ?? 1_000,
    rpcTimeoutMs: options.rpcTimeoutMs ?? 500,
    retryAfterMs: 1_000,
  });
  return { target, clock, client };
}

afterEach(() => vi.restoreAllMocks());

describe("the breaker client's isolate cache", () => {
  it("decides from a fresh closed snapshot with no RPC; a stale one costs one RPC", async () => {
    const { target, clock, client } = setup();
    expect(await client.admit()).toEqual({ decision: "call", state: "closed", shared: true });
    expect(target.rpcs).toBe(1);
    clock.now += 1_000;
    for (let i = 0; i < 5; i++) expect((await client.admit()).decision).toBe("call");
    expect(target.rpcs).toBe(1);
    clock.now += 1;
    expect((await client.admit()).decision).toBe("call");
    expect(target.rpcs).toBe(2);
  });

  it("a report refreshes the cache: the next turn sees the open circuit without an RPC", async () => {
    const { target, clock, client } = setup();
    await client.admit();
    expect(await client.report({ ok: false, probe: false })).toBe("closed");
    expect(await client.report({ ok: false, probe: false })).toBe("open");
    const rpcs = target.rpcs;
    // Open stays "reject" from memory for the whole cooldown, however old the snapshot.
    clock.now += SETTINGS.cooldownMs - 1;
    expect(await client.admit()).toEqual({ decision: "reject", state: "open", shared: true });
    expect(target.rpcs).toBe(rpcs);
    // After it, only the object can grant the probe.
    clock.now += 1;
    expect(await client.admit()).toEqual({ decision: "probe", state: "half_open", shared: true });
    expect(target.rpcs).toBe(rpcs + 1);
    // While that probe is in flight, other turns of this isolate are rejected from memory.
    expect((await client.admit()).decision).toBe("reject");
    expect(target.rpcs).toBe(rpcs + 1);
    expect(await client.report({ ok: true, probe: true })).toBe("closed");
    expect((await client.admit()).decision).toBe("call");
    expect(target.rpcs).toBe(rpcs + 2);
  });

  it("two clients with their own caches (two isolates) each ask the object once", async () => {
    const { target, clock, client } = setup();
    const other = new BreakerClient(target, "test-colo", SETTINGS, {
      now: () => clock.now,
      cache: newBreakerCache(),
    });
    await client.admit();
    await other.admit();
    await client.admit();
    await other.admit();
    expect(target.rpcs).toBe(2);
  });
});

describe("when the object cannot be reached", () => {
  it("falls back to the isolate's own breaker, says so, and logs it once", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const info = vi.spyOn(console, "log").mockImplementation(() => {});
    const { target, clock, client } = setup();
    target.mode = "down";
    expect(await client.admit()).toEqual({ decision: "call", state: "closed", shared: false });
    expect(await client.report({ ok: false, probe: false })).toBe("closed");
    expect(await client.report({ ok: false, probe: false })).toBe("open");
    expect(await client.admit()).toEqual({ decision: "reject", state: "open", shared: false });
    // Only the first call tried the object; the rest wait retryAfterMs before trying again.
    expect(target.rpcs).toBe(1);
    const events = warn.mock.calls.map(([line]) => JSON.parse(String(line)) as Record<string, unknown>);
    expect(events.map((e) => e.event)).toEqual(["circuit_breaker_unreachable", "circuit_state_changed"]);
    expect(events[1]).toMatchObject({ scope: "isolate", from: "closed", to: "open", consecutiveFailures: 2 });

    // The object answers again: it decides from then on (its own circuit is still closed).
    clock.now += 1_000;
    target.mode = "up";
    expect(await client.admit()).toEqual({ decision: "call", state: "closed", shared: true });
    expect(target.rpcs).toBe(2);
    expect(info.mock.calls.map(([line]) => JSON.parse(String(line)).event)).toEqual([
      "circuit_breaker_reachable",
    ]);
  });

  it("carries on from the last snapshot it saw: an open circuit stays open", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const { target, clock, client } = setup();
    await client.report({ ok: false, probe: false });
    await client.report({ ok: false, probe: false });
    target.mode = "down";
    clock.now += SETTINGS.cooldownMs; // the cache cannot decide; the object is asked and fails
    expect(await client.admit()).toEqual({ decision: "probe", state: "half_open", shared: false });
    expect(await client.admit()).toEqual({ decision: "reject", state: "half_open", shared: false });
    expect(await client.report({ ok: true, probe: true })).toBe("closed");
  });

  it("an object that does not answer counts as unreachable after rpcTimeoutMs", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const { target, client } = setup({ rpcTimeoutMs: 20 });
    target.mode = "hang";
    expect(await client.admit()).toEqual({ decision: "call", state: "closed", shared: false });
    expect(await client.report({ ok: true, probe: false })).toBe("closed");
    expect(target.rpcs).toBe(1);
  });
});
