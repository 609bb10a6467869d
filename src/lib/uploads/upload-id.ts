import { UPLOAD_CONTENT_TYPES, type UploadContentType } from "../../protocol";
import { toBase64Url } from "../base64";
import { utcDayStart } from "../dates";
import { uploadKeyOf } from "../keys";

/**
 * Upload ids and R2 keys. An id is `YYYYMMDD-<22 base64url characters>`: the UTC upload date, then
 * 128 random bits. The key (src/lib/keys.ts), `uploads/YYYY-MM-DD/<id>`, starts with the date so a purge can list
 * uploads by age, and the id alone is enough to find it.
 */

export const UPLOAD_ID_PATTERN = /^(\d{4})(\d{2})(\d{2})-[A-Za-z0-9_-]{22}$/;

/** A fresh upload's id and R2 key, dated `now` (UTC). */
export function newUpload(now: Date, randomBytes = defaultRandom): { id: string; key: string } {
  const day = now.toISOString().slice(0, 10);
  const id = `${day.replaceAll("-", "")}-${toBase64Url(randomBytes(16))}`;
  return { id, key: uploadKeyOf(day, id) };
}

/** The R2 key of an upload id; null for anything that is not one (or names no real date). */
export function uploadKey(id: string): string | null {
  const match = UPLOAD_ID_PATTERN.exec(id);
  if (!match) return null;
  const day = `${match[1]}-${match[2]}-${match[3]}`;
  return utcDayStart(day) === null ? null : uploadKeyOf(day, id);
}

const EXTENSIONS: Record<UploadContentType, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "image/heic": "heic",
  "image/heif": "heif",
};

export const isUploadContentType = (value: unknown): value is UploadContentType =>
  (UPLOAD_CONTENT_TYPES as readonly unknown[]).includes(value);

export const extensionOf = (type: UploadContentType) => EXTENSIONS[type];

/** R2 custom metadata of an upload (strings only, as R2 stores them). */
export interface UploadMetadata {
  sessionId: string;
  createdAt: string;
  size: string;
  sha256: string;
  detectedType: UploadContentType;
}

export async function sha256Hex(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

function defaultRandom(n: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(n));
}
