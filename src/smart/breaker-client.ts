import { withDeadline } from "../lib/deadline";
import {
  Breaker,
  type BreakerSettings,
  type BreakerSnapshot,
  type Decision,
  normalizeSettings,
  type Outcome,
  type Transition,
} from "../lib/smart/breaker";
import { logEvent } from "../observability/log";
import type { CircuitState } from "../observability/metrics/recorder";
import { logTransitions } from "./breaker-log";

/**
 * How a smart turn asks the location's CircuitBreaker object, cheaply. Each isolate remembers the
 * last snapshot it got (from an admit or a report), so most turns decide from memory:
 * - closed, seen within `maxAgeMs`: "call", no RPC (another isolate may have opened it since: a
 *   few calls more than the threshold may go out in that time);
 * - open, cooldown not over: "reject", no RPC, whatever the age (only the cooldown ends it);
 * - half-open with another call's probe in flight, seen within `maxAgeMs`: "reject", no RPC;
 * - anything else (stale, cooldown over, lost probe): the object decides; only it grants probes.
 * If the object fails or does not answer in `rpcTimeoutMs`, the isolate carries on with its own
 * breaker, started from the last snapshot it saw, and tries the object again after `retryAfterMs`.
 */

export interface BreakerTarget {
  admit(settings: BreakerSettings, now?: number): Promise<{ decision: Decision; snapshot: BreakerSnapshot }>;
  report(outcome: Outcome, settings: BreakerSettings): Promise<BreakerSnapshot>;
  snapshot(now?: number): Promise<BreakerSnapshot>;
}

export interface Admission {
  decision: Decision;
  /** The circuit's state after this decision. */
  state: CircuitState;
  /** False when the isolate's own breaker decided because the shared object could not be reached. */
  shared: boolean;
}

interface CacheEntry {
  snapshot: BreakerSnapshot | null;
  /** Client clock when `snapshot` arrived. */
  receivedAt: number;
  /** Set while the object cannot be reached; it decides until the object answers again. */
  local: Breaker | null;
  /** Before this time (client clock) the object is not tried again; 0 while it answers. */
  retryAt: number;
}

/** What one isolate remembers about each breaker object, by object name. */
export type BreakerCache = Map<string, CacheEntry>;

const ISOLATE_CACHE: BreakerCache = new Map();

/** A cache of its own, as another isolate would have (tests simulate several isolates with it). */
export const newBreakerCache = (): BreakerCache => new Map();

export interface BreakerClientOptions {
  /** How old a cached closed (or half-open) snapshot may be and still decide without RPC. */
  maxAgeMs?: number;
  /** An RPC with no answer after this long counts as a failure of the object. */
  rpcTimeoutMs?: number;
  /** After a failed RPC, the isolate's own breaker decides for this long before the object is tried again. */
  retryAfterMs?: number;
  now?: () => number;
  /** The isolate's cache by default. */
  cache?: BreakerCache;
}

export const DEFAULT_MAX_AGE_MS = 1_000;
export const DEFAULT_RPC_TIMEOUT_MS = 500;
export const DEFAULT_RETRY_AFTER_MS = 1_000;

export class BreakerClient {
  private readonly settings: BreakerSettings;
  private readonly maxAgeMs: number;
  private readonly rpcTimeoutMs: number;
  private readonly retryAfterMs: number;
  private readonly now: () => number;
  private readonly cache: BreakerCache;

  constructor(
    private readonly target: BreakerTarget,
    private readonly name: string,
    settings: BreakerSettings,
    options: BreakerClientOptions = {},
  ) {
    this.settings = normalizeSettings(settings);
    this.maxAgeMs = options.maxAgeMs ?? DEFAULT_MAX_AGE_MS;
    this.rpcTimeoutMs = options.rpcTimeoutMs ?? DEFAULT_RPC_TIMEOUT_MS;
    this.retryAfterMs = options.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS;
    this.now = options.now ?? Date.now;
    this.cache = options.cache ?? ISOLATE_CACHE;
  }

  /** "call", "probe" (then report with `probe: true`) or "reject". Never throws. */
  async admit(): Promise<Admission> {
    const entry = this.entry();
    const now = this.now();
    if (!entry.local) {
      const cached = this.fromCache(entry, now);
      if (cached) return cached;
    }
    if (now >= entry.retryAt) {
      try {
        const { decision, snapshot } = await withDeadline(
          this.target.admit(this.settings, now),
          this.rpcTimeoutMs,
        );
        this.reached(entry, snapshot);
        return { decision, state: snapshot.state, shared: true };
      } catch (error) {
        this.unreachable(entry, error);
      }
    }
    const local = this.local(entry);
    const { decision, transitions } = local.decide(now);
    this.log(transitions);
    return { decision, state: local.state, shared: false };
  }

  /** Reports one call's outcome; returns the circuit's state after it. Never throws. */
  async report(outcome: { ok: boolean; probe: boolean }): Promise<CircuitState> {
    const entry = this.entry();
    const full: Outcome = { ok: outcome.ok, probe: outcome.probe, at: this.now() };
    if (full.at >= entry.retryAt) {
      try {
        const snapshot = await withDeadline(this.target.report(full, this.settings), this.rpcTimeoutMs);
        this.reached(entry, snapshot);
        return snapshot.state;
      } catch (error) {
        this.unreachable(entry, error);
      }
    }
    const local = this.local(entry);
    this.log(local.record(full));
    return local.state;
  }

  /** The last state this isolate knows, without RPC (its own breaker's while the object is unreachable). */
  lastSnapshot(): BreakerSnapshot | null {
    const entry = this.entry();
    return entry.local ? entry.local.snapshot(this.now()) : entry.snapshot;
  }

  private fromCache(entry: CacheEntry, now: number): Admission | null {
    const s = entry.snapshot;
    if (!s) return null;
    const reject: Admission = { decision: "reject", state: s.state, shared: true };
    if (s.state === "open") {
      return s.openedAt !== null && now < s.openedAt + this.settings.cooldownMs ? reject : null;
    }
    if (now - entry.receivedAt > this.maxAgeMs) return null;
    if (s.state === "closed") return { decision: "call", state: "closed", shared: true };
    const probing =
      s.probeInFlightSince !== null && now < s.probeInFlightSince + this.settings.probeTimeoutMs;
    return probing ? reject : null;
  }

  private entry(): CacheEntry {
    let entry = this.cache.get(this.name);
    if (!entry) {
      entry = { snapshot: null, receivedAt: 0, local: null, retryAt: 0 };
      this.cache.set(this.name, entry);
    }
    return entry;
  }

  /** Keeps the newest snapshot (answers to concurrent calls may arrive out of order). */
  private reached(entry: CacheEntry, snapshot: BreakerSnapshot): void {
    if (entry.local) logEvent("info", "circuit_breaker_reachable", { breaker: this.name });
    entry.local = null;
    entry.retryAt = 0;
    if (entry.snapshot && entry.snapshot.at > snapshot.at) return;
    entry.snapshot = snapshot;
    entry.receivedAt = this.now();
  }

  private unreachable(entry: CacheEntry, error: unknown): void {
    entry.retryAt = this.now() + this.retryAfterMs;
    if (entry.local) return;
    entry.local = entry.snapshot
      ? Breaker.fromSnapshot(entry.snapshot, this.settings)
      : new Breaker(this.settings);
    logEvent("warn", "circuit_breaker_unreachable", {
      breaker: this.name,
      message: error instanceof Error ? error.message : String(error),
      state: entry.local.state,
    });
  }

  private local(entry: CacheEntry): Breaker {
    entry.local ??= new Breaker(this.settings);
    return entry.local;
  }

  private log(transitions: Transition[]): void {
    logTransitions("isolate", this.name, transitions);
  }
}
