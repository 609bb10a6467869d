import { type BreakerSettings, CIRCUIT_STATES, type CircuitState, WINDOW_BUCKETS } from "./circuit";

export { type BreakerSettings, DEFAULT_BREAKER_SETTINGS, normalizeSettings, WINDOW_BUCKETS } from "./circuit";

/**
 * The OpenAI circuit breaker's rules, with no platform APIs and an injected clock: the
 * CircuitBreaker Durable Object runs them for every isolate of a location, and an isolate runs
 * them on its own only while that object cannot be reached (see breaker-client.ts).
 *
 * closed --(a run of failures, or the failure rate over a window)--> open
 * open --(cooldown elapsed: one probe granted)--> half_open
 * half_open --(probe succeeded)--> closed;  half_open --(probe failed)--> open (fresh cooldown)
 */

/** Buckets kept at most (more than WINDOW_BUCKETS only right after `windowMs` changes). */
const MAX_BUCKETS = 2 * WINDOW_BUCKETS;

export type Decision = "call" | "probe" | "reject";

export type TransitionReason =
  | "consecutive_failures"
  | "failure_rate"
  | "cooldown_elapsed"
  | "probe_succeeded"
  | "probe_failed";

/** A change of state, with the counts that led to it (before any reset). */
export interface Transition {
  from: CircuitState;
  to: CircuitState;
  reason: TransitionReason;
  at: number;
  consecutiveFailures: number;
  windowCalls: number;
  windowFailures: number;
}

export interface Outcome {
  ok: boolean;
  /** True when this call was the probe granted by `decide`. */
  probe: boolean;
  /** Epoch ms when the call finished. */
  at: number;
}

export interface BreakerSnapshot {
  state: CircuitState;
  openedAt: number | null;
  probeInFlightSince: number | null;
  consecutiveFailures: number;
  windowCalls: number;
  windowFailures: number;
  totalCalls: number;
  totalFailures: number;
  /** Epoch ms the snapshot describes. */
  at: number;
}

export interface WindowBucket {
  /** Epoch ms, a multiple of the bucket width. */
  start: number;
  calls: number;
  failures: number;
}

/** Everything the breaker remembers; plain data, stored as-is by the Durable Object. */
export interface BreakerData {
  state: CircuitState;
  openedAt: number | null;
  probeInFlightSince: number | null;
  consecutiveFailures: number;
  buckets: WindowBucket[];
  totalCalls: number;
  totalFailures: number;
}

const initialData = (): BreakerData => ({
  state: "closed",
  openedAt: null,
  probeInFlightSince: null,
  consecutiveFailures: 0,
  buckets: [],
  totalCalls: 0,
  totalFailures: 0,
});

export class Breaker {
  private data: BreakerData;

  constructor(
    private readonly settings: BreakerSettings,
    data: BreakerData = initialData(),
  ) {
    this.data = copy(data);
  }

  /** Reads stored data written by any version; anything malformed starts closed and empty. */
  static fromJSON(value: unknown, settings: BreakerSettings): Breaker {
    return new Breaker(settings, parseData(value));
  }

  /**
   * A breaker that carries on from a snapshot (an isolate that lost the shared object). The window
   * becomes one bucket; a half-open circuit grants its own probe, since the shared one's outcome
   * will not reach it.
   */
  static fromSnapshot(snapshot: BreakerSnapshot, settings: BreakerSettings): Breaker {
    const bucket = { start: bucketStart(snapshot.at, settings), calls: 0, failures: 0 };
    bucket.calls = count(snapshot.windowCalls);
    bucket.failures = Math.min(count(snapshot.windowFailures), bucket.calls);
    return Breaker.fromJSON({ ...snapshot, probeInFlightSince: null, buckets: [bucket] }, settings);
  }

  get state(): CircuitState {
    return this.data.state;
  }

  /** Whether a call may go now; grants exactly one probe per half-open period (or per lost probe). */
  decide(now: number): { decision: Decision; transitions: Transition[] } {
    const d = this.data;
    if (d.state === "closed") return { decision: "call", transitions: [] };
    const transitions: Transition[] = [];
    if (d.state === "open") {
      if (d.openedAt !== null && now < d.openedAt + this.settings.cooldownMs) {
        return { decision: "reject", transitions };
      }
      transitions.push(this.moveTo("half_open", "cooldown_elapsed", now));
    } else if (d.probeInFlightSince !== null && now < d.probeInFlightSince + this.settings.probeTimeoutMs) {
      return { decision: "reject", transitions };
    }
    d.probeInFlightSince = now;
    return { decision: "probe", transitions };
  }

  /** Applies one call's outcome; returns the transitions it caused (none or one). */
  record(outcome: Outcome): Transition[] {
    const d = this.data;
    d.totalCalls += 1;
    if (!outcome.ok) d.totalFailures += 1;
    if (outcome.probe && d.state === "half_open") {
      if (outcome.ok) {
        const transition = this.moveTo("closed", "probe_succeeded", outcome.at);
        Object.assign(d, { ...initialData(), totalCalls: d.totalCalls, totalFailures: d.totalFailures });
        return [transition];
      }
      const transition = this.moveTo("open", "probe_failed", outcome.at);
      d.openedAt = outcome.at;
      d.probeInFlightSince = null;
      return [transition];
    }
    // Calls admitted before the circuit opened (or a probe presumed lost) finish here: totals only.
    if (d.state !== "closed") return [];
    this.addToWindow(outcome);
    d.consecutiveFailures = outcome.ok ? 0 : d.consecutiveFailures + 1;
    if (outcome.ok) return [];
    const { calls, failures } = this.window(outcome.at);
    let reason: TransitionReason | null = null;
    if (d.consecutiveFailures >= this.settings.failureThreshold) reason = "consecutive_failures";
    else if (
      calls >= this.settings.minCallsForRate &&
      failures / calls >= this.settings.failureRateThreshold
    ) {
      reason = "failure_rate";
    }
    if (!reason) return [];
    const transition = this.moveTo("open", reason, outcome.at);
    d.openedAt = outcome.at;
    return [transition];
  }

  snapshot(now: number): BreakerSnapshot {
    const d = this.data;
    const { calls, failures } = this.window(now);
    return {
      state: d.state,
      openedAt: d.openedAt,
      probeInFlightSince: d.probeInFlightSince,
      consecutiveFailures: d.consecutiveFailures,
      windowCalls: calls,
      windowFailures: failures,
      totalCalls: d.totalCalls,
      totalFailures: d.totalFailures,
      at: now,
    };
  }

  toJSON(): BreakerData {
    return copy(this.data);
  }

  private moveTo(to: CircuitState, reason: TransitionReason, at: number): Transition {
    const { calls, failures } = this.window(at);
    const from = this.data.state;
    this.data.state = to;
    const consecutiveFailures = this.data.consecutiveFailures;
    return { from, to, reason, at, consecutiveFailures, windowCalls: calls, windowFailures: failures };
  }

  private window(now: number): { calls: number; failures: number } {
    let calls = 0;
    let failures = 0;
    for (const b of this.data.buckets) {
      if (b.start > now - this.settings.windowMs) {
        calls += b.calls;
        failures += b.failures;
      }
    }
    return { calls, failures };
  }

  /** Outcomes may arrive slightly out of order (several isolates): buckets are found by start. */
  private addToWindow(outcome: Outcome): void {
    const start = bucketStart(outcome.at, this.settings);
    const newest = Math.max(start, ...this.data.buckets.map((b) => b.start));
    const buckets = this.data.buckets.filter((b) => b.start > newest - this.settings.windowMs);
    if (start > newest - this.settings.windowMs) {
      let bucket = buckets.find((b) => b.start === start);
      if (!bucket) {
        bucket = { start, calls: 0, failures: 0 };
        buckets.push(bucket);
        buckets.sort((a, b) => a.start - b.start);
      }
      bucket.calls += 1;
      if (!outcome.ok) bucket.failures += 1;
    }
    this.data.buckets = buckets.slice(-MAX_BUCKETS);
  }
}

function bucketStart(at: number, settings: BreakerSettings): number {
  const width = Math.max(1, Math.floor(settings.windowMs / WINDOW_BUCKETS));
  return Math.floor(at / width) * width;
}

function copy(data: BreakerData): BreakerData {
  return { ...data, buckets: data.buckets.map((b) => ({ ...b })) };
}

const count = (n: unknown): number =>
  typeof n === "number" && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
const time = (n: unknown): number | null => (typeof n === "number" && Number.isFinite(n) ? n : null);

function parseData(value: unknown): BreakerData {
  if (typeof value !== "object" || value === null) return initialData();
  const v = value as Record<string, unknown>;
  if (!CIRCUIT_STATES.includes(v.state as CircuitState)) return initialData();
  const buckets = Array.isArray(v.buckets) ? (v.buckets as Record<string, unknown>[]) : [];
  const totalCalls = count(v.totalCalls);
  return {
    state: v.state as CircuitState,
    openedAt: time(v.openedAt),
    probeInFlightSince: time(v.probeInFlightSince),
    consecutiveFailures: count(v.consecutiveFailures),
    buckets: buckets
      .filter((b) => typeof b === "object" && b !== null && time(b.start) !== null)
      .map((b) => ({ start: time(b.start) ?? 0, calls: count(b.calls), failures: count(b.failures) }))
      .sort((a, b) => a.start - b.start)
      .slice(-MAX_BUCKETS),
    totalCalls,
    totalFailures: Math.min(count(v.totalFailures), totalCalls),
  };
}
