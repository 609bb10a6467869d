import { expect, it } from "vitest";
import { marker, openStream, parsed, tagged } from "./support";

it("pushes every request's line to an open stream, in request order, with increasing ids", async () => {
  const tag = marker("order");
  const stream = await openStream({ q: tag, maxMs: "10000" });
  // One line first, so this isolate knows the level and later sends go out one per request, in order.
  await tagged(`${tag}-warmup`);
  await stream.until((s) => s.logs.length >= 1);

  const ids = [0, 1, 2, 3, 4].map((i) => `${tag}-${i}`);
  for (const id of ids) await tagged(id);
  await stream.until((s) => s.logs.length >= 6);
  await stream.cancel();

  const events = stream.logs;
  expect(parsed(events).map((l) => l.requestId)).toEqual([`${tag}-warmup`, ...ids]);
  expect(parsed(events).every((l) => l.event === "request" && l.route === "/api/health")).toBe(true);
  const eventIds = events.map((e) => Number(e.id));
  for (let i = 1; i < eventIds.length; i++) expect(eventIds[i]).toBeGreaterThan(eventIds[i - 1] ?? 0);
});
