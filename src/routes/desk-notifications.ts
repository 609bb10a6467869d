import { Hono } from "hono";
import { z } from "zod";
import { settings } from "../config";
import { TICKET_ID_PATTERN } from "../lib/tickets/ticket-id";
import { staffAuth } from "../middleware/staff-auth";
import { validateQuery } from "../middleware/validate";
import type { NotificationDeliveryList } from "../protocol";
import { available } from "../storage/available";
import { listRecentDeliveries } from "../storage/notification-deliveries";
import type { AppEnv } from "../types";

const deliveriesQuery = z.object({
  ticketId: z.string().regex(TICKET_ID_PATTERN, "not a ticket id").optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** The delivery log (docs/desk.md, "Notifications"): what reached which channel, newest first. */
export const deskNotificationRoutes = new Hono<AppEnv>().get(
  "/desk/notifications",
  staffAuth(),
  validateQuery(deliveriesQuery),
  async (c) => {
    const { ticketId, limit } = c.req.valid("query");
    const deliveries = await available(
      "D1",
      listRecentDeliveries(c.env.DB, { ...(ticketId ? { ticketId } : {}), limit }),
      settings(c.env).config.STORAGE_DEADLINE_MS,
    );
    c.header("Cache-Control", "no-store");
    return c.json({ deliveries } satisfies NotificationDeliveryList);
  },
);
