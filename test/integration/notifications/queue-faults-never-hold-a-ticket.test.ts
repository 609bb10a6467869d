import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { newSessionId } from "../../helpers/api";
import type { ManualTicketResponse } from "../tickets/support";
import { createManual, ticketRowById } from "../tickets/support";
import { captureConsole, type QueueFault, queueProbe, rewireWithQueue } from "./support";

/**
 * The queue binding failing at the worst moment: throwing at the call, rejecting, or never
 * answering. A ticket is still made, stored and answered as fast as with a working queue (well
 * inside NOTIFY_SEND_DEADLINE_MS, 1 s here: nobody waits for the send), and the failure is logged
 * once the send fails or its deadline passes.
 */

const SEND_DEADLINE_MS = 1_000;

afterEach(() => {
  vi.restoreAllMocks();
});

/** A manual ticket on an object whose NOTIFICATIONS binding does `fault` (null: works): its time. */
async function timedTicket(fault: QueueFault | null): Promise<{ ms: number; body: ManualTicketResponse }> {
  const sessionId = newSessionId(`queue-${fault ?? "ok"}`);
  await rewireWithQueue(env.CHAT_SESSION.getByName(sessionId), queueProbe(fault));
  const started = performance.now();
  const res = await createManual({ sessionId, name: "Ana", device: "notebook", problem: "no enciende" });
  const ms = performance.now() - started;
  const text = await res.text();
  expect(res.status, text).toBe(201);
  return { ms, body: JSON.parse(text) as ManualTicketResponse };
}

describe.each<QueueFault>(["throw", "reject", "hang"])("a queue binding that fails (%s)", (fault) => {
  it("never fails, holds or slows the ticket; the failure is logged", { timeout: 15_000 }, async () => {
    const output = captureConsole();
    // Warm the path (object, D1, R2) first, so the comparison is not the first call's cost.
    await timedTicket(null);
    const baseline = await timedTicket(null);
    const { ms, body } = await timedTicket(fault);

    expect(body.created).toBe(true);
    expect(await ticketRowById(body.ticket.id)).not.toBeNull();
    expect(await env.BUCKET.head(`tickets/${body.ticket.id}.json`)).not.toBeNull();
    // Not waiting on the send: well under its deadline, and about as fast as with a working queue.
    expect(ms).toBeLessThan(SEND_DEADLINE_MS);
    expect(ms).toBeLessThan(baseline.ms * 3 + 250);

    const failed = await vi.waitFor(
      () => {
        const lines = output
          .events("notification_enqueue_failed")
          .filter((l) => l.ticketId === body.ticket.id);
        expect(lines).toHaveLength(1);
        return lines[0];
      },
      { timeout: SEND_DEADLINE_MS * 4, interval: 50 },
    );
    expect(failed).toMatchObject({ level: "error", kind: "ticket.created" });
    expect(String(failed?.message)).toMatch(
      fault === "hang" ? /no answer within 1000 ms/ : /injected queue send failure/,
    );
  });
});
