import type { CircuitState } from "../../lib/smart/circuit";
import type { Rating } from "../../protocol";
import { type FlushOptions, IsolateSender } from "../isolate-sender";
import { observe } from "./histogram";
import { type Counts, emptyCounts } from "./summary";

/**
 * The in-isolate side of the metrics: requests and OpenAI calls are added to an accumulator, and
 * `flush()` sends it to the one Metrics object. One request at a time is the isolate's sender: it
 * sends, then keeps sending what others recorded meanwhile, at most once per MIN_SEND_INTERVAL_MS.
 * So there is at most one call in flight per isolate and at most one a second, whatever the
 * request rate. Every batch carries a unique id and the object ignores ids it has applied, so a
 * batch put back after a failed (or ambiguous) call is resent as-is and counted exactly once.
 */

export { CIRCUIT_STATES, type CircuitState } from "../../lib/smart/circuit";
/** What `openai.circuit_state` reads before any breaker has reported (there is none yet). */
export const DEFAULT_CIRCUIT_STATE: CircuitState = "closed";

export const MINUTE_MS = 60_000;
/** Unsent batches older than this are dropped (the object remembers batch ids for a day). */
export const MAX_UNSENT_AGE_MS = 60 * MINUTE_MS;
export const MAX_UNSENT_BATCHES = 100;
/** Sends from one isolate are at least this far apart (the report lags by up to this much). */
export const MIN_SEND_INTERVAL_MS = 1_000;
/** How long one request keeps sending what other requests record meanwhile before handing over. */
export const SENDER_MAX_MS = 10_000;
/** A send older than this is presumed lost with its request (waitUntil ends after 30 s). */
export const STALE_SEND_MS = 60_000;

type RatingFields = "ratingsUp" | "ratingsDown";

/**
 * Counters of one worker version during one minute (`minute` = epoch ms / 60,000, floored).
 * The rating counts are optional on the wire: isolates of versions older than them send none.
 */
export interface MetricsCell extends Omit<Counts, RatingFields>, Partial<Pick<Counts, RatingFields>> {
  minute: number;
  version: string;
}

export interface CircuitReport {
  state: CircuitState;
  /** Epoch ms when the breaker reported this state; the object keeps the newest. */
  at: number;
}

export interface MetricsBatch {
  id: string;
  createdAt: number;
  cells: MetricsCell[];
  circuit: CircuitReport | null;
}

export interface RequestSample {
  version: string;
  status: number;
  latencyMs: number;
  /** Epoch ms when the response was ready. */
  at: number;
}

/** What smart mode reports for each OpenAI call. */
export interface OpenAiCallSample {
  version: string;
  ok: boolean;
  at: number;
  /** The breaker's state after this call, when there is a breaker. */
  circuitState?: CircuitState;
}

/** A rating the person gave (counted by the route, only when it differs from the one it replaces). */
export interface RatingSample {
  version: string;
  rating: Rating;
  at: number;
}

export type SendBatches = (batches: MetricsBatch[]) => Promise<unknown>;
export type { FlushOptions };

export interface RecorderOptions {
  /** Called when a send fails; the batches are already back in the queue. */
  onError?: (error: unknown, batches: number) => void;
  /** Called when batches are dropped for being too old or too many. */
  onDrop?: (batches: MetricsBatch[]) => void;
  newIsolateId?: () => string;
  /** Waits between sends; a timer by default. */
  sleep?: (ms: number) => Promise<void>;
}

export class MetricsRecorder {
  private pending = new Map<string, MetricsCell & Counts>();
  private circuit: CircuitReport | null = null;
  private unsent: MetricsBatch[] = [];
  private isolateId: string | null = null;
  private sequence = 0;
  private readonly sender: IsolateSender<MetricsBatch>;

  constructor(private readonly options: RecorderOptions = {}) {
    this.sender = new IsolateSender(
      {
        hasQueued: () => this.queued(),
        take: (now) => this.takeBatches(now),
        putBack: (batches) => this.requeue(batches),
      },
      { minIntervalMs: MIN_SEND_INTERVAL_MS, maxSenderMs: SENDER_MAX_MS, staleMs: STALE_SEND_MS },
      { onError: options.onError, sleep: options.sleep },
    );
  }

  recordRequest(sample: RequestSample): void {
    const cell = this.cell(sample.at, sample.version);
    cell.requests += 1;
    if (sample.status >= 500 && sample.status <= 599) cell.errors5xx += 1;
    observe(cell.latency, sample.latencyMs);
  }

  recordOpenAiCall(sample: OpenAiCallSample): void {
    const cell = this.cell(sample.at, sample.version);
    cell.openaiCalls += 1;
    if (!sample.ok) cell.openaiFailures += 1;
    if (sample.circuitState && (!this.circuit || sample.at >= this.circuit.at)) {
      this.circuit = { state: sample.circuitState, at: sample.at };
    }
  }

  recordRating(sample: RatingSample): void {
    const cell = this.cell(sample.at, sample.version);
    if (sample.rating === "up") cell.ratingsUp += 1;
    else cell.ratingsDown += 1;
  }

  /** True while something recorded here has not been acknowledged by the object. */
  hasUnsent(): boolean {
    return this.queued() || this.sender.busy;
  }

  /**
   * Makes sure what is queued gets sent, by this request or by the isolate's current sender
   * (see isolate-sender.ts). Never rejects. `undefined` when the current sender takes it along.
   */
  flush(send: SendBatches, options: FlushOptions = {}): Promise<void> | undefined {
    return this.sender.flush(send, options);
  }

  private queued(): boolean {
    return this.pending.size > 0 || this.circuit !== null || this.unsent.length > 0;
  }

  private cell(at: number, version: string): MetricsCell & Counts {
    const minute = Math.floor(at / MINUTE_MS);
    const key = `${minute}|${version}`;
    let cell = this.pending.get(key);
    if (!cell) {
      cell = { minute, version, ...emptyCounts() };
      this.pending.set(key, cell);
    }
    return cell;
  }

  /** Previously failed batches first (unchanged, same ids), then one new batch with what is pending. */
  private takeBatches(now: number): MetricsBatch[] {
    const batches = this.unsent;
    this.unsent = [];
    if (this.pending.size > 0 || this.circuit) {
      this.isolateId ??= this.options.newIsolateId?.() ?? crypto.randomUUID();
      this.sequence += 1;
      batches.push({
        id: `${this.isolateId}:${this.sequence}`,
        createdAt: now,
        cells: [...this.pending.values()],
        circuit: this.circuit,
      });
      this.pending = new Map();
      this.circuit = null;
    }
    return batches;
  }

  /** Queues batches again, unchanged (same ids), dropping the too old and the too many. */
  private requeue(batches: MetricsBatch[]): void {
    const now = Date.now();
    const queued = new Set(this.unsent.map((b) => b.id));
    const all = [...batches.filter((b) => !queued.has(b.id)), ...this.unsent].sort(
      (a, b) => a.createdAt - b.createdAt,
    );
    const fresh = all.filter((b) => now - b.createdAt <= MAX_UNSENT_AGE_MS);
    const kept = fresh.slice(-MAX_UNSENT_BATCHES);
    const dropped = all.filter((b) => !kept.includes(b));
    this.unsent = kept;
    if (dropped.length > 0) this.options.onDrop?.(dropped);
  }
}
