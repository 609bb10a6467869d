import { describe, expect, it } from "vitest";
import type { NotificationDeliveryList } from "../../../src/protocol";
import { call, expectError } from "../../helpers/api";
import { addStaff, signIn } from "../../helpers/desk";
import { ALL_CHANNELS, allDelivered, deliveriesWhen, newTicket } from "./support";

/** The desk shows the delivery log: `GET /api/desk/notifications`, for signed-in staff only. */
describe("the delivery log in the desk", () => {
  it("lists what reached each channel for one ticket, and recent deliveries overall", async () => {
    const ticket = await newTicket();
    await deliveriesWhen(ticket.id, allDelivered);
    const desk = await signIn((await addStaff("technician")).email);

    const res = await desk.call(`/api/desk/notifications?ticketId=${ticket.id}`);
    const text = await res.text();
    expect(res.status, text).toBe(200);
    const { deliveries } = JSON.parse(text) as NotificationDeliveryList;
    expect(deliveries.map((d) => d.channel).sort()).toEqual([...ALL_CHANNELS].sort());
    for (const d of deliveries)
      expect(d).toMatchObject({ ticketId: ticket.id, kind: "ticket.created", status: "delivered" });

    const recent = (await (
      await desk.call("/api/desk/notifications?limit=200")
    ).json()) as NotificationDeliveryList;
    expect(recent.deliveries.some((d) => d.ticketId === ticket.id)).toBe(true);
  });

  it("bad queries are 400s; without a desk session, 401", async () => {
    const desk = await signIn((await addStaff("technician")).email);
    await expectError(await desk.call("/api/desk/notifications?ticketId=nope"), 400, "validation_failed");
    await expectError(await desk.call("/api/desk/notifications?limit=0"), 400, "validation_failed");
    await expectError(await call("/api/desk/notifications"), 401, "unauthorized");
  });
});
