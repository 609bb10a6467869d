import { Hono } from "hono";
import { z } from "zod";
import type { PhotoAttachment, StoredMessage } from "../../durable-objects/chat-session";
import { settings } from "../config";
import { AppError } from "../errors";
import { withDeadline } from "../lib/deadline";
import { isUploadKey } from "../lib/keys";
import { type LinkSigning, linkedPhoto } from "../lib/uploads/upload-link";
import { validateParams } from "../middleware/validate";
import { logEvent } from "../observability/log";
import type { ErasureResponse, MyDataResponse } from "../protocol";
import { sessionIdSchema } from "../schemas";
import { available } from "../storage/available";
import { deleteSessionRow, readSessionRow } from "../storage/sessions";
import { anonymiseSessionTickets, loadTicket, sessionTicketIds } from "../storage/tickets";
import { loadTranscript } from "../storage/transcripts";
import { deleteUploads, headUploads } from "../storage/uploads";
import type { AppEnv } from "../types";
import { widgetLinkSigning } from "./uploads";

const sessionParam = z.object({ sessionId: sessionIdSchema });

/**
 * The person's own data. The session id is the capability: whoever holds it (the widget keeps it
 * in localStorage) can read and erase that conversation, and nothing else. See docs/privacy.md.
 */
export const gdprRoutes = new Hono<AppEnv>()
  .get("/gdpr/my-data/:sessionId", validateParams(sessionParam), async (c) => {
    const { sessionId } = c.req.valid("param");
    const ms = settings(c.env).config.STORAGE_DEADLINE_MS;
    const [session, transcript, index, ticketIds] = await Promise.all([
      c.env.CHAT_SESSION.getByName(sessionId).exportData(),
      available("R2", loadTranscript(c.env.BUCKET, sessionId), ms),
      available("D1", readSessionRow(c.env.DB, sessionId), ms),
      available("D1", sessionTicketIds(c.env.DB, sessionId), ms),
    ]);
    const ticketBodies = await available(
      "R2",
      Promise.all(ticketIds.map((id) => loadTicket(c.env.BUCKET, id))),
      ms,
    );
    if (session.messages.length === 0 && !transcript && !index && ticketIds.length === 0) {
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
      uploads: await available(
        "R2",
        storedUploads(c.env.BUCKET, photosOf(session.messages), widgetLinkSigning(c.env, c.req.url)),
        ms,
      ),
    } satisfies MyDataResponse);
  })
  .delete("/gdpr/delete-me/:sessionId", validateParams(sessionParam), async (c) => {
    const { sessionId } = c.req.valid("param");
    const now = new Date();
    const stub = c.env.CHAT_SESSION.getByName(sessionId);
    // The object deletes its photos itself (and any that arrive meanwhile); these go first only
    // for an object of the previous release during a gradual deployment, which does not.
    const photos = photosOf((await stub.exportData()).messages);
    const uploadsDeleted = await unfinishedIfFails(
      deleteUploads(
        c.env.BUCKET,
        photos.map((p) => p.key),
      ),
      settings(c.env).config.STORAGE_DEADLINE_MS,
    );
    const erased = await stub.erase(sessionId);
    if (erased.ok === false) throw unfinished(erased.retryAfterSeconds);
    const [sessionIndexDeleted, anonymisedTickets] = await unfinishedIfFails(
      Promise.all([
        deleteSessionRow(c.env.DB, sessionId),
        anonymiseSessionTickets({ bucket: c.env.BUCKET, db: c.env.DB }, sessionId, now),
      ]),
      settings(c.env).config.STORAGE_DEADLINE_MS,
    );
    return c.json({
      sessionId,
      erasedAt: now.toISOString(),
      messagesDeleted: erased.messagesDeleted,
      transcriptDeleted: true,
      sessionIndexDeleted: sessionIndexDeleted || erased.sessionIndexDeleted === true,
      ticketsAnonymised: anonymisedTickets,
      uploadsDeleted: uploadsDeleted + (erased.uploadsDeleted ?? 0),
    } satisfies ErasureResponse);
  });

/** An erasure that could not finish now: 503, and the same request finishes it (it is idempotent). */
function unfinished(retryAfterSeconds = 30): AppError {
  return new AppError(
    503,
    "service_unavailable",
    "The erasure could not finish now; send the same request again to complete it",
    { "Retry-After": String(retryAfterSeconds) },
  );
}

/** A deletion step outside the object; failing, or not done within `deadlineMs`: 503, send again. */
async function unfinishedIfFails<T>(work: Promise<T>, deadlineMs: number): Promise<T> {
  try {
    return await withDeadline(work, deadlineMs);
  } catch (error) {
    logEvent("error", "erasure_incomplete", { message: String(error) });
    throw unfinished();
  }
}

/** The photos a conversation references; only keys under `uploads/`, so no message can name another object. */
function photosOf(messages: StoredMessage[]): PhotoAttachment[] {
  return messages.flatMap((m) => (m.attachment && isUploadKey(m.attachment.key) ? [m.attachment] : []));
}

/** The photos still in R2, with their stored metadata and (when links can be signed) a fresh link. */
async function storedUploads(bucket: R2Bucket, photos: PhotoAttachment[], link: LinkSigning | null) {
  const heads = await headUploads(
    bucket,
    photos.map((p) => p.key),
  );
  const found = await Promise.all(
    photos.map(async (photo, i) => {
      const head = heads[i];
      if (!head) return [];
      const linked = link ? await linkedPhoto(photo, link) : null;
      return [
        {
          id: photo.id,
          contentType: photo.contentType,
          size: head.size,
          createdAt: head.customMetadata?.createdAt ?? head.uploaded.toISOString(),
          sha256: head.customMetadata?.sha256 ?? null,
          ...(linked ? { url: linked.url } : {}),
        },
      ];
    }),
  );
  return found.flat();
}
