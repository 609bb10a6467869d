import { Hono } from "hono";
import { z } from "zod";
import { settings } from "../config";
import { AppError } from "../errors";
import { singleParam, verify } from "../lib/signing";
import { TICKET_ID_PATTERN } from "../lib/tickets/ticket-id";
import { renderTicketPage } from "../lib/tickets/ticket-page";
import { adminAuth } from "../middleware/admin-auth";
import { jsonBodyLimit } from "../middleware/body-limit";
import { requireJsonBody, validateJson, validateParams, validateQuery } from "../middleware/validate";
import {
  MAX_NAME_CHARS,
  type ManualTicketResponse,
  type Ticket,
  type TicketDeletedResponse,
  type TicketListResponse,
} from "../protocol";
import { DAY_MS, dayStart, freeText, isoDate, sessionIdSchema } from "../schemas";
import { available } from "../storage/available";
import {
  deleteTicket,
  listTicketRows,
  loadTicket,
  type TicketRow,
  ticketSessionId,
} from "../storage/tickets";
import type { AppEnv } from "../types";

const ticketIdParam = z.object({ id: z.string().regex(TICKET_ID_PATTERN, "not a ticket id") });

const manualTicketSchema = z.strictObject({
  sessionId: sessionIdSchema,
  name: freeText(z.string().trim().max(MAX_NAME_CHARS)).optional(),
  device: freeText(z.string().trim().min(1).max(200)),
  problem: freeText(z.string().trim().min(1).max(2000)),
  language: z.enum(["es", "en"]).optional(),
});

const listQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z
    .string()
    .regex(/^\d+_STI-\d{8}-[A-Z0-9]{6}$/, "use the nextCursor of the previous page")
    .optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  status: z.enum(["open", "closed"]).optional(),
});

/** Admin ticket API under /api, plus the technician's signed ticket page at /ticket/:id. */
export const ticketApiRoutes = new Hono<AppEnv>()
  .post(
    "/ticket/create-manual",
    adminAuth(),
    jsonBodyLimit(),
    requireJsonBody(),
    validateJson(manualTicketSchema),
    async (c) => {
      const body = c.req.valid("json");
      const outcome = await c.env.CHAT_SESSION.getByName(body.sessionId).createTicket({
        ...body,
        source: "manual",
        origin: new URL(c.req.url).origin,
      });
      if (!outcome.ok) throw new AppError(503, "service_unavailable", outcome.message);
      return c.json(
        { created: outcome.created, ticket: outcome.ticket } satisfies ManualTicketResponse,
        outcome.created ? 201 : 200,
      );
    },
  )
  .get("/tickets", adminAuth(), validateQuery(listQuerySchema), async (c) => {
    const q = c.req.valid("query");
    const [at, id] = q.cursor ? (q.cursor.split("_") as [string, string]) : [];
    const results = await available(
      "D1",
      listTicketRows(c.env.DB, {
        ...(q.status ? { status: q.status } : {}),
        ...(q.from ? { from: dayStart(q.from) } : {}),
        ...(q.to ? { before: dayStart(q.to) + DAY_MS } : {}),
        ...(at !== undefined && id !== undefined ? { after: { createdAt: Number(at), id } } : {}),
        // One more than the page: whether there is a next page.
        limit: q.limit + 1,
      }),
      settings(c.env).config.STORAGE_DEADLINE_MS,
    );
    const page = results.slice(0, q.limit);
    const last = page.at(-1);
    return c.json({
      tickets: page.map(toListItem),
      nextCursor: results.length > q.limit && last ? `${last.created_at}_${last.id}` : null,
    } satisfies TicketListResponse);
  })
  .get("/ticket/:id", adminAuth(), validateParams(ticketIdParam), async (c) => {
    const ticket = await available(
      "R2",
      loadTicket(c.env.BUCKET, c.req.valid("param").id),
      settings(c.env).config.STORAGE_DEADLINE_MS,
    );
    if (!ticket) throw new AppError(404, "not_found", "No such ticket");
    return c.json(ticket satisfies Ticket);
  })
  .delete("/ticket/:id", adminAuth(), validateParams(ticketIdParam), async (c) => {
    const { id } = c.req.valid("param");
    const ms = settings(c.env).config.STORAGE_DEADLINE_MS;
    const sessionId = await available("D1", ticketSessionId(c.env.DB, id), ms);
    const deleted = await available("D1", deleteTicket({ bucket: c.env.BUCKET, db: c.env.DB }, id), ms);
    // An anonymised ticket is linked to no session (its object was erased): nothing to tell.
    if (sessionId) await c.env.CHAT_SESSION.getByName(sessionId).forgetTicket(id);
    if (!deleted) throw new AppError(404, "not_found", "No such ticket");
    return c.json({ deleted: id } satisfies TicketDeletedResponse);
  });

/**
 * The technician's readable ticket: only with a valid signature; otherwise a 404 that says nothing.
 * Without a signing key no link can be valid: a 503 that names the missing secret, not a 404.
 */
export const ticketPageRoutes = new Hono<AppEnv>().get("/ticket/:id", async (c) => {
  const id = c.req.param("id");
  const { signingSecret, signingUnavailable } = settings(c.env).secrets;
  if (signingSecret === null) {
    throw new AppError(503, "service_unavailable", `Ticket links cannot be checked: ${signingUnavailable}`);
  }
  const valid =
    TICKET_ID_PATTERN.test(id) &&
    (await verify(signingSecret, "ticket", id, singleParam(c.req.queries("sig"))));
  const ticket = valid
    ? await available("R2", loadTicket(c.env.BUCKET, id), settings(c.env).config.STORAGE_DEADLINE_MS)
    : null;
  if (!ticket) throw new AppError(404, "not_found", "No such route");
  c.header("Cache-Control", "private, no-store");
  c.header("Referrer-Policy", "no-referrer");
  c.header("X-Robots-Tag", "noindex");
  c.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'");
  return c.html(renderTicketPage(ticket));
});

const toListItem = (r: TicketRow) => ({
  id: r.id,
  sessionId: r.session_id,
  createdAt: new Date(r.created_at).toISOString(),
  status: r.status,
  source: r.source,
  language: r.language,
  device: r.device,
  problem: r.problem,
  anonymised: r.anonymised_at !== null,
});
