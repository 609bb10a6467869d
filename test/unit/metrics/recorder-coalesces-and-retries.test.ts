import { describe, expect, it } from "vitest";
import {
  MAX_UNSENT_AGE_MS,
  type MetricsBatch,
  MetricsRecorder,
  MIN_SEND_INTERVAL_MS,
  type SendBatches,
  STALE_SEND_MS,
} from "../../../src/observability/metrics/recorder";

const NOW = Date.UTC(2026, 10, 20, 12, 0, 30);
const request = (status = 200, at = NOW) => ({ version: "v1", status, latencyMs: 12, at });
const requestsIn = (batches: MetricsBatch[]) =>
  batches.flatMap((b) => b.cells).reduce((n, c) => n + c.requests, 0);
const noWait = async () => {};

/** A sender whose calls the test settles by hand, to hold a send "in flight". */
function manualSender() {
  const calls: { batches: MetricsBatch[]; settle: (error?: Error) => void }[] = [];
  const send: SendBatches = (batches) =>
    new Promise<void>((resolve, reject) => {
      calls.push({ batches, settle: (error) => (error ? reject(error) : resolve()) });
    });
  return { calls, send };
}

/** A sleep the test ends by hand, so the interval between sends needs no real time. */
function manualSleep() {
  const sleeps: { ms: number; end: () => void }[] = [];
  const sleep = (ms: number) => new Promise<void>((resolve) => sleeps.push({ ms, end: resolve }));
  return { sleeps, sleep };
}

async function settleMicrotasks() {
  for (let i = 0; i < 10; i++) await new Promise<void>((resolve) => queueMicrotask(resolve));
}

describe("the isolate's metrics recorder", () => {
  it("groups requests by minute and version and counts 5xx only", async () => {
    const recorder = new MetricsRecorder({ newIsolateId: () => "iso" });
    const sent: MetricsBatch[][] = [];
    for (const status of [200, 404, 499, 500, 503, 599]) recorder.recordRequest(request(status));
    recorder.recordRequest({ ...request(), version: "v2" });
    recorder.recordRequest(request(200, NOW + 60_000));
    await recorder.flush(async (b) => void sent.push(b));
    const cells = sent[0]?.[0]?.cells ?? [];
    expect(cells.map((c) => [c.version, c.minute, c.requests, c.errors5xx])).toEqual([
      ["v1", Math.floor(NOW / 60_000), 6, 3],
      ["v2", Math.floor(NOW / 60_000), 1, 0],
      ["v1", Math.floor(NOW / 60_000) + 1, 1, 0],
    ]);
    expect(sent[0]?.[0]?.id).toBe("iso:1");
    expect(recorder.hasUnsent()).toBe(false);
  });

  it("keeps one send in flight; its sender sends what arrived meanwhile, once, after the interval", async () => {
    const { sleeps, sleep } = manualSleep();
    const recorder = new MetricsRecorder({ sleep });
    const { calls, send } = manualSender();
    recorder.recordRequest(request());
    const sender = recorder.flush(send); // the first send of an isolate goes at once
    await settleMicrotasks();
    for (let i = 0; i < 5; i++) {
      recorder.recordRequest(request());
      // Other requests never wait on the sender's promise (another request's context in workerd).
      await recorder.flush(send);
    }
    expect(calls).toHaveLength(1);
    calls[0]?.settle();
    await settleMicrotasks();
    expect(calls).toHaveLength(1);
    expect(sleeps).toHaveLength(1);
    expect(sleeps[0]?.ms).toBeGreaterThan(0);
    expect(sleeps[0]?.ms).toBeLessThanOrEqual(MIN_SEND_INTERVAL_MS);
    sleeps[0]?.end();
    await settleMicrotasks();
    expect(calls).toHaveLength(2);
    expect(requestsIn(calls[1]?.batches ?? [])).toBe(5);
    calls[1]?.settle();
    await sender;
    expect(calls).toHaveLength(2);
    expect(recorder.hasUnsent()).toBe(false);
  });

  it("lets an urgent flush take over from a waiting sender, never from one in flight", async () => {
    const { sleeps, sleep } = manualSleep();
    const recorder = new MetricsRecorder({ sleep });
    const { calls, send } = manualSender();
    recorder.recordRequest(request());
    const sender = recorder.flush(send);
    await settleMicrotasks();
    recorder.recordRequest(request());
    await recorder.flush(send, { urgent: true }); // in flight: returns at once
    expect(calls).toHaveLength(1);
    calls[0]?.settle();
    await settleMicrotasks();
    expect(sleeps).toHaveLength(1); // the sender now waits out the interval
    const urgent = recorder.flush(send, { urgent: true });
    await settleMicrotasks();
    expect(calls).toHaveLength(2);
    calls[1]?.settle();
    await urgent;
    sleeps[0]?.end(); // the old sender wakes, sees it was replaced, and sends nothing
    await sender;
    expect(calls).toHaveLength(2);
    expect(requestsIn(calls.flatMap((c) => c.batches))).toBe(2);
  });

  it("puts a failed batch back unchanged and resends it with the same id, never merged", async () => {
    const errors: unknown[] = [];
    const recorder = new MetricsRecorder({ sleep: noWait, onError: (e) => errors.push(e) });
    recorder.recordRequest(request());
    recorder.recordRequest(request(500));
    await recorder.flush(() => Promise.reject(new Error("object overloaded")));
    expect(errors).toHaveLength(1);
    expect(recorder.hasUnsent()).toBe(true);

    recorder.recordRequest(request());
    const sent: MetricsBatch[][] = [];
    await recorder.flush(async (b) => void sent.push(b));
    const [retried, fresh] = sent[0] ?? [];
    expect(sent[0]).toHaveLength(2);
    expect(requestsIn(retried ? [retried] : [])).toBe(2);
    expect(requestsIn(fresh ? [fresh] : [])).toBe(1);
    expect(retried?.id).not.toBe(fresh?.id);
    expect(recorder.hasUnsent()).toBe(false);
  });

  it("survives a sender that throws synchronously", async () => {
    const recorder = new MetricsRecorder({ sleep: noWait, onError: () => {} });
    recorder.recordRequest(request());
    await recorder.flush(() => {
      throw new Error("no stub");
    });
    const sent: MetricsBatch[][] = [];
    await recorder.flush(async (b) => void sent.push(b));
    expect(requestsIn(sent[0] ?? [])).toBe(1);
  });

  it("resends, with the same ids, a send whose request was cancelled and never settled", async () => {
    const recorder = new MetricsRecorder({ sleep: noWait });
    const { calls, send } = manualSender();
    const realNow = Date.now;
    try {
      Date.now = () => NOW;
      recorder.recordRequest(request());
      void recorder.flush(send); // never settles, as when workerd cancels the request
      recorder.recordRequest(request());
      await recorder.flush(send);
      expect(calls).toHaveLength(1);
      Date.now = () => NOW + STALE_SEND_MS;
      const retry = recorder.flush(send);
      await settleMicrotasks();
      expect(calls).toHaveLength(2);
      expect(calls[1]?.batches.map((b) => b.id)).toEqual([calls[0]?.batches[0]?.id, expect.any(String)]);
      expect(requestsIn(calls[1]?.batches ?? [])).toBe(2);
      calls[1]?.settle();
      await retry;
      // The lost send finally settling changes nothing: its batches were already resent.
      calls[0]?.settle();
      await settleMicrotasks();
      expect(calls).toHaveLength(2);
      expect(recorder.hasUnsent()).toBe(false);
    } finally {
      Date.now = realNow;
    }
  });

  it("drops unsent batches older than MAX_UNSENT_AGE_MS and says so", async () => {
    const dropped: MetricsBatch[] = [];
    const recorder = new MetricsRecorder({
      sleep: noWait,
      onError: () => {},
      onDrop: (d) => dropped.push(...d),
    });
    recorder.recordRequest(request());
    const realNow = Date.now;
    try {
      Date.now = () => NOW;
      await recorder.flush(() => Promise.reject(new Error("down")));
      Date.now = () => NOW + MAX_UNSENT_AGE_MS + 1;
      await recorder.flush(() => Promise.reject(new Error("still down")));
    } finally {
      Date.now = realNow;
    }
    expect(requestsIn(dropped)).toBe(1);
    expect(recorder.hasUnsent()).toBe(false);
  });

  it("keeps the newest circuit state reported", async () => {
    const recorder = new MetricsRecorder();
    recorder.recordOpenAiCall({ version: "v1", ok: false, at: NOW + 5, circuitState: "open" });
    recorder.recordOpenAiCall({ version: "v1", ok: true, at: NOW + 1, circuitState: "closed" });
    const sent: MetricsBatch[][] = [];
    await recorder.flush(async (b) => void sent.push(b));
    const batch = sent[0]?.[0];
    expect(batch?.circuit).toEqual({ state: "open", at: NOW + 5 });
    expect(batch?.cells[0]).toMatchObject({ openaiCalls: 2, openaiFailures: 1, requests: 0 });
  });
});
