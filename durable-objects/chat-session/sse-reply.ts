import { formatSseEvent } from "../../src/observability/sse";
import type { ChatResponse, ErrorBody } from "../../src/protocol";
import type { TurnOutcome } from ".";
import type { ReplySink } from "./smart-assistant";

/**
 * The body of a streamed chat turn, written by the session object while it works:
 * `delta` events (`{"text": "..."}`) as the reply grows, `reset` when the text so far must be
 * discarded (the model failed mid-answer and the rules answer instead), then exactly one `done`
 * event carrying the same JSON as the non-streaming answer (the authoritative reply), or one
 * `error` event with the API's error shape. Writes never wait on the reader and never throw:
 * a client that went away only loses the stream, never the turn.
 */
export class SseReplyStream implements ReplySink {
  readonly readable: ReadableStream<Uint8Array>;
  private readonly writer: WritableStreamDefaultWriter<Uint8Array>;
  private readonly encoder = new TextEncoder();
  private sentText = false;

  constructor() {
    const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
    this.readable = readable;
    this.writer = writable.getWriter();
  }

  delta(text: string): void {
    if (!text) return;
    this.sentText = true;
    this.send("delta", { text });
  }

  reset(): void {
    this.sentText = false;
    this.send("reset", {});
  }

  /** Ends the stream with the turn's outcome; a rules-only reply arrives as one delta first. */
  finish(outcome: TurnOutcome): void {
    if (outcome.ok) {
      if (!this.sentText) this.delta(outcome.response.reply);
      this.send("done", outcome.response satisfies ChatResponse);
    } else {
      const error: ErrorBody["error"] =
        outcome.error === "rate_limited"
          ? { code: "rate_limited", message: "Too many messages; wait a moment and try again" }
          : { code: "validation_failed", message: outcome.message };
      this.send("error", { error });
    }
    this.writer.close().catch(() => {});
  }

  /** An unexpected error: the client gets the API's 500 shape; nothing of the turn was stored. */
  fail(): void {
    this.send("error", { error: { code: "internal", message: "Something went wrong; try again" } });
    this.writer.close().catch(() => {});
  }

  private send(event: string, data: unknown): void {
    const bytes = this.encoder.encode(formatSseEvent({ event, data: JSON.stringify(data) }));
    // A cancelled stream rejects writes: the turn goes on and is stored anyway.
    this.writer.write(bytes).catch(() => {});
  }
}
