import { afterEach, expect, it, vi } from "vitest";
import {
  CHANNEL_SECRETS,
  captureConsole,
  deliveriesWhen,
  enqueue,
  HTTP_CHANNELS,
  received,
  script,
  testEnv,
  ticketCreated,
} from "./support";

afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * Every HTTP channel fails every attempt, each its own way (401, 403, 404, 429, 500, a hang, a
 * dropped connection), all
 * the way to the dead-letter queue, so every failure path writes its log lines and delivery rows.
 * None of them holds a channel secret (the webhook key, the Slack and Discord URLs, the Telegram
 * token, or any part of them) or any URL at all.
 */
it("no secret or URL reaches the delivery log or a log line, on any failure", {
  timeout: 20_000,
}, async () => {
  const output = captureConsole();
  const message = ticketCreated("en");
  const id = message.ticketId;
  await script(id, "webhook", [
    { kind: "error", status: 401 },
    { kind: "hang" },
    { kind: "error", status: 500 },
  ]);
  await script(id, "slack", [{ kind: "hang" }, { kind: "error", status: 403 }, { kind: "reset" }]);
  await script(id, "discord", [
    { kind: "error", status: 429 },
    { kind: "error", status: 404 },
    { kind: "hang" },
  ]);
  await script(id, "telegram", [
    { kind: "error", status: 404 },
    { kind: "hang" },
    { kind: "error", status: 401 },
  ]);
  await enqueue(message);

  const log = await deliveriesWhen(
    id,
    (rows) =>
      HTTP_CHANNELS.every((channel) => rows.some((r) => r.channel === channel && r.status === "dead")),
    15_000,
  );
  for (const channel of HTTP_CHANNELS) {
    expect(await received(id, channel), channel).toHaveLength(3);
    expect(log.get(channel)?.lastError, channel).toMatch(/^(HTTP \d{3}|timeout after 300 ms|\w*Error: .+)$/);
  }
  // Email was delivered at once and is not part of the failure.
  expect(log.get("email")?.status).toBe("delivered");

  const stored = JSON.stringify([...log.values()]);
  const lines = output.lines();
  expect(output.events("notification_delivery_failed").length).toBeGreaterThanOrEqual(3);
  expect(output.events("notification_dead")).toHaveLength(1);
  for (const text of [stored, ...lines]) {
    for (const secret of CHANNEL_SECRETS) expect(text).not.toContain(secret);
    expect(text).not.toContain(testEnv.NOTIFY_MOCK_CONTROL_URL);
    expect(text).not.toMatch(/https?:\/\/|\/bot\d|hooks|webhooks/);
  }
});
