import { expect } from "vitest";
import { call } from "../../helpers/api";
import { type SseEvent, SseReader } from "../../helpers/sse-reader";

export { type SseEvent, SseReader } from "../../helpers/sse-reader";

/** Shared by the log stream tests: admin credentials, tagged requests, opening the stream. */

export const ADMIN_TOKEN = "test-admin-token";
export const ADMIN = { Authorization: `Bearer ${ADMIN_TOKEN}` };

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

/**
 * The lines matching `query` that reach the store, once `done` accepts them: waits on the stream
 * (replaying from the first stored line), bounded by the stream's `maxMs`; never a timer.
 */
export async function arrivedLines(
  query: { q?: string; sessionId?: string; level?: string },
  done: (lines: Record<string, unknown>[]) => boolean = (lines) => lines.length > 0,
  maxMs = 3_000,
): Promise<Record<string, unknown>[]> {
  const filters = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
  const stream = await openStream({ ...filters, since: "0", maxMs: String(maxMs) });
  await stream.until((s) => done(parsed(s.logs)));
  await stream.cancel();
  return parsed(stream.logs);
}
