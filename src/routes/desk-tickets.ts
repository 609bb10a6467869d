import { type Context, Hono } from "hono";
import { z } from "zod";
import { settings } from "../config";
import { AppError } from "../errors";
import { customerWhatsappLink } from "../lib/tickets/ticket";
import { TICKET_ID_PATTERN } from "../lib/tickets/ticket-id";
import { ignoredBody, jsonBodyLimit } from "../middleware/body-limit";
import { staffAuth } from "../middleware/staff-auth";
import { requireJsonBody, validateJson, validateParams, validateQuery } from "../middleware/validate";
import { logEvent } from "../observability/log";
import type {
  DeskInboxResponse,
  DeskTicketListItem,
  DeskTicketView,
  WhatsAppReplyResponse,
} from "../protocol";
import {
  assignTicketSchema,
  DAY_MS,
  dayStart,
  deskInboxQuerySchema,
  ticketNoteSchema,
  ticketStatusSchema,
} from "../schemas";
import { available } from "../storage/available";
import { staffById } from "../storage/staff";
import {
  applyChange,
  type InboxRow,
  inboxPage,
  type WorkflowChange,
  workflowOf,
} from "../storage/ticket-workflow";
import { loadTicket } from "../storage/tickets";
import type { AppEnv } from "../types";

const idParam = validateParams(z.object({ id: z.string().regex(TICKET_ID_PATTERN, "not a ticket id") }));

const toItem = (row: InboxRow): DeskTicketListItem => ({
  id: row.id,
  createdAt: new Date(row.created_at).toISOString(),
  updatedAt: new Date(row.updated_at ?? row.created_at).toISOString(),
  status: row.status,
  source: row.source,
  language: row.language,
  device: row.device,
  problem: row.problem,
  name: row.customer_name,
  assignee: row.assignee_id ? { id: row.assignee_id, name: row.assignee_name ?? "?" } : null,
  anonymised: row.anonymised_at !== null,
});

const deadline = (c: Context<AppEnv>) => settings(c.env).config.STORAGE_DEADLINE_MS;

/** The ticket as the desk shows it: R2's JSON, D1's workflow and timeline, the session's rating. */
async function view(c: Context<AppEnv>, id: string): Promise<DeskTicketView> {
  const [workflow, ticket] = await Promise.all([
    available("D1", workflowOf(c.env.DB, id), deadline(c)),
    available("R2", loadTicket(c.env.BUCKET, id), deadline(c)),
  ]);
  if (!workflow || !ticket) throw new AppError(404, "not_found", "No such ticket");
  const { state, events } = workflow;
  // Only a session still kept is asked (asking an expired one would create an empty object): its
  // index row is there, or the ticket is younger than the conversations' retention (the index row
  // is written a moment after the last turn).
  const retentionMs = settings(c.env).config.TRANSCRIPT_RETENTION_HOURS * 3_600_000;
  const kept = state.session_kept === 1 || Date.now() - state.created_at < retentionMs;
  const rating =
    state.session_id && kept
      ? ((await c.env.CHAT_SESSION.getByName(state.session_id).rating())?.rating ?? null)
      : null;
  return {
    ticket,
    status: state.status,
    assignee: state.assignee_id ? { id: state.assignee_id, name: state.assignee_name ?? "?" } : null,
    updatedAt: new Date(state.updated_at ?? state.created_at).toISOString(),
    events,
    rating,
  };
}

/** Reads the ticket's workflow, lets `decide` make the change (or none), applies it, answers the view. */
async function act(
  c: Context<AppEnv>,
  id: string,
  decide: (
    state: NonNullable<Awaited<ReturnType<typeof workflowOf>>>["state"],
  ) => Promise<WorkflowChange | null>,
) {
  const current = await available("D1", workflowOf(c.env.DB, id), deadline(c));
  if (!current) throw new AppError(404, "not_found", "No such ticket");
  const change = await decide(current.state);
  if (change) {
    const applied = await available("D1", applyChange(c.env.DB, change), deadline(c));
    if (!applied)
      throw new AppError(409, "conflict", "The ticket changed meanwhile; reload it and try again");
    logEvent("info", "ticket_action", { ticketId: id, kind: change.event.kind, staffId: change.actorId });
  }
  return c.json(await view(c, id));
}

/** The inbox, a ticket, and the workflow's actions. Every call needs a signed-in member of staff.
 * A body is read (and checked) before the session: an answer sent before the body was read can
 * reset the connection of a client still sending it.
 */
export const deskTicketRoutes = new Hono<AppEnv>()
  .get("/desk/tickets", staffAuth(), validateQuery(deskInboxQuerySchema), async (c) => {
    const q = c.req.valid("query");
    const me = c.get("staff").staff.id;
    const [at, after] = q.cursor ? (q.cursor.split("_") as [string, string]) : [];
    const page = await available(
      "D1",
      inboxPage(
        c.env.DB,
        {
          ...(q.status ? { status: q.status } : {}),
          ...(q.device ? { device: q.device } : {}),
          ...(q.problem ? { problem: q.problem } : {}),
          ...(q.from ? { from: dayStart(q.from) } : {}),
          ...(q.to ? { before: dayStart(q.to) + DAY_MS } : {}),
          ...(q.assignee
            ? { assignee: q.assignee === "me" ? me : q.assignee === "none" ? null : q.assignee }
            : {}),
          ...(q.q ? { q: q.q } : {}),
        },
        q.limit + 1,
        at !== undefined && after !== undefined ? { createdAt: Number(at), id: after } : undefined,
      ),
      deadline(c),
    );
    const rows = page.rows.slice(0, q.limit);
    const last = rows.at(-1);
    c.header("Cache-Control", "no-store");
    return c.json({
      counts: page.counts,
      unclaimed: page.unclaimed,
      tickets: rows.map(toItem),
      nextCursor: page.rows.length > q.limit && last ? `${last.created_at}_${last.id}` : null,
    } satisfies DeskInboxResponse);
  })
  .get("/desk/tickets/:id", staffAuth(), idParam, async (c) => {
    c.header("Cache-Control", "no-store");
    return c.json(await view(c, c.req.valid("param").id));
  })
  /** Takes the ticket: assigned to me, and a new ticket is then in progress. */
  .post("/desk/tickets/:id/claim", ignoredBody(), staffAuth(), idParam, (c) =>
    act(c, c.req.valid("param").id, async (state) => {
      const me = c.get("staff").staff.id;
      if (state.assignee_id === me) return null;
      if (state.assignee_id) {
        throw new AppError(409, "conflict", `Already claimed by ${state.assignee_name ?? "someone else"}`);
      }
      const status = state.status === "new" ? "in_progress" : state.status;
      return {
        ticketId: state.id,
        actorId: me,
        now: Date.now(),
        expected: { status: state.status, assigneeId: null },
        set: { assigneeId: me, status },
        event: {
          kind: "claimed",
          assigneeId: me,
          ...(status !== state.status ? { from: state.status, to: status } : {}),
        },
      };
    }),
  )
  /** Admins assign anyone active (or nobody); others may only take it themselves or let it go. */
  .post(
    "/desk/tickets/:id/assign",
    idParam,
    jsonBodyLimit(),
    requireJsonBody(),
    validateJson(assignTicketSchema),
    staffAuth(),
    (c) =>
      act(c, c.req.valid("param").id, async (state) => {
        const { staff } = c.get("staff");
        const { staffId } = c.req.valid("json");
        const own = staffId === staff.id || (staffId === null && state.assignee_id === staff.id);
        if (staff.role !== "admin" && !own)
          throw new AppError(403, "forbidden", "Only an admin can assign others");
        if (staffId === state.assignee_id) return null;
        if (staffId !== null) {
          const assignee = await available("D1", staffById(c.env.DB, staffId), deadline(c));
          if (!assignee || assignee.active !== 1)
            throw new AppError(400, "validation_failed", "staffId: no active staff account");
        }
        return {
          ticketId: state.id,
          actorId: staff.id,
          now: Date.now(),
          expected: { status: state.status, assigneeId: state.assignee_id },
          set: { assigneeId: staffId },
          event:
            staffId === null
              ? { kind: "unassigned", assigneeId: state.assignee_id }
              : { kind: "assigned", assigneeId: staffId },
        };
      }),
  )
  .post(
    "/desk/tickets/:id/status",
    idParam,
    jsonBodyLimit(),
    requireJsonBody(),
    validateJson(ticketStatusSchema),
    staffAuth(),
    (c) =>
      act(c, c.req.valid("param").id, async (state) => {
        const { status } = c.req.valid("json");
        if (status === state.status) return null;
        return {
          ticketId: state.id,
          actorId: c.get("staff").staff.id,
          now: Date.now(),
          expected: { status: state.status, assigneeId: state.assignee_id },
          set: { status },
          event: { kind: "status", from: state.status, to: status },
        };
      }),
  )
  /** An internal note: on the timeline, never shown to the customer. */
  .post(
    "/desk/tickets/:id/notes",
    idParam,
    jsonBodyLimit(),
    requireJsonBody(),
    validateJson(ticketNoteSchema),
    staffAuth(),
    (c) =>
      act(c, c.req.valid("param").id, async (state) => ({
        ticketId: state.id,
        actorId: c.get("staff").staff.id,
        now: Date.now(),
        expected: { status: state.status, assigneeId: state.assignee_id },
        event: { kind: "note", text: c.req.valid("json").text },
      })),
  )
  /**
   * "Reply on WhatsApp": the link that opens a chat with the customer's own number, greeting them
   * about their ticket; recorded on the timeline. 409 when they left no phone WhatsApp can use.
   */
  .post("/desk/tickets/:id/whatsapp", ignoredBody(), staffAuth(), idParam, async (c) => {
    const id = c.req.valid("param").id;
    const ticket = await available("R2", loadTicket(c.env.BUCKET, id), deadline(c));
    if (!ticket) throw new AppError(404, "not_found", "No such ticket");
    const link = customerWhatsappLink(ticket);
    if (!link) throw new AppError(409, "conflict", "The customer left no phone number WhatsApp can use");
    const current = await available("D1", workflowOf(c.env.DB, id), deadline(c));
    if (!current) throw new AppError(404, "not_found", "No such ticket");
    const { state } = current;
    const change: WorkflowChange = {
      ticketId: id,
      actorId: c.get("staff").staff.id,
      now: Date.now(),
      expected: { status: state.status, assigneeId: state.assignee_id },
      event: { kind: "whatsapp" },
    };
    if (!(await available("D1", applyChange(c.env.DB, change), deadline(c)))) {
      throw new AppError(409, "conflict", "The ticket changed meanwhile; reload it and try again");
    }
    c.header("Cache-Control", "no-store");
    return c.json({ link } satisfies WhatsAppReplyResponse);
  });
