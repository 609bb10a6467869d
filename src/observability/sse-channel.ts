import { formatSseComment, formatSseEvent, formatSseRetry, type SseMessage } from "./sse";

export interface SseChannelOptions {
  /** The stream ends (with a `reconnect` event) this long after it opened. */
  lifetimeMs: number;
  /** A `: ping` comment is sent this often. */
  heartbeatMs: number;
  /** More events than this waiting for a slow reader end the stream; the client resumes from storage. */
  maxQueued: number;
  /** Sent first: how long the client should wait before reconnecting. */
  retryMs: number;
  /** Called once when the stream ends for any reason (lifetime, overflow, client gone). */
  onClose: () => void;
}

const encoder = new TextEncoder();

/**
 * One open SSE response. It tracks `position`, the id of the last event it has dealt with
 * (sent, or skipped by its filter), so that when it ends it can hand the client that id
 * (`id: <position>` on the final `reconnect` event): the client reconnects with it as
 * Last-Event-ID and resumes exactly there, even if no event matched its filter.
 * Writes are never awaited, so a slow reader cannot hold up whoever is pushing events.
 */
export class SseChannel {
  readonly readable: ReadableStream<Uint8Array>;
  private readonly writer: WritableStreamDefaultWriter<Uint8Array>;
  private readonly heartbeat: ReturnType<typeof setInterval>;
  private readonly lifetime: ReturnType<typeof setTimeout>;
  private ended = false;

  constructor(
    private position: number,
    private readonly options: SseChannelOptions,
  ) {
    const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
    this.readable = readable;
    this.writer = writable.getWriter();
    // Rejects when the client goes away (the readable side is cancelled).
    this.writer.closed.catch(() => this.dispose());
    this.write(formatSseRetry(options.retryMs));
    this.heartbeat = setInterval(() => this.write(formatSseComment("ping")), options.heartbeatMs);
    this.lifetime = setTimeout(() => this.end(), options.lifetimeMs);
  }

  get open(): boolean {
    return !this.ended;
  }

  get lastEventId(): number {
    return this.position;
  }

  /** Sends an event with id `id`; false if the stream has ended (now or before). */
  send(id: number, message: Omit<SseMessage, "id">): boolean {
    if (!this.write(formatSseEvent({ ...message, id }))) return false;
    this.position = Math.max(this.position, id);
    return true;
  }

  /** Marks `id` as dealt with without sending it (filtered out). */
  skip(id: number): void {
    this.position = Math.max(this.position, id);
  }

  /** Ends the stream cleanly: a final `reconnect` event carrying the position, then close. */
  end(): void {
    if (this.ended) return;
    const data = JSON.stringify({ lastEventId: this.position });
    this.write(formatSseEvent({ id: this.position, event: "reconnect", data }), true);
    this.finish();
    this.writer.close().catch(() => {});
  }

  private write(text: string, final = false): boolean {
    if (this.ended) return false;
    const queued = this.writer.desiredSize;
    if (!final && queued !== null && queued < -this.options.maxQueued) {
      this.end();
      return false;
    }
    this.writer.write(encoder.encode(text)).catch(() => this.dispose());
    return true;
  }

  /** The client is gone: stop everything, nothing more can be written. */
  private dispose(): void {
    if (this.ended) return;
    this.finish();
    this.writer.abort().catch(() => {});
  }

  private finish(): void {
    this.ended = true;
    clearInterval(this.heartbeat);
    clearTimeout(this.lifetime);
    this.options.onClose();
  }
}
