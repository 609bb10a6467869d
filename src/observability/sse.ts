/**
 * Server-Sent Events framing (https://html.spec.whatwg.org/multipage/server-sent-events.html),
 * as pure functions. Used inside the LogStream object, where Hono's `streamSSE` (which needs a
 * Hono context) is not available.
 */

export interface SseMessage {
  /** Becomes the client's Last-Event-ID, sent back when it reconnects. */
  id?: string | number;
  event?: string;
  /** May span lines: each becomes its own `data:` line and the client joins them with "\n". */
  data: string;
}

const LINE_BREAK = /\r\n|\r|\n/;

/** Fields other than data are one line: anything that could end the line is removed. */
const oneLine = (value: string): string => value.replace(/[\r\n\0]/g, "");

export function formatSseEvent(message: SseMessage): string {
  let out = "";
  if (message.id !== undefined) out += `id: ${oneLine(String(message.id))}\n`;
  if (message.event !== undefined) out += `event: ${oneLine(message.event)}\n`;
  for (const line of message.data.split(LINE_BREAK)) out += `data: ${line}\n`;
  return `${out}\n`;
}

/** A comment (ignored by clients): keeps proxies and the connection from idling out. */
export function formatSseComment(text: string): string {
  return `${text
    .split(LINE_BREAK)
    .map((line) => `: ${line}\n`)
    .join("")}\n`;
}

/** How long a client waits before reconnecting after the stream ends. */
export function formatSseRetry(ms: number): string {
  return `retry: ${Math.max(0, Math.floor(ms))}\n\n`;
}

export const SSE_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-store",
  "X-Accel-Buffering": "no",
} as const;
