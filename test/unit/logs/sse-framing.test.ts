import { expect, it } from "vitest";
import { formatSseComment, formatSseEvent, formatSseRetry } from "../../../src/observability/sse";
import { SseReader } from "../../helpers/sse-reader";

/** Feeds `text` to the same parser the stream tests use, in awkward chunk sizes. */
async function parse(text: string, chunk = 3): Promise<SseReader> {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += chunk) chunks.push(text.slice(i, i + chunk));
  const stream = new ReadableStream<string>({
    start(controller) {
      for (const c of chunks) controller.enqueue(c);
      controller.close();
    },
  });
  return new SseReader(stream.getReader()).toEnd();
}

it("frames events as id, event and data lines ended by a blank line, and parses back unchanged", async () => {
  expect(formatSseEvent({ id: 42, event: "log", data: '{"a":1}' })).toBe(
    'id: 42\nevent: log\ndata: {"a":1}\n\n',
  );
  expect(formatSseComment("ping")).toBe(": ping\n\n");
  expect(formatSseRetry(1000.7)).toBe("retry: 1000\n\n");

  // Multi-line data becomes several data lines; line breaks in id or event cannot inject fields.
  const tricky = formatSseEvent({ id: "7\nevent: evil", event: "log\r\ndata: x", data: "one\ntwo\r\nthree" });
  expect(tricky).toBe("id: 7event: evil\nevent: logdata: x\ndata: one\ndata: two\ndata: three\n\n");

  const text = [
    formatSseRetry(500),
    formatSseEvent({ id: 1, event: "log", data: '{"n":1}' }),
    formatSseComment("ping"),
    formatSseEvent({ id: 2, event: "log", data: "a\nb" }),
    formatSseEvent({ id: 2, event: "reconnect", data: '{"lastEventId":2}' }),
  ].join("");
  const reader = await parse(text);
  expect(reader.events).toEqual([
    { id: "1", event: "log", data: '{"n":1}' },
    { id: "2", event: "log", data: "a\nb" },
    { id: "2", event: "reconnect", data: '{"lastEventId":2}' },
  ]);
  expect(reader.closed).toBe(true);
});
