/**
 * The circuit breaker's vocabulary, shared by its rules (breaker.ts), the object that runs them,
 * the isolates that ask it and the metrics that report it: its states and its settings.
 */
export const CIRCUIT_STATES = ["closed", "open", "half_open"] as const;
export type CircuitState = (typeof CIRCUIT_STATES)[number];

export interface BreakerSettings {
  /** Consecutive failures that open the circuit. */
  failureThreshold: number;
  /** 0..1: failure rate over the window that opens the circuit... */
  failureRateThreshold: number;
  /** ...once the window holds at least this many calls. */
  minCallsForRate: number;
  /** Width of the sliding window for the rate. */
  windowMs: number;
  /** How long the circuit stays open before one probe may go through. */
  cooldownMs: number;
  /** A probe with no outcome after this long is presumed lost, and another one may go. */
  probeTimeoutMs: number;
}

export const DEFAULT_BREAKER_SETTINGS: Readonly<BreakerSettings> = Object.freeze({
  failureThreshold: 5,
  failureRateThreshold: 0.5,
  minCallsForRate: 10,
  windowMs: 60_000,
  cooldownMs: 30_000,
  probeTimeoutMs: 60_000,
});

/** The window is counted in this many fixed buckets, so memory stays bounded whatever the traffic. */
export const WINDOW_BUCKETS = 10;
/** Settings from a caller of any version: each missing or out-of-range field takes its default. */
export function normalizeSettings(value: Partial<BreakerSettings> | null | undefined): BreakerSettings {
  const v = value ?? {};
  const pick = (key: keyof BreakerSettings, valid: (n: number) => boolean) => {
    const n = v[key];
    return typeof n === "number" && Number.isFinite(n) && valid(n) ? n : DEFAULT_BREAKER_SETTINGS[key];
  };
  return {
    failureThreshold: Math.floor(pick("failureThreshold", (n) => n >= 1)),
    failureRateThreshold: pick("failureRateThreshold", (n) => n > 0 && n <= 1),
    minCallsForRate: Math.floor(pick("minCallsForRate", (n) => n >= 1)),
    windowMs: pick("windowMs", (n) => n >= WINDOW_BUCKETS),
    cooldownMs: pick("cooldownMs", (n) => n >= 0),
    probeTimeoutMs: pick("probeTimeoutMs", (n) => n > 0),
  };
}
