import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import type { LogStream } from "../../durable-objects/log-stream";

it("the first append arms the retention alarm when none is set, and a set alarm is left alone", async () => {
  const stub = env.LOG_STREAM.getByName("alarm-test");
  const alarm = () => runInDurableObject(stub, (_instance: LogStream, state) => state.storage.getAlarm());
  expect(await alarm()).toBeNull();

  const at = Date.now();
  const line = JSON.stringify({ level: "info", event: "first" });
  await stub.append([{ at, level: "info", event: "first", route: null, sessionId: null, line }]);
  const armed = await alarm();
  expect(armed).toBeGreaterThan(at);

  await stub.append([{ at, level: "info", event: "second", route: null, sessionId: null, line }]);
  expect(await alarm()).toBe(armed);
});
