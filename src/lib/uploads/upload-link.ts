import type { UploadedPhoto } from "../../protocol";
import { sign, verify } from "../signing";
import { isUploadContentType } from "./upload-id";

/**
 * Signed, expiring links to a stored photo: `<origin>/api/upload/<id>?exp=<ms since epoch>&sig=<hmac>`.
 * The signature covers its own purpose, so a ticket link's signature never opens a photo.
 */
export const UPLOAD_LINK_PURPOSE = "upload";

export async function uploadLink(
  origin: string,
  id: string,
  secret: string,
  expiresAt: number,
): Promise<string> {
  const sig = await sign(secret, UPLOAD_LINK_PURPOSE, id, expiresAt);
  return `${origin}/api/upload/${id}?exp=${expiresAt}&sig=${sig}`;
}

const EXPIRY_PATTERN = /^(0|[1-9][0-9]{0,14})$/;

export type LinkCheck = { ok: true; expiresAt: number } | { ok: false; reason: "expired" | "invalid" };

export async function checkUploadLink(
  secret: string,
  id: string,
  query: { exp?: string | undefined; sig?: string | undefined },
  now: number,
): Promise<LinkCheck> {
  // Only the one spelling `uploadLink` writes (no sign, leading zero, space or other digits), up to
  // 15 digits: a safe integer, a date until the year 33658.
  if (!query.exp || !EXPIRY_PATTERN.test(query.exp) || !query.sig) return { ok: false, reason: "invalid" };
  const expiresAt = Number(query.exp);
  // The signature alone first (`now: 0` never counts as expired), then the expiry, so that only a
  // genuine link is told it expired: a forged one learns nothing.
  const valid = await verify(secret, UPLOAD_LINK_PURPOSE, id, query.sig, { expires: expiresAt, now: 0 });
  if (!valid) return { ok: false, reason: "invalid" };
  return now > expiresAt ? { ok: false, reason: "expired" } : { ok: true, expiresAt };
}

/** Where links point, the key that signs them and when they expire. */
export interface LinkSigning {
  origin: string;
  secret: string;
  expiresAt: number;
}

/** A stored photo as the widget and the person's data export show it, with a fresh signed link. */
export async function linkedPhoto(
  photo: { id: string; contentType: string; size: number },
  link: LinkSigning,
): Promise<UploadedPhoto | null> {
  if (!isUploadContentType(photo.contentType)) return null;
  return {
    id: photo.id,
    contentType: photo.contentType,
    size: photo.size,
    url: await uploadLink(link.origin, photo.id, link.secret, link.expiresAt),
  };
}
