/**
 * Server-Sent Events read from a fetch body: EventSource cannot POST, and a chat turn is a POST.
 * Only what `POST /api/chat` sends is needed: `event:` and `data:` fields, blank-line separated.
 */
import type { ChatStreamEvent, ChatStreamEventType } from "../protocol";

export interface SseEvent {
  event: string;
  data: string;
}

export async function readSse(body: ReadableStream<Uint8Array>, onEvent: (event: SseEvent) => void) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let event = "";
  let data: string[] = [];
  const line = (raw: string) => {
    const text = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (text === "") {
      if (data.length > 0) onEvent({ event: event || "message", data: data.join("\n") });
      event = "";
      data = [];
      return;
    }
    if (text.startsWith(":")) return;
    const colon = text.indexOf(":");
    const field = colon < 0 ? text : text.slice(0, colon);
    const value = colon < 0 ? "" : text.slice(colon + 1).replace(/^ /, "");
    if (field === "event") event = value;
    else if (field === "data") data.push(value);
  };
  for (;;) {
    const { done, value } = await reader.read();
    buffer += decoder.decode(value, { stream: !done });
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    lines.forEach(line);
    if (done) break;
  }
}

const CHAT_STREAM_EVENTS: readonly string[] = [
  "delta",
  "reset",
  "done",
  "error",
] satisfies ChatStreamEventType[];

/** A chat stream's event as the protocol types it; null for an event this widget does not know. */
export function streamEvent({ event, data }: SseEvent): ChatStreamEvent | null {
  if (!CHAT_STREAM_EVENTS.includes(event)) return null;
  return { type: event, data: JSON.parse(data) } as ChatStreamEvent;
}
