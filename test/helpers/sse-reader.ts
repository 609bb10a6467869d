/** A Server-Sent Events reader for tests: pure, over any stream of text (no bindings). */

export interface SseEvent {
  id: string | undefined;
  event: string;
  data: string;
}

/**
 * Reads an SSE response event by event. Waits only on the stream itself: each read returns when
 * the server sends something or ends the stream, which it does at the latest after `maxMs`.
 */
export class SseReader {
  readonly events: SseEvent[] = [];
  closed = false;
  private pending = "";

  constructor(private readonly reader: ReadableStreamDefaultReader<string>) {}

  get logs(): SseEvent[] {
    return this.events.filter((e) => e.event === "log");
  }

  /** Reads until `done()` holds or the server ends the stream. */
  async until(done: (reader: SseReader) => boolean): Promise<this> {
    while (!done(this) && !this.closed) {
      const { value, done: ended } = await this.reader.read();
      if (ended) this.closed = true;
      else this.parse(value);
    }
    return this;
  }

  /** Reads to the end (the `reconnect` event and close). */
  toEnd(): Promise<this> {
    return this.until(() => false);
  }

  async cancel(): Promise<void> {
    await this.reader.cancel().catch(() => {});
  }

  private parse(chunk: string): void {
    this.pending += chunk;
    let end = this.pending.indexOf("\n\n");
    while (end >= 0) {
      const block = this.pending.slice(0, end);
      this.pending = this.pending.slice(end + 2);
      const event: SseEvent = { id: undefined, event: "message", data: "" };
      const data: string[] = [];
      for (const line of block.split("\n")) {
        if (line.startsWith(":")) continue;
        const [field, ...rest] = line.split(":");
        const value = rest.join(":").replace(/^ /, "");
        if (field === "id") event.id = value;
        else if (field === "event") event.event = value;
        else if (field === "data") data.push(value);
      }
      if (data.length > 0) this.events.push({ ...event, data: data.join("\n") });
      end = this.pending.indexOf("\n\n");
    }
  }
}
