import { expect, it } from "vitest";
import { marker, openStream, parsed, type SseReader, storedLines, tagged } from "./support";

const requestIds = (stream: SseReader) => parsed(stream.logs).map((l) => l.requestId);

it("resumes after Last-Event-ID (header or ?since=) with nothing lost and nothing repeated", {
  timeout: 15_000,
}, async () => {
  const tag = marker("resume");
  const first = [0, 1, 2, 3, 4, 5].map((i) => `${tag}-a${i}`);
  const later = [0, 1, 2].map((i) => `${tag}-b${i}`);
  // The isolate's first request reads the log level from the object before queuing its lines, and
  // requests served meanwhile queue theirs first (log-level.ts): so that the order below is the
  // order sent, another request starts that read.
  await tagged(marker("warm-up"));
  for (const id of first) await tagged(id);

  // Replay from the start, read half, disconnect.
  const a = await openStream({ since: "0", q: tag, maxMs: "2000" });
  await a.until((s) => s.logs.length >= 3);
  await a.cancel();
  const seen = a.logs.slice(0, 3);
  const resumeAt = seen[2]?.id ?? "";

  // Lines appended while disconnected.
  for (const id of later) await tagged(id);

  const byHeader = await openStream({ q: tag, maxMs: "2000" }, { "Last-Event-ID": resumeAt });
  await byHeader.until((s) => s.logs.length >= 6);
  const bySince = await openStream({ q: tag, since: resumeAt, maxMs: "2000" });
  await bySince.until((s) => s.logs.length >= 6);
  // The header wins over ?since= (EventSource sends the header, the URL keeps its first since).
  const both = await openStream({ q: tag, since: "0", maxMs: "2000" }, { "Last-Event-ID": resumeAt });
  await both.until((s) => s.logs.length >= 6);
  for (const s of [byHeader, bySince, both]) await s.cancel();

  const all = [...first, ...later];
  const resumed = parsed(seen).map((l) => l.requestId);
  for (const s of [byHeader, bySince, both]) {
    expect([...resumed, ...requestIds(s).slice(0, 6)]).toEqual(all);
    expect(s.logs.every((e) => Number(e.id) > Number(resumeAt))).toBe(true);
  }
  expect((await storedLines(tag)).map((l) => l.requestId)).toEqual(all);
});

it("ends a stream after maxMs with a reconnect event whose id resumes it exactly, even with no match", {
  timeout: 15_000,
}, async () => {
  const tag = marker("lifetime");
  const live = await openStream({ q: tag, maxMs: "1000" });
  await tagged(`${tag}-during`);
  await live.toEnd();
  expect(requestIds(live)).toEqual([`${tag}-during`]);
  const reconnect = live.events.at(-1);
  expect(reconnect?.event).toBe("reconnect");
  expect(Number(reconnect?.id)).toBeGreaterThanOrEqual(Number(live.logs[0]?.id));
  expect(JSON.parse(reconnect?.data ?? "{}")).toEqual({ lastEventId: Number(reconnect?.id) });

  // A stream whose filter matched nothing still hands back a position to resume from.
  const quiet = await openStream({ q: `${tag}-nothing-matches`, maxMs: "1000" });
  await quiet.toEnd();
  expect(quiet.logs).toEqual([]);
  expect(quiet.events.at(-1)?.event).toBe("reconnect");
  const quietAt = quiet.events.at(-1)?.id ?? "";

  await tagged(`${tag}-after-1`);
  await tagged(`${tag}-after-2`);
  const resumed = await openStream({ q: tag, maxMs: "2000" }, { "Last-Event-ID": reconnect?.id ?? "" });
  await resumed.until((s) => s.logs.length >= 2);
  await resumed.cancel();
  expect(requestIds(resumed).slice(0, 2)).toEqual([`${tag}-after-1`, `${tag}-after-2`]);

  const fromQuiet = await openStream({ q: tag, maxMs: "2000" }, { "Last-Event-ID": quietAt });
  await fromQuiet.until((s) => s.logs.length >= 2);
  await fromQuiet.cancel();
  expect(requestIds(fromQuiet).slice(0, 2)).toEqual([`${tag}-after-1`, `${tag}-after-2`]);
});
