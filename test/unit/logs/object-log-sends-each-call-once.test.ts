import { afterEach, expect, it, vi } from "vitest";
import { logEvent } from "../../../src/observability/log";
import { rememberLevel } from "../../../src/observability/log-level";
import type { LogRecord } from "../../../src/observability/log-record";
import type { LogStreamTarget } from "../../../src/observability/log-shipper";
import { ObjectLog } from "../../../src/observability/object-log";

/**
 * ObjectLog against a LogStream stand-in (the real object is used by the integration tests in
 * test/integration/logs/ and test/smart/): what a Durable Object's call sends, when, in how many calls.
 */
function objectWithLog() {
  const appends: LogRecord[][] = [];
  /** While set, an append is recorded at once but answers only when it settles. */
  let held: Promise<void> | null = null;
  const target: LogStreamTarget = {
    getLevel: async () => "info",
    append: async (records) => {
      appends.push([...records]);
      await held;
      return { level: "info" };
    },
  };
  const waited: Promise<unknown>[] = [];
  let connects = 0;
  const log = new ObjectLog({
    waitUntil: (p) => waited.push(p),
    logStream: () => {
      connects++;
      return target;
    },
  });
  return {
    log,
    waited,
    appends,
    connects: () => connects,
    /** Holds every append until the returned function is called. */
    hold: () => {
      let release: () => void = () => {};
      held = new Promise<void>((resolve) => (release = resolve));
      return () => {
        held = null;
        release();
      };
    },
    /** The events sent so far, in order, once everything handed to waitUntil has settled. */
    sent: async () => {
      await Promise.all(waited);
      return appends.map((batch) => batch.map((r) => r.event));
    },
  };
}

const quietConsole = () => {
  vi.spyOn(console, "log").mockImplementation(() => {});
  vi.spyOn(console, "error").mockImplementation(() => {});
  return vi.spyOn(console, "warn").mockImplementation(() => {});
};

afterEach(() => {
  rememberLevel("info");
  vi.restoreAllMocks();
});

it("sends a call's lines in one append once the call has ended, and nothing for a call that logged nothing", async () => {
  quietConsole();
  const object = objectWithLog();
  expect(object.log.run(() => 42)).toBe(42);
  expect(await object.log.run(async () => "quiet")).toBe("quiet");
  expect(object.waited).toEqual([]);
  expect(object.connects()).toBe(0);

  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const call = object.log.run(async () => {
    for (let i = 0; i < 20; i++) logEvent("warn", `turn-${i}`);
    await gate;
    logEvent("info", "turn-end");
    return "reply";
  });
  await Promise.resolve();
  expect(object.waited).toEqual([]); // nothing leaves while the call runs
  release();
  expect(await call).toBe("reply");
  expect(await object.sent()).toEqual([[...Array.from({ length: 20 }, (_, i) => `turn-${i}`), "turn-end"]]);
});

it("a synchronous call's lines are sent too, filtered by the isolate's minimum level", async () => {
  quietConsole();
  rememberLevel("warn");
  const object = objectWithLog();
  object.log.run(() => {
    logEvent("info", "below");
    logEvent("warn", "transition");
    logEvent("debug", "below-too");
  });
  expect(await object.sent()).toEqual([["transition"]]);
});

it("an alarm's lines are sent before it returns, also when it fails, and it still fails", async () => {
  quietConsole();
  const object = objectWithLog();
  const appends = () => object.sent();
  await expect(
    object.log.settle(async () => {
      logEvent("error", "index_failed");
      throw new Error("D1 down");
    }),
  ).rejects.toThrow("D1 down");
  expect(object.waited).toEqual([]); // no waitUntil: settled before the handler returned
  expect(await appends()).toEqual([["index_failed"]]);
  expect(await object.log.settle(async () => "nothing to log")).toBe("nothing to log");
  expect(await appends()).toEqual([["index_failed"]]);
});

it("an alarm waits for its own append only: lines other calls queue meanwhile follow it through waitUntil", async () => {
  quietConsole();
  const object = objectWithLog();
  const release = object.hold();
  let alarmDone = false;
  const alarm = object.log
    .settle(async () => logEvent("info", "expired"))
    .then(() => {
      alarmDone = true;
    });
  for (let i = 0; i < 100 && object.appends.length === 0; i++) await Promise.resolve();
  expect(object.appends).toHaveLength(1); // its append is in flight
  // Another call ends meanwhile: its lines wait for the sender, it registers nothing itself.
  object.log.run(() => logEvent("warn", "other-call"));
  expect(object.waited).toEqual([]);
  release();
  await alarm;
  expect(alarmDone).toBe(true);
  expect(object.appends.map((batch) => batch.map((r) => r.event))).toEqual([["expired"]]);
  expect(object.waited).toHaveLength(1); // the rest goes on after the handler, paced
  expect(await object.sent()).toEqual([["expired"], ["other-call"]]);
});

it("lines written after the call ended (work it left running) go to the console only", async () => {
  const warned = quietConsole();
  const object = objectWithLog();
  let finish: () => void = () => {};
  const leftRunning = new Promise<void>((resolve) => (finish = resolve));
  let late: Promise<void> = Promise.resolve();
  object.log.run(() => {
    logEvent("warn", "in-call");
    late = leftRunning.then(() => logEvent("warn", "after-call"));
  });
  expect(await object.sent()).toEqual([["in-call"]]);
  finish();
  await late;
  object.log.run(() => logEvent("warn", "next-call"));
  expect(await object.sent()).toEqual([["in-call"], ["next-call"]]);
  const printed = warned.mock.calls.map(([line]) => JSON.parse(String(line)).event);
  expect(printed).toEqual(["in-call", "after-call", "next-call"]);
});
