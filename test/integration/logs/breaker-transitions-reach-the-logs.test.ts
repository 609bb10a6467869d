import { env } from "cloudflare:workers";
import { afterEach, expect, it, vi } from "vitest";
import type { BreakerSettings } from "../../../src/lib/smart/breaker";
import { arrivedLines, marker, storedLines } from "./support";

const T0 = Date.UTC(2026, 10, 20, 12, 0, 0);
const SETTINGS: BreakerSettings = {
  failureThreshold: 3,
  failureRateThreshold: 0.5,
  minCallsForRate: 10,
  windowMs: 60_000,
  cooldownMs: 50,
  probeTimeoutMs: 1_000,
};

afterEach(() => vi.restoreAllMocks());

/** The CircuitBreaker object logs its transitions inside its own RPC calls, never in a Worker request. */
it("each transition of the location's breaker object reaches GET /api/logs once, with its reason and counts", {
  timeout: 15_000,
}, async () => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
  const name = marker("colo"); // letters only: the masking leaves it readable
  const breaker = env.CIRCUIT_BREAKER.getByName(name);
  for (let i = 0; i < 3; i++) await breaker.report({ ok: false, probe: false, at: T0 + i }, SETTINGS);
  expect((await breaker.admit(SETTINGS, T0 + 2 + SETTINGS.cooldownMs)).decision).toBe("probe");
  await breaker.report({ ok: false, probe: true, at: T0 + 3 + SETTINGS.cooldownMs }, SETTINGS);

  const lines = await arrivedLines({ q: name }, (found) => found.length >= 3);
  expect(lines).toEqual([
    expect.objectContaining({
      level: "warn",
      event: "circuit_state_changed",
      scope: "location",
      breaker: name,
      from: "closed",
      to: "open",
      reason: "consecutive_failures",
      consecutiveFailures: 3,
      windowCalls: 3,
      windowFailures: 3,
    }),
    expect.objectContaining({
      event: "circuit_state_changed",
      from: "open",
      to: "half_open",
      reason: "cooldown_elapsed",
    }),
    expect.objectContaining({
      event: "circuit_state_changed",
      from: "half_open",
      to: "open",
      reason: "probe_failed",
    }),
  ]);
  // What the runbook searches for (q=circuit_state_changed) finds them, each once.
  const searched = (await storedLines("circuit_state_changed")).filter((l) => l.breaker === name);
  expect(searched).toEqual(lines);
});
