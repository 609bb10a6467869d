import { expect, it } from "vitest";
import { deliveriesWhen, enqueue, received, script, ticketCreated } from "./support";

/**
 * Discord answers 500 to every attempt and Telegram's first attempt never answers: the other
 * channels get the ticket at once and only once; Telegram's hang is cut by the 300 ms timeout and
 * it gets the ticket on the retry; Discord is retried with backoff (1 s, then 2 s) until the queue's
 * max_retries (2) send the message to the dead-letter queue, whose consumer records it dead.
 */
it("a failing and a hanging channel: the others get it once, only the failed are retried, then dead", {
  timeout: 20_000,
}, async () => {
  const message = ticketCreated();
  const ticket = { id: message.ticketId };
  await script(ticket.id, "discord", [
    { kind: "error", status: 500 },
    { kind: "error", status: 500 },
    { kind: "error", status: 500 },
  ]);
  await script(ticket.id, "telegram", [{ kind: "hang" }]);
  await enqueue(message);

  const log = await deliveriesWhen(
    ticket.id,
    (rows) => rows.some((r) => r.channel === "discord" && r.status === "dead"),
    15_000,
  );

  // Delivered once, at the first attempt, never sent again on the retries.
  for (const channel of ["webhook", "slack", "email"] as const) {
    expect(log.get(channel), channel).toMatchObject({ status: "delivered", attempts: 1, lastError: null });
  }
  for (const channel of ["webhook", "slack"] as const)
    expect(await received(ticket.id, channel)).toHaveLength(1);

  // The hang was cut by the timeout, not by the receiver (which would hold it for 60 s).
  expect(log.get("telegram")).toMatchObject({
    status: "delivered",
    attempts: 2,
    lastError: "timeout after 300 ms",
  });
  const telegram = await received(ticket.id, "telegram");
  expect(telegram.map((r) => r.answer)).toEqual(["hang", 200]);
  expect((telegram[1]?.at ?? 0) - (telegram[0]?.at ?? 0)).toBeLessThan(10_000);

  // Every attempt failed: 1 + max_retries, with growing delays, then dead.
  expect(log.get("discord")).toMatchObject({
    status: "dead",
    attempts: 3,
    lastError: "HTTP 500",
    deliveredAt: null,
  });
  const discord = await received(ticket.id, "discord");
  expect(discord.map((r) => r.answer)).toEqual([500, 500, 500]);
  const [first, second, third] = discord.map((r) => r.at);
  expect((second ?? 0) - (first ?? 0)).toBeGreaterThanOrEqual(1_000);
  expect((third ?? 0) - (second ?? 0)).toBeGreaterThanOrEqual(2_000);
  // The dead letter is recorded once; nothing is sent after it.
  expect(await received(ticket.id, "discord")).toHaveLength(3);
});
