/**
 * One sender per isolate for data that many requests produce and one Durable Object receives
 * (metrics counts, log lines). A request that has something to send calls `flush()`: if another
 * request is already the sender, it returns at once (that sender takes its data along); otherwise
 * it becomes the sender and keeps sending what the others queue meanwhile, at most once per
 * `minIntervalMs`, for up to `maxSenderMs`, then hands over. So there is at most one call in flight
 * per isolate whatever the request rate, and the hot path never waits on the object.
 *
 * A request never awaits another request's promise: workerd delays or cancels such cross-request
 * continuations. The returned promise is for the sender's own `waitUntil`.
 */

export interface SenderTimings {
  /** Sends from one isolate are at least this far apart (the receiver lags by up to this much). */
  minIntervalMs: number;
  /** How long one request keeps sending what other requests queue meanwhile before handing over. */
  maxSenderMs: number;
  /** A send older than this is presumed lost with its request (waitUntil ends after 30 s). */
  staleMs: number;
}

/** What the sender drains. `take` empties the queue into batches; `putBack` receives them after a failure. */
export interface BatchQueue<B> {
  hasQueued(): boolean;
  take(now: number): B[];
  /** After a failed send, or when the request sending them was presumed lost. */
  putBack(batches: B[]): void;
}

export interface SenderOptions {
  /** Called when a send fails; the batches were already given back to the queue. */
  onError?: (error: unknown, batches: number) => void;
  /** Waits between sends; a timer by default. */
  sleep?: (ms: number) => Promise<void>;
}

export interface FlushOptions {
  /**
   * Send now instead of waiting for the interval, taking over from a sender that is only waiting
   * (never from one whose call is in flight). For routes that are off the hot path.
   */
  urgent?: boolean;
  /**
   * Send one batch (what is queued then) and stop being the sender, instead of carrying what
   * other requests queue meanwhile: for a caller that waits for its own send (an alarm).
   */
  once?: boolean;
}

export type SendBatches<B> = (batches: B[]) => Promise<unknown>;

/** The request currently sending (batches in flight) or waiting to send again (no batches). */
interface Sender<B> {
  batches: B[];
  since: number;
}

const sleepWithTimer = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class IsolateSender<B> {
  private sender: Sender<B> | null = null;
  private lastSendAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly queue: BatchQueue<B>,
    private readonly timings: SenderTimings,
    private readonly options: SenderOptions = {},
  ) {}

  /** True while a request is sending or waiting to send again. */
  get busy(): boolean {
    return this.sender !== null;
  }

  /**
   * Makes sure what is queued gets sent (see the module comment). Never rejects. Returns
   * `undefined` when another request is the sender and takes the queue along (nothing to wait
   * for: no `waitUntil` needed), else the promise of this request's sending.
   */
  flush(send: SendBatches<B>, options: FlushOptions = {}): Promise<void> | undefined {
    const current = this.sender;
    if (current) {
      if (Date.now() - current.since >= this.timings.staleMs) {
        // Its request was cancelled mid-send or mid-wait: hand its batches back to the queue.
        this.sender = null;
        if (current.batches.length > 0) this.queue.putBack(current.batches);
      } else if (!options.urgent || current.batches.length > 0) {
        return undefined;
      }
    }
    return this.sendWhileQueued(send, options);
  }

  private async sendWhileQueued(
    send: SendBatches<B>,
    { urgent = false, once = false }: FlushOptions,
  ): Promise<void> {
    const me: Sender<B> = { batches: [], since: Date.now() };
    const started = me.since;
    this.sender = me;
    try {
      while (this.queue.hasQueued() && Date.now() - started < this.timings.maxSenderMs) {
        const wait = urgent ? 0 : this.lastSendAt + this.timings.minIntervalMs - Date.now();
        if (wait > 0) {
          me.since = Date.now();
          await (this.options.sleep ?? sleepWithTimer)(wait);
          if (this.sender !== me) return; // an urgent flush took over while this one waited
        }
        const batches = this.queue.take(Date.now());
        if (batches.length === 0) return;
        me.batches = batches;
        me.since = this.lastSendAt = Date.now();
        try {
          await send(batches);
        } catch (error) {
          if (this.sender === me) this.queue.putBack(batches);
          this.options.onError?.(error, batches.length);
          return; // the next request retries, after the interval: no hammering a failing object
        }
        me.batches = [];
        if (this.sender !== me || once) return; // presumed lost and replaced meanwhile, or done
      }
    } finally {
      if (this.sender === me) this.sender = null;
    }
  }
}
