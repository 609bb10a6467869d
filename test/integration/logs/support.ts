import { expect } from "vitest";
import { call } from "../../helpers/api";

/** Shared by the log stream tests: admin credentials, an SSE reader, and tagged requests. */

export const ADMIN_TOKEN = "test-admin-token";
export const ADMIN = { Authorization: `Bearer ${ADMIN_TOKEN}` };

export interface SseEvent {
  id: string | undefined;
  event: string;
  data: string;
}

/**
 * A unique marker of letters only: digit runs in a random id can look like a phone number to the
 * masking (and be masked in the line), which would hide the line from `q`.
 */
export const marker = (prefix: string) =>
  `${prefix}-${Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => String.fromCharCode(97 + (b % 26))).join("")}`;

/** A request whose every log line carries `requestId` (the request-id middleware keeps safe ids). */
export function tagged(requestId: string, path = "/api/health", init: RequestInit = {}): Promise<Response> {
  return call(path, { ...init, headers: { "X-Request-Id": requestId, ...init.headers } }).then(
    async (res) => {
      await res.arrayBuffer();
      return res;
    },
  );
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

/** Opens `GET /api/logs` as admin; the response is ready once the object has registered the stream. */
export async function openStream(
  query: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<SseReader> {
  const res = await call(`/api/logs?${new URLSearchParams(query)}`, { headers: { ...ADMIN, ...headers } });
  expect(res.status).toBe(200);
  expect(res.headers.get("Content-Type")).toMatch(/^text\/event-stream/);
  if (!res.body) throw new Error("no body");
  return new SseReader(res.body.pipeThrough(new TextDecoderStream()).getReader());
}

/** Every stored line containing `q`, oldest first, through `?mode=once`. */
export async function storedLines(q: string, limit = 1000): Promise<Record<string, unknown>[]> {
  const res = await call(`/api/logs?mode=once&limit=${limit}&q=${encodeURIComponent(q)}`, { headers: ADMIN });
  expect(res.status).toBe(200);
  const text = await res.text();
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

export const parsed = (events: SseEvent[]) =>
  events.map((e) => JSON.parse(e.data) as Record<string, unknown>);
