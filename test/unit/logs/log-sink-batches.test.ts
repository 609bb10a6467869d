import { expect, it } from "vitest";
import type { LogLevel } from "../../../src/observability/levels";
import { LogBuffer } from "../../../src/observability/log-buffer";
import { LEVEL_CACHE_MS, rememberLevel } from "../../../src/observability/log-level";
import type { LogRecord } from "../../../src/observability/log-record";
import { type LogStreamTarget, sendLines } from "../../../src/observability/log-shipper";

/** A LogStream stand-in whose `append` calls settle only when the test says so. */
function fakeStream() {
  const calls: { records: LogRecord[]; settle: (ok: boolean) => void }[] = [];
  const target: LogStreamTarget = {
    getLevel: async () => "info",
    append: (records) =>
      new Promise<{ level: LogLevel }>((resolve, reject) => {
        calls.push({
          records,
          settle: (ok) => (ok ? resolve({ level: "info" }) : reject(new Error("down"))),
        });
      }),
  };
  return { calls, target };
}

function requestLines(n: number, tag: string): LogBuffer {
  const buffer = new LogBuffer();
  for (let i = 0; i < n; i++) {
    buffer.add({
      at: Date.now(),
      level: "info",
      event: `${tag}-${i}`,
      route: null,
      sessionId: null,
      line: "{}",
    });
  }
  return buffer;
}

const nextCall = async (calls: unknown[], count: number) => {
  while (calls.length < count) await new Promise((resolve) => setTimeout(resolve, 10));
};

it("sends many requests' lines in few calls, one in flight, and reports lines lost to a failed call", async () => {
  const { calls, target } = fakeStream();
  // The first request becomes the sender and sends its line at once.
  const first = sendLines(requestLines(1, "a"), () => target);
  await nextCall(calls, 1);
  // Nine more requests while that call is in flight: none of them calls the object, creates a
  // stub or leaves anything to wait for (the level is cached by now).
  let connects = 0;
  const others = Array.from({ length: 9 }, (_, i) =>
    sendLines(requestLines(2, `b${i}`), () => {
      connects++;
      return target;
    }),
  );
  expect(others).toEqual(Array(9).fill(undefined));
  expect(connects).toBe(0);
  expect(calls).toHaveLength(1);
  calls[0]?.settle(true);
  // The sender then carries all 18 queued lines in one call.
  await nextCall(calls, 2);
  expect(calls[1]?.records).toHaveLength(18);
  calls[1]?.settle(false);
  await first;

  // The lines of the failed call are not resent (no duplicates); the next batch says how many were lost.
  const later = sendLines(requestLines(1, "c"), () => target);
  await nextCall(calls, 3);
  const events = calls[2]?.records.map((r) => r.event);
  expect(events).toEqual(["c-0", "log_lines_dropped"]);
  expect(JSON.parse(calls[2]?.records[1]?.line ?? "{}")).toMatchObject({ dropped: 18 });
  calls[2]?.settle(true);
  await later;
  expect(calls).toHaveLength(3);
});

it("keeps lines in the order they were handed over while the level is being read from the object", async () => {
  // The isolate's level is stale: the first hand-over has to ask the object, which answers late.
  rememberLevel("info", undefined, Date.now() - LEVEL_CACHE_MS - 1);
  const appended: string[][] = [];
  let answer: (level: LogLevel) => void = () => {};
  let asked: () => void = () => {};
  const reading = new Promise<void>((resolve) => (asked = resolve));
  const target: LogStreamTarget = {
    getLevel: () => {
      asked();
      return new Promise<LogLevel>((resolve) => (answer = resolve));
    },
    append: async (records) => {
      appended.push(records.map((r) => r.event));
      return { level: "info" };
    },
  };
  const first = sendLines(requestLines(1, "first"), () => target);
  await reading;
  // Handed over while the level is still being read: queued behind the first, not sent ahead of it.
  const second = sendLines(requestLines(1, "second"), () => target);
  expect(second).toBeUndefined();
  answer("info");
  await first;
  expect(appended.flat()).toEqual(["first-0", "second-0"]);
});
