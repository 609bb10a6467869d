import { Hono } from "hono";
import { z } from "zod";
import { transcriptKey } from "../../durable-objects/chat-session";
import { AppError } from "../errors";
import { anonymiseSessionTickets, loadTicket } from "../lib/tickets/ticket-store";
import { validateParams } from "../middleware/validate";
import { sessionIdSchema } from "../schemas";
import type { AppEnv } from "../types";

const sessionParam = z.object({ sessionId: sessionIdSchema });

/**
 * The person's own data. The session id is the capability: whoever holds it (the widget keeps it
 * in localStorage) can read and erase that conversation, and nothing else. See docs/privacy.md.
 */
export const gdprRoutes = new Hono<AppEnv>()
  .get("/gdpr/my-data/:sessionId", validateParams(sessionParam), async (c) => {
    const { sessionId } = c.req.valid("param");
    const [session, transcript, index, tickets] = await Promise.all([
      c.env.CHAT_SESSION.getByName(sessionId).exportData(),
      c.env.BUCKET.get(transcriptKey(sessionId)).then((o) => (o ? o.json() : null)),
      c.env.DB.prepare("SELECT * FROM sessions WHERE id = ?").bind(sessionId).first(),
      c.env.DB.prepare("SELECT id FROM tickets WHERE session_id = ?").bind(sessionId).all<{ id: string }>(),
    ]);
    const ticketBodies = await Promise.all(tickets.results.map((t) => loadTicket(c.env.BUCKET, t.id)));
    if (session.messages.length === 0 && !transcript && !index && tickets.results.length === 0) {
      throw new AppError(404, "not_found", "Nothing is stored for that session");
    }
    c.header("Cache-Control", "no-store");
    return c.json({
      sessionId,
      exportedAt: new Date().toISOString(),
      conversation: session,
      transcript,
      sessionIndex: index,
      tickets: ticketBodies.filter((t) => t !== null),
      uploads: [],
    });
  })
  .delete("/gdpr/delete-me/:sessionId", validateParams(sessionParam), async (c) => {
    const { sessionId } = c.req.valid("param");
    const now = new Date();
    const erased = await c.env.CHAT_SESSION.getByName(sessionId).erase(sessionId);
    const [index, anonymisedTickets] = await Promise.all([
      c.env.DB.prepare("DELETE FROM sessions WHERE id = ?").bind(sessionId).run(),
      anonymiseSessionTickets({ bucket: c.env.BUCKET, db: c.env.DB }, sessionId, now),
    ]);
    return c.json({
      sessionId,
      erasedAt: now.toISOString(),
      messagesDeleted: erased.messagesDeleted,
      transcriptDeleted: true,
      sessionIndexDeleted: index.meta.changes > 0,
      ticketsAnonymised: anonymisedTickets,
    });
  });
