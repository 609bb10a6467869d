import { utcDayStart } from "./dates";

/**
 * The tickets bucket's layout: every R2 key the app reads or writes is built here.
 * - `uploads/YYYY-MM-DD/<upload id>`: a photo, under the UTC day it was uploaded;
 * - `transcripts/<session id>.json`: a session's masked conversation (the mirror);
 * - `tickets/<ticket id>.json` and `.txt`: a ticket, its id starting with its UTC creation day.
 * Dated keys list oldest first, which the retention purge relies on.
 */

export const UPLOADS_PREFIX = "uploads/";
export const TRANSCRIPTS_PREFIX = "transcripts/";
export const TICKETS_PREFIX = "tickets/";

/** The health check's read: an object that is never written, so the probe costs one cheap miss. */
export const HEALTH_PROBE_KEY = "health/probe";

export const R2_PREFIXES = {
  uploads: UPLOADS_PREFIX,
  transcripts: TRANSCRIPTS_PREFIX,
  tickets: TICKETS_PREFIX,
} as const;

/** An upload's key; `day` is the `YYYY-MM-DD` its id starts with (see src/lib/uploads/upload-id.ts). */
export const uploadKeyOf = (day: string, uploadId: string): string => `${UPLOADS_PREFIX}${day}/${uploadId}`;

/** Whether a key names a photo (and so nothing else in the bucket). */
export const isUploadKey = (key: string): boolean => key.startsWith(UPLOADS_PREFIX);

export const transcriptKey = (sessionId: string): string => `${TRANSCRIPTS_PREFIX}${sessionId}.json`;

export const ticketKeys = (ticketId: string): { json: string; txt: string } => ({
  json: `${TICKETS_PREFIX}${ticketId}.json`,
  txt: `${TICKETS_PREFIX}${ticketId}.txt`,
});

/** The day part of a dated key: an upload's folder, a ticket id's `STI-YYYYMMDD-`. */
const KEY_DAY = [
  new RegExp(`^${UPLOADS_PREFIX}(\\d{4}-\\d{2}-\\d{2})/`),
  new RegExp(`^${TICKETS_PREFIX}STI-(\\d{8})-`),
];

/** Start (epoch ms, UTC) of the day a dated key carries; null for an undated key or no real date. */
export function keyDayStart(key: string): number | null {
  for (const pattern of KEY_DAY) {
    const day = pattern.exec(key)?.[1];
    if (day !== undefined) return utcDayStart(day);
  }
  return null;
}
