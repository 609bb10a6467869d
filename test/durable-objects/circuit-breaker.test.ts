import { evictDurableObject, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CircuitBreaker } from "../../durable-objects/circuit-breaker";
import type { BreakerSettings } from "../../src/lib/smart/breaker";
import { BreakerClient, type BreakerTarget, newBreakerCache } from "../../src/smart/breaker-client";

const T0 = Date.UTC(2026, 10, 20, 12, 0, 0);
const MAX_AGE_MS = 10;
const SETTINGS: BreakerSettings = {
  failureThreshold: 3,
  failureRateThreshold: 0.5,
  minCallsForRate: 10,
  windowMs: 60_000,
  cooldownMs: 50,
  probeTimeoutMs: 1_000,
};

/**
 * Two isolates of one location: each client has its own cache, both talk to the real object
 * through the real binding. Time is explicit (the client passes its clock to the object), so
 * nothing sleeps; RPCs are counted to show what the cache saves.
 */
function twoIsolates() {
  // Letters only: a UUID's digit runs can look like a phone number, which log lines mask (real
  // breaker names are three-letter locations).
  const name = `colo-${crypto.randomUUID().replace(/\d/g, (d) => "ghijklmnop"[Number(d)] ?? "x")}`;
  const stub = env.CIRCUIT_BREAKER.getByName(name);
  const clock = { now: T0 };
  const rpcs = { count: 0 };
  const counted = <T>(call: () => T): T => {
    rpcs.count += 1;
    return call();
  };
  const target: BreakerTarget = {
    admit: (settings, now) => counted(() => stub.admit(settings, now)),
    report: (outcome, settings) => counted(() => stub.report(outcome, settings)),
    snapshot: (now) => counted(() => stub.snapshot(now)),
  };
  const client = () =>
    new BreakerClient(target, name, SETTINGS, {
      now: () => clock.now,
      cache: newBreakerCache(),
      maxAgeMs: MAX_AGE_MS,
      // The object answering slowly is not what these tests are about: on a busy machine an RPC can
      // take longer than the production 500 ms, and the client would (rightly) fall back to its own breaker.
      rpcTimeoutMs: 30_000,
    });
  return { name, stub, clock, rpcs, a: client(), b: client() };
}

const failures = async (client: BreakerClient, n: number) => {
  const states = [];
  for (let i = 0; i < n; i++) states.push(await client.report({ ok: false, probe: false }));
  return states;
};

afterEach(() => vi.restoreAllMocks());

describe("the location's circuit breaker object", () => {
  it("failures reported by one isolate open the circuit for the other", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const { clock, rpcs, a, b } = twoIsolates();
    expect((await b.admit()).decision).toBe("call");
    expect(await failures(a, 3)).toEqual(["closed", "closed", "open"]);

    // B decided from memory a moment ago: within maxAgeMs it still calls, without an RPC...
    clock.now += MAX_AGE_MS;
    const before = rpcs.count;
    expect(await b.admit()).toEqual({ decision: "call", state: "closed", shared: true });
    expect(rpcs.count).toBe(before);
    // ...then asks the object, learns it is open, and rejects from memory for the rest of the cooldown.
    clock.now += 1;
    expect(await b.admit()).toEqual({ decision: "reject", state: "open", shared: true });
    clock.now = T0 + SETTINGS.cooldownMs - 1;
    expect(await b.admit()).toEqual({ decision: "reject", state: "open", shared: true });
    expect(rpcs.count).toBe(before + 1);
  });

  it("grants one probe across both isolates after the cooldown; its success closes the circuit for both", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const { clock, a, b } = twoIsolates();
    await failures(a, 3);
    expect((await b.admit()).decision).toBe("reject");

    clock.now = T0 + SETTINGS.cooldownMs;
    const decisions = await Promise.all([a.admit(), b.admit(), a.admit(), b.admit()]);
    expect(decisions.filter((d) => d.decision === "probe")).toHaveLength(1);
    expect(decisions.filter((d) => d.decision === "reject")).toHaveLength(3);
    const prober = decisions.findIndex((d) => d.decision === "probe") % 2 === 0 ? a : b;
    const other = prober === a ? b : a;

    clock.now += 5;
    expect(await prober.report({ ok: true, probe: true })).toBe("closed");
    expect((await prober.admit()).decision).toBe("call");
    // The other isolate saw "half-open, probe in flight" and rejects until its snapshot is stale.
    expect((await other.admit()).decision).toBe("reject");
    clock.now += MAX_AGE_MS + 1;
    expect(await other.admit()).toEqual({ decision: "call", state: "closed", shared: true });
  });

  it("keeps an open circuit across an eviction", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const { name, stub, a } = twoIsolates();
    await failures(a, 3);
    await evictDurableObject(stub);

    const after = await env.CIRCUIT_BREAKER.getByName(name).snapshot(T0 + 1);
    expect(after).toEqual({
      state: "open",
      openedAt: T0,
      probeInFlightSince: null,
      consecutiveFailures: 3,
      windowCalls: 3,
      windowFailures: 3,
      totalCalls: 3,
      totalFailures: 3,
      at: T0 + 1,
    });
    const admission = await env.CIRCUIT_BREAKER.getByName(name).admit(SETTINGS, T0 + 2);
    expect(admission.decision).toBe("reject");
  });

  it("logs every transition once, with its reason and counts", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { name, clock, a } = twoIsolates();
    await failures(a, 3);
    clock.now = T0 + SETTINGS.cooldownMs;
    expect((await a.admit()).decision).toBe("probe");
    await a.report({ ok: false, probe: true });

    const lines = warn.mock.calls.map(([line]) => JSON.parse(String(line)) as Record<string, unknown>);
    expect(lines.filter((l) => l.event === "circuit_state_changed")).toEqual([
      expect.objectContaining({
        level: "warn",
        scope: "location",
        breaker: name,
        from: "closed",
        to: "open",
        reason: "consecutive_failures",
        consecutiveFailures: 3,
        windowCalls: 3,
        windowFailures: 3,
      }),
      expect.objectContaining({ from: "open", to: "half_open", reason: "cooldown_elapsed" }),
      expect.objectContaining({ from: "half_open", to: "open", reason: "probe_failed" }),
    ]);
  });

  it("checks what callers send: junk outcomes and settings fall back to safe values", async () => {
    const { stub } = twoIsolates();
    const junk = { ok: "yes", probe: 1, at: "later" } as unknown as {
      ok: boolean;
      probe: boolean;
      at: number;
    };
    const snapshot = await stub.report(junk, {} as BreakerSettings);
    expect(snapshot).toMatchObject({
      state: "closed",
      totalCalls: 1,
      totalFailures: 1,
      consecutiveFailures: 1,
    });
    const stored = await runInDurableObject(stub, (_instance: CircuitBreaker, state) =>
      state.storage.kv.get<{ settings: BreakerSettings }>("breaker"),
    );
    expect(stored?.settings.failureThreshold).toBe(5);
  });
});
