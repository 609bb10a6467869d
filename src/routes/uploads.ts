import { Hono } from "hono";
import type { TurnOutcome } from "../../durable-objects/chat-session/contract";
import { settings } from "../config";
import { AppError } from "../errors";
import { singleParam } from "../lib/signing";
import {
  extensionOf,
  isUploadContentType,
  newUpload,
  sha256Hex,
  type UploadMetadata,
  uploadKey,
} from "../lib/uploads/upload-id";
import { checkUploadLink, type LinkSigning, uploadLink } from "../lib/uploads/upload-link";
import { clientOf, clientRateLimit } from "../middleware/client-rate-limit";
import type { UploadContentType, UploadResponse } from "../protocol";
import { photoRefusal, refusalError } from "../refusals";
import { available } from "../storage/available";
import { deleteUpload, loadUpload, saveUpload } from "../storage/uploads";
import type { AppEnv } from "../types";
import { turnContext } from "./turn-context";
import { receiveUpload } from "./upload-body";

/**
 * Photos the person attaches to the conversation: `POST /api/upload` stores one in R2 and adds it to
 * the conversation; `GET /api/upload/:id` serves it, only through a signed link that expires.
 */
export const uploadRoutes = new Hono<AppEnv>()
  // Counted per client before anything else, the body included, is read.
  .post("/upload", clientRateLimit({ limit: "upload", refusal: "uploads_rate_limited" }), async (c) => {
    const env = c.env;
    const config = settings(env).config;
    const link = widgetLinkSigning(env, c.req.url);
    if (!link) throw noSigningKey();
    // The session is checked as soon as its id has arrived, before a byte of the photo is read
    // (and again by the session under its turn lock); `bytes` is a view of the one buffer the body
    // was read into, handed to SHA-256 and R2 as it is.
    const received = await receiveUpload(c.req.raw, config.UPLOAD_MAX_BYTES, async (sessionId) =>
      photoRefusal(await env.CHAT_SESSION.getByName(sessionId).photoStatus(), config.UPLOAD_MAX_PER_SESSION),
    );
    if (!received.ok) {
      if ("refused" in received) throw refusalError(received.refused);
      const { status, code, message } = received.refusal;
      throw new AppError(status, code, message);
    }
    const { sessionId, bytes, contentType } = received;
    const session = env.CHAT_SESSION.getByName(sessionId);

    const now = new Date();
    const { id, key } = newUpload(now);
    const sha256 = await sha256Hex(bytes);
    const metadata: UploadMetadata = {
      sessionId,
      createdAt: now.toISOString(),
      size: String(bytes.byteLength),
      sha256,
      detectedType: contentType,
    };
    await available("R2", saveUpload(env.BUCKET, key, bytes, metadata), config.STORAGE_DEADLINE_MS);

    const context = await turnContext(env, c.req.raw);
    const client = clientOf(c.req.raw);
    let outcome: TurnOutcome;
    try {
      outcome = await session.attachPhoto({
        sessionId,
        attachment: { id, key, contentType, size: bytes.byteLength },
        maxPhotos: config.UPLOAD_MAX_PER_SESSION,
        location: context.location,
        smart: context.smart && MODEL_READABLE.has(contentType),
        ...(client ? { client } : {}),
      });
    } catch (error) {
      await deleteUpload(env.BUCKET, key);
      throw error;
    }
    // Refused after all (a race past the count, the rate limit, an erasure): nothing stays stored.
    if (!outcome.ok) {
      await deleteUpload(env.BUCKET, key);
      throw refusalError(outcome);
    }
    const body: UploadResponse = {
      upload: {
        id,
        contentType,
        size: bytes.byteLength,
        url: await uploadLink(link.origin, id, link.secret, link.expiresAt),
      },
      reply: outcome.response,
    };
    return c.json(body, 201);
  })
  .get("/upload/:id", async (c) => {
    const id = c.req.param("id");
    const { config, secrets } = settings(c.env);
    const secret = secrets.signingSecret;
    if (!secret) throw noSigningKey();
    const now = Date.now();
    const check = await checkUploadLink(
      secret,
      id,
      { exp: singleParam(c.req.queries("exp")), sig: singleParam(c.req.queries("sig")) },
      now,
    );
    if (!check.ok) {
      throw new AppError(
        403,
        "invalid_signature",
        check.reason === "expired"
          ? "This photo link has expired; ask for a new one"
          : "This photo link is not valid",
      );
    }
    const key = uploadKey(id);
    const object = key
      ? await available("R2", loadUpload(c.env.BUCKET, key), config.STORAGE_DEADLINE_MS)
      : null;
    if (!object) throw new AppError(404, "not_found", "This photo is no longer stored");

    // The type is the one detected from the bytes at upload; anything else is only ever downloaded.
    const stored = object.customMetadata?.detectedType ?? object.httpMetadata?.contentType;
    const type: UploadContentType | null = isUploadContentType(stored) ? stored : null;
    const maxAge = Math.max(
      0,
      Math.min(config.UPLOAD_LINK_TTL_SECONDS, Math.floor((check.expiresAt - now) / 1000)),
    );
    return new Response(object.body, {
      headers: {
        "Content-Type": type ?? "application/octet-stream",
        "Content-Length": String(object.size),
        "Content-Disposition": `${type ? "inline" : "attachment"}; filename="${id}.${type ? extensionOf(type) : "bin"}"`,
        "X-Content-Type-Options": "nosniff",
        // Even if a browser tried to render it as a document, it could run nothing and load nothing.
        "Content-Security-Policy": "default-src 'none'; img-src 'self'; sandbox",
        "Cache-Control": `private, max-age=${maxAge}`,
        "Referrer-Policy": "no-referrer",
        ETag: object.httpEtag,
      },
    });
  });

/** Types the model can read; HEIC/HEIF photos are kept for the technician but not sent to it. */
const MODEL_READABLE = new Set<UploadContentType>(["image/jpeg", "image/png", "image/webp"]);

/** How the widget's photo links are signed now: valid UPLOAD_LINK_TTL_SECONDS; null without a signing key. */
export function widgetLinkSigning(env: Env, requestUrl: string): LinkSigning | null {
  const { config, secrets } = settings(env);
  const secret = secrets.signingSecret;
  if (!secret) return null;
  return {
    origin: new URL(requestUrl).origin,
    secret,
    expiresAt: Date.now() + config.UPLOAD_LINK_TTL_SECONDS * 1000,
  };
}

const noSigningKey = () =>
  new AppError(503, "service_unavailable", "Photo links cannot be signed: SIGNING_SECRET is not set");
