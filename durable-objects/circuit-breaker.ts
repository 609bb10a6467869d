import { DurableObject } from "cloudflare:workers";
import {
  Breaker,
  type BreakerData,
  type BreakerSettings,
  type BreakerSnapshot,
  type Decision,
  normalizeSettings,
  type Outcome,
  type Transition,
} from "../src/lib/smart/breaker";
import { LOG_STREAM_OBJECT_NAME } from "../src/observability/log-shipper";
import { ObjectLog } from "../src/observability/object-log";
import { logTransitions } from "../src/smart/breaker-log";

export type { BreakerSettings, BreakerSnapshot, Decision, Outcome } from "../src/lib/smart/breaker";

const STORAGE_KEY = "breaker";

interface Stored {
  data: BreakerData;
  /** The settings of the last change, so `snapshot()` counts the window its callers use. */
  settings: BreakerSettings;
}

export interface Admission {
  decision: Decision;
  snapshot: BreakerSnapshot;
}

/**
 * The OpenAI circuit breaker shared by every isolate of one location (callers name the object
 * after it). The rules are src/lib/smart/breaker.ts; this object serialises them and keeps their
 * state in storage, so an eviction does not close an open circuit. Callers pass their settings on
 * every call: the object needs no configuration, and two worker versions may differ in them.
 */
export class CircuitBreaker extends DurableObject<Env> {
  private stored: Stored | null = null;
  private readonly logs: ObjectLog;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.logs = new ObjectLog({
      waitUntil: (p) => ctx.waitUntil(p),
      logStream: () => env.LOG_STREAM.getByName(LOG_STREAM_OBJECT_NAME),
    });
  }

  /** Whether a call may go to OpenAI now; a granted probe is stored before it is returned. */
  admit(settings: BreakerSettings, now?: number): Admission {
    const at = time(now);
    const breaker = this.load(settings);
    const { decision, transitions } = breaker.decide(at);
    if (decision === "probe") this.save(breaker, settings);
    this.log(transitions);
    return { decision, snapshot: breaker.snapshot(at) };
  }

  /** Applies one call's outcome (a caller of another version may send anything: it is checked). */
  report(outcome: Outcome, settings: BreakerSettings): BreakerSnapshot {
    const clean: Outcome = {
      ok: outcome?.ok === true,
      probe: outcome?.probe === true,
      at: time(outcome?.at),
    };
    const breaker = this.load(settings);
    this.log(breaker.record(clean));
    this.save(breaker, settings);
    return breaker.snapshot(clean.at);
  }

  snapshot(now?: number): BreakerSnapshot {
    const settings = this.read().settings;
    return this.load(settings).snapshot(time(now));
  }

  private read(): Stored {
    if (!this.stored) {
      const value = this.ctx.storage.kv.get<Partial<Stored>>(STORAGE_KEY);
      const settings = normalizeSettings(value?.settings);
      this.stored = { settings, data: Breaker.fromJSON(value?.data, settings).toJSON() };
    }
    return this.stored;
  }

  private load(settings: BreakerSettings): Breaker {
    return new Breaker(normalizeSettings(settings), this.read().data);
  }

  private save(breaker: Breaker, settings: BreakerSettings): void {
    this.stored = { data: breaker.toJSON(), settings: normalizeSettings(settings) };
    this.ctx.storage.kv.put(STORAGE_KEY, this.stored);
  }

  /** Every line this object writes; one call's transitions reach the LogStream object together. */
  private log(transitions: Transition[]): void {
    if (transitions.length === 0) return; // the usual call: nothing to log, nothing to send
    this.logs.run(() => logTransitions("location", this.ctx.id.name ?? null, transitions));
  }
}

const time = (n: unknown): number => (typeof n === "number" && Number.isFinite(n) ? n : Date.now());
