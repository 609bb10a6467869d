import { expect, it } from "vitest";
import { SseChannel } from "../../../src/observability/sse-channel";
import { SseReader } from "../../helpers/sse-reader";

const options = { lifetimeMs: 300, heartbeatMs: 40, retryMs: 1000, maxQueued: 1000 };

const readAll = async (channel: SseChannel) => {
  const text = channel.readable.pipeThrough(new TextDecoderStream());
  const chunks: string[] = [];
  for await (const chunk of text) chunks.push(chunk);
  return chunks.join("");
};

it("sends retry first, pings while open, and ends after its lifetime with reconnect at its position", async () => {
  let closed = 0;
  const channel = new SseChannel(10, { ...options, onClose: () => closed++ });
  channel.send(11, { event: "log", data: "{}" });
  channel.skip(12);
  const text = await readAll(channel);
  expect(text.startsWith("retry: 1000\n\n")).toBe(true);
  expect(text).toContain("id: 11\nevent: log\ndata: {}\n\n");
  expect(text.match(/^: ping$/gm)?.length ?? 0).toBeGreaterThanOrEqual(2);
  expect(text.endsWith('id: 12\nevent: reconnect\ndata: {"lastEventId":12}\n\n')).toBe(true);
  expect(closed).toBe(1);
  expect(channel.open).toBe(false);
  expect(channel.send(13, { event: "log", data: "{}" })).toBe(false);
});

it("ends a stream whose reader falls too far behind, handing back the last id it queued", async () => {
  const channel = new SseChannel(0, { ...options, lifetimeMs: 60_000, maxQueued: 3, onClose: () => {} });
  const sent: number[] = [];
  for (let id = 1; id <= 10; id++) if (channel.send(id, { event: "log", data: String(id) })) sent.push(id);
  expect(sent.length).toBeLessThan(10);
  expect(channel.open).toBe(false);
  const parsed = await new SseReader(
    channel.readable.pipeThrough(new TextDecoderStream()).getReader(),
  ).toEnd();
  expect(parsed.logs.map((e) => Number(e.id))).toEqual(sent);
  expect(parsed.events.at(-1)).toMatchObject({ event: "reconnect", id: String(sent.at(-1)) });
});
