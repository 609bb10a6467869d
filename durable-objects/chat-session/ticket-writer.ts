import { withDeadline } from "../../src/lib/deadline";
import type { SavedContact } from "../../src/lib/flow/outcomes";
import type { SessionState } from "../../src/lib/flow/state";
import { sign } from "../../src/lib/signing";
import { type Attachment, buildTicket, type Ticket, withContact } from "../../src/lib/tickets/ticket";
import { detect } from "../../src/lib/understanding";
import { uploadLink } from "../../src/lib/uploads/upload-link";
import { logEvent } from "../../src/observability/log";
import type { TicketContact } from "../../src/protocol";
import { loadTicket, reserveTicketId, saveTicket } from "../../src/storage/tickets";
import type { TicketRequest } from "./contract";
import type { SessionStorage } from "./storage";

const DAY_MS = 86_400_000;

/** The turn's own user line, not stored yet when its hand-off makes the ticket. */
type PendingLine = { role: "user"; kind?: string; text: string; createdAt: number };

type Outcome = { ok: true; created: boolean; ticket: Ticket } | { ok: false; message: string };

/** Signed page link a technician opens; the signature is the only key to it. */
export async function ticketUrl(origin: string, id: string, secret: string | null): Promise<string> {
  const base = `${origin}/ticket/${id}`;
  return secret ? `${base}?sig=${await sign(secret, "ticket", id)}` : base;
}

/** What a ticket writer needs: where tickets go, and the settings that shape their links. */
export interface TicketWriterDependencies {
  bucket: R2Bucket;
  db: D1Database;
  store: SessionStorage;
  whatsappNumber: string;
  /** Photo links in a ticket stay valid as long as the photos are kept. */
  uploadRetentionDays: number;
  /** Signs the ticket page and photo links; null (no key) leaves them unsigned. */
  signingSecret: string | null;
  /** STORAGE_DEADLINE_MS: each R2 or D1 call of a ticket; one still pending after it is a failure. */
  deadlineMs: number;
  /**
   * Tells the shop of a ticket once it is stored (src/notifications/producer.ts): returns at once,
   * never throws; the send runs in the background.
   */
  notify: (ticket: Ticket) => void;
}

/** Creates the session's one ticket (JSON + TXT in R2, a row in D1), or returns the one it has. */
export class TicketWriter {
  private readonly bucket: R2Bucket;
  private readonly db: D1Database;
  private readonly store: SessionStorage;
  private readonly whatsappNumber: string;
  private readonly uploadRetentionDays: number;
  private readonly signingSecret: string | null;
  private readonly deadlineMs: number;
  private readonly notify: (ticket: Ticket) => void;
  /** A hand-off's ticket failed in this object's life: the alarm must come soon to retry it. */
  needsRetry = false;

  constructor(deps: TicketWriterDependencies) {
    this.bucket = deps.bucket;
    this.db = deps.db;
    this.store = deps.store;
    this.whatsappNumber = deps.whatsappNumber;
    this.uploadRetentionDays = deps.uploadRetentionDays;
    this.signingSecret = deps.signingSecret;
    this.deadlineMs = deps.deadlineMs;
    this.notify = deps.notify;
  }

  /**
   * Never throws: a failure comes back as `{ ok: false }` so the chat can still answer, and the
   * request is kept (`ticket_retry`) for the object's alarm to try again (`retry()`). The id is
   * kept as soon as it is reserved, so a retry stores the same ticket, never a second one.
   */
  async ensure(request: TicketRequest, state: SessionState | null, pending: PendingLine[]): Promise<Outcome> {
    try {
      const existingId = this.store.meta("ticket_id");
      const existing = existingId
        ? await withDeadline(loadTicket(this.bucket, existingId), this.deadlineMs)
        : null;
      if (existing) return { ok: true, created: false, ticket: existing };
      const ticket = await this.create(request, state, pending, existingId);
      if (this.store.meta("ticket_retry")) this.store.deleteMeta("ticket_retry");
      this.needsRetry = false;
      // Stored in R2 and D1 by now; the message goes in the background (created once: a later
      // call finds the ticket in R2 and returns it as existing).
      this.notify(ticket);
      return { ok: true, created: true, ticket };
    } catch (error) {
      logEvent("error", "ticket_failed", { sessionId: request.sessionId, message: String(error) });
      this.keepForRetry(request);
      return { ok: false, message: "The ticket could not be stored; try again" };
    }
  }

  /**
   * Adds the phone or email the person left to the session's ticket (JSON and TXT in R2; never
   * D1). Never throws: when R2 fails the contact is kept (`contact_retry`) until the alarm stores it.
   * No ticket (an admin deleted it): nothing to add it to, nothing kept.
   */
  async saveContact(sessionId: string, contact: TicketContact): Promise<SavedContact> {
    const id = this.store.meta("ticket_id");
    if (!id) return { ok: false, retrying: false };
    try {
      const ticket = await withDeadline(loadTicket(this.bucket, id), this.deadlineMs);
      if (!ticket) {
        this.store.deleteMeta("contact_retry");
        return { ok: false, retrying: false };
      }
      await withDeadline(saveTicket(this.bucket, withContact(ticket, contact)), this.deadlineMs);
      if (this.store.meta("contact_retry")) this.store.deleteMeta("contact_retry");
      // What was left, never its value: log lines are no place for a phone or an email.
      logEvent("info", "ticket_contact_saved", {
        sessionId,
        ticketId: id,
        phone: contact.phone !== undefined,
        email: contact.email !== undefined,
      });
      return { ok: true };
    } catch (error) {
      logEvent("error", "ticket_contact_failed", { sessionId, ticketId: id, message: String(error) });
      this.needsRetry = true;
      try {
        this.store.setMeta("contact_retry", JSON.stringify({ sessionId, contact }));
      } catch (kept) {
        logEvent("error", "ticket_retry_not_kept", { sessionId, message: String(kept) });
      }
      return { ok: false, retrying: true };
    }
  }

  /** The alarm's second try at a ticket (or a contact for it) that failed; true when nothing is left to retry. */
  async retry(): Promise<boolean> {
    const ticketDone = await this.retryTicket();
    return ticketDone && (await this.retryContact());
  }

  private async retryContact(): Promise<boolean> {
    const raw = this.store.meta("contact_retry");
    if (!raw) return true;
    let kept: { sessionId: string; contact: TicketContact };
    try {
      kept = JSON.parse(raw) as { sessionId: string; contact: TicketContact };
    } catch {
      this.store.deleteMeta("contact_retry");
      return true;
    }
    const saved = await this.saveContact(kept.sessionId, kept.contact);
    return saved.ok || !saved.retrying;
  }

  private async retryTicket(): Promise<boolean> {
    const raw = this.store.meta("ticket_retry");
    if (!raw) return true;
    let request: TicketRequest;
    try {
      request = JSON.parse(raw) as TicketRequest;
    } catch {
      this.store.deleteMeta("ticket_retry");
      return true;
    }
    const outcome = await this.ensure(request, this.store.state(), []);
    if (outcome.ok)
      logEvent("info", "ticket_retried", { sessionId: request.sessionId, ticketId: outcome.ticket.id });
    return outcome.ok;
  }

  private keepForRetry(request: TicketRequest): void {
    this.needsRetry = true;
    try {
      this.store.setMeta("ticket_retry", JSON.stringify(request));
    } catch (error) {
      logEvent("error", "ticket_retry_not_kept", { sessionId: request.sessionId, message: String(error) });
    }
  }

  private async create(
    request: TicketRequest,
    state: SessionState | null,
    pending: PendingLine[],
    /** Reserved by an earlier attempt that could not store the ticket: reused, not reserved again. */
    reservedId: string | null,
  ): Promise<Ticket> {
    const now = new Date();
    const language = request.language ?? state?.language ?? "es";
    const deviceId = (request.device ? detect(request.device).device : null) ?? state?.device ?? null;
    const problemId = (request.problem ? detect(request.problem).problem : null) ?? state?.problem ?? null;
    const name = request.name?.trim() || state?.name || null;
    const id =
      reservedId ??
      (await withDeadline(
        reserveTicketId(
          this.db,
          {
            sessionId: request.sessionId,
            createdAt: now.getTime(),
            source: request.source,
            language,
            device: deviceId,
            problem: problemId,
            name,
          },
          now,
        ),
        this.deadlineMs,
      ));
    if (!reservedId) this.store.setMeta("ticket_id", id);
    const transcript = [...this.store.messages(), ...pending].map((m) => ({
      role: m.role,
      ...(m.kind ? { kind: m.kind } : {}),
      text: m.text,
      createdAt: m.createdAt,
    }));
    const ticket = buildTicket({
      id,
      now,
      sessionId: request.sessionId,
      language,
      source: request.source,
      name,
      deviceId,
      ...(request.device ? { deviceText: request.device } : {}),
      problemId,
      ...(request.problem ? { problemText: request.problem } : {}),
      stepsTried: state?.stepsTried ?? [],
      transcript,
      attachments: await this.attachments(request.origin),
      url: await ticketUrl(request.origin, id, this.signingSecret),
      whatsappNumber: this.whatsappNumber,
    });
    await withDeadline(saveTicket(this.bucket, ticket), this.deadlineMs);
    return ticket;
  }

  /** The conversation's photos, each with a link that works as long as the photo is kept. */
  private attachments(origin: string): Promise<Attachment[]> {
    const retentionMs = this.uploadRetentionDays * DAY_MS;
    const secret = this.signingSecret;
    const photos = this.store
      .messages()
      .flatMap((m) => (m.attachment ? [{ ...m.attachment, sentAt: m.createdAt }] : []));
    return Promise.all(
      photos.map(async ({ id, contentType, size, findings, sentAt }) => ({
        id,
        contentType,
        size,
        ...(findings ? { findings } : {}),
        ...(secret ? { url: await uploadLink(origin, id, secret, sentAt + retentionMs) } : {}),
      })),
    );
  }
}
