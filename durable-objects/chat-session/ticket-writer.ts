import { withDeadline } from "../../src/lib/deadline";
import type { SessionState } from "../../src/lib/flow/state";
import { sign } from "../../src/lib/signing";
import { type Attachment, buildTicket, type Ticket } from "../../src/lib/tickets/ticket";
import { detect } from "../../src/lib/understanding";
import { uploadLink } from "../../src/lib/uploads/upload-link";
import { logEvent } from "../../src/observability/log";
import { loadTicket, reserveTicketId, saveTicket } from "../../src/storage/tickets";
import type { TicketRequest } from "./contract";
import type { SessionStorage } from "./storage";

const DAY_MS = 86_400_000;

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
  }

  /**
   * Never throws: a failure comes back as `{ ok: false }` so the chat can still answer, and the
   * request is kept (`ticket_retry`) for the object's alarm to try again (`retry()`). The id is
   * kept as soon as it is reserved, so a retry stores the same ticket, never a second one.
   */
  async ensure(
    request: TicketRequest,
    state: SessionState | null,
    pending: { role: "user"; text: string; createdAt: number }[],
  ): Promise<Outcome> {
    try {
      const existingId = this.store.meta("ticket_id");
      const existing = existingId
        ? await withDeadline(loadTicket(this.bucket, existingId), this.deadlineMs)
        : null;
      if (existing) return { ok: true, created: false, ticket: existing };
      const ticket = await this.create(request, state, pending, existingId);
      if (this.store.meta("ticket_retry")) this.store.deleteMeta("ticket_retry");
      this.needsRetry = false;
      return { ok: true, created: true, ticket };
    } catch (error) {
      logEvent("error", "ticket_failed", { sessionId: request.sessionId, message: String(error) });
      this.keepForRetry(request);
      return { ok: false, message: "The ticket could not be stored; try again" };
    }
  }

  /** The alarm's second try at a ticket that failed; true when nothing is left to retry. */
  async retry(): Promise<boolean> {
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
    pending: { role: "user"; text: string; createdAt: number }[],
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
