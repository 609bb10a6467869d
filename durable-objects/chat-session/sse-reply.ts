import { formatSseEvent } from "../../src/observability/sse";
import type { ChatStreamEvent } from "../../src/protocol";
import { refusalBody } from "../../src/refusals";
import type { TurnOutcome } from "./contract";
import type { ReplySink } from "./smart-assistant";

/**
 * The body of a streamed chat turn (`ChatStreamEvent` in src/protocol), written by the session
 * object while it works: `delta` events as the reply grows, `reset` when the text so far must be
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
    this.send({ type: "delta", data: { text } });
  }

  reset(): void {
    this.sentText = false;
    this.send({ type: "reset", data: {} });
  }

  /** Ends the stream with the turn's outcome; a rules-only reply arrives as one delta first. */
  finish(outcome: TurnOutcome): void {
    if (outcome.ok) {
      if (!this.sentText) this.delta(outcome.response.reply);
      this.send({ type: "done", data: outcome.response });
    } else {
      this.send({ type: "error", data: { error: refusalBody(outcome) } });
    }
    this.writer.close().catch(() => {});
  }

  /** An unexpected error: the client gets the API's 500 shape; nothing of the turn was stored. */
  fail(): void {
    this.send({
      type: "error",
      data: { error: { code: "internal", message: "Something went wrong; try again" } },
    });
    this.writer.close().catch(() => {});
  }

  private send(event: ChatStreamEvent): void {
    const bytes = this.encoder.encode(
      formatSseEvent({ event: event.type, data: JSON.stringify(event.data) }),
    );
    // A cancelled stream rejects writes: the turn goes on and is stored anyway.
    this.writer.write(bytes).catch(() => {});
  }
}
