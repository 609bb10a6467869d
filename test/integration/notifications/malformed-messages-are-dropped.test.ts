import { afterEach, expect, it, vi } from "vitest";
import {
  allDelivered,
  captureConsole,
  deliveries,
  deliveriesWhen,
  enqueue,
  HTTP_CHANNELS,
  received,
  ticketCreated,
} from "./support";

afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * Whatever lands on the queue, the consumer never fails a batch over it: a message that is none of
 * the kinds is logged and dropped (retrying cannot make it valid), and a field no kind has, such
 * as a name an older or buggy producer put in, is dropped before anything is sent.
 */
it("a message of no known kind is logged and dropped, never retried or sent", async () => {
  const output = captureConsole();
  const { ticketId } = ticketCreated();
  await enqueue({ kind: "ticket.deleted", ticketId });
  await enqueue(`not a message ${ticketId}`);
  await vi.waitFor(() => expect(output.events("notification_malformed")).toHaveLength(2), { timeout: 5_000 });
  expect(await received(ticketId)).toEqual([]);
  expect(await deliveries(ticketId)).toEqual([]);
  for (const line of output.events("notification_malformed")) {
    expect(Object.keys(line).sort()).toEqual(["event", "level", "queueMessageId", "time"]);
  }
});

it("fields no kind has (a name, a phone) are dropped before anything is sent", async () => {
  const message = ticketCreated();
  await enqueue({ ...message, name: "Ana Pérez", phone: "+54 11 5555 1234" });
  await deliveriesWhen(message.ticketId, allDelivered);
  for (const channel of HTTP_CHANNELS) {
    const [request] = await received(message.ticketId, channel);
    expect(request?.raw).not.toMatch(/Ana|Pérez|5555/);
  }
});
