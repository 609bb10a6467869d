import type { Config } from "../../config";
import { keyDayStart as datedKeyDayStart, R2_PREFIXES as KEY_PREFIXES } from "../../lib/keys";

/**
 * The retention policy as pure functions: what is past its retention, given a key, its times and
 * `now`. No bindings here; src/retention/ does the listing and deleting (docs/retention.md).
 */

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/**
 * What one purge pass goes through, in this order: the D1 rows first (cheap, and a ticket leaves
 * the admin listing before its files go), then the R2 prefixes. `notificationRows` is the
 * notifications' delivery log, kept as long as the tickets it is about.
 */
export const PURGE_TARGETS = [
  "sessionRows",
  "ticketRows",
  "notificationRows",
  "uploads",
  "transcripts",
  "tickets",
] as const;
export type PurgeTarget = (typeof PURGE_TARGETS)[number];
export type R2Target = Extract<PurgeTarget, "uploads" | "transcripts" | "tickets">;
export type D1Target = Extract<PurgeTarget, "sessionRows" | "ticketRows" | "notificationRows">;

export const isR2Target = (target: PurgeTarget): target is R2Target =>
  target === "uploads" || target === "transcripts" || target === "tickets";

/** Epoch ms per target: anything created (or last active) at or before it is past its retention. */
export type Cutoffs = Record<PurgeTarget, number>;

export function retentionCutoffs(config: Config, now: number): Cutoffs {
  const transcripts = now - config.TRANSCRIPT_RETENTION_HOURS * HOUR_MS;
  const tickets = now - config.TICKET_RETENTION_DAYS * DAY_MS;
  return {
    sessionRows: transcripts,
    ticketRows: tickets,
    notificationRows: tickets,
    uploads: now - config.UPLOAD_RETENTION_DAYS * DAY_MS,
    transcripts,
    tickets,
  };
}

/** Log lines at or before this are deleted by the LogStream object's alarm. */
export const logCutoff = (config: Config, now: number): number => now - config.LOG_RETENTION_DAYS * DAY_MS;

/** Where each R2 target lives (src/lib/keys.ts). */
export const R2_PREFIXES: Record<R2Target, string> = KEY_PREFIXES;

/**
 * Start (epoch ms, UTC) of the day in a dated key of `target`; null when the key carries no real
 * date. Upload and ticket keys start with their UTC creation day, so they list oldest first;
 * transcripts are named after the session and have no date.
 */
export const keyDayStart = (target: R2Target, key: string): number | null =>
  key.startsWith(R2_PREFIXES[target]) ? datedKeyDayStart(key) : null;

/** What a listing gives about one object (a subset of R2Object). */
export interface ListedObject {
  key: string;
  uploaded: Date;
  customMetadata?: Record<string, string>;
}

/**
 * - `expired`: past its retention, delete it;
 * - `kept`: younger, keep it;
 * - `later`: younger, and so is every key after it in listing order (a dated key from a day that
 *   starts after the cutoff): the pass over this prefix can stop here.
 */
export type Verdict = "expired" | "kept" | "later";

/**
 * When an object was created. A ticket carries `createdAt` (ISO) in its custom metadata, which
 * stays put when the ticket is rewritten (an anonymised ticket keeps its age). An upload is written
 * once, so R2's own `uploaded` time is its upload time, and uploads can be listed without metadata
 * (R2 may return fewer keys per page when metadata is included; Miniflare returns 100 instead of
 * 1,000). A transcript is rewritten after every turn, so its `uploaded` time is the session's last
 * activity (to within the ~1 s mirror delay).
 */
export function objectTime(target: R2Target, object: ListedObject): number {
  if (target === "tickets") {
    const stated = Date.parse(object.customMetadata?.createdAt ?? "");
    if (Number.isFinite(stated)) return stated;
  }
  return object.uploaded.getTime();
}

/** Targets whose listing must include custom metadata (see objectTime). */
export const needsMetadata = (target: R2Target): boolean => target === "tickets";

/**
 * A dated key decides by its day alone when the whole day is on one side of the cutoff (every
 * object of a day entirely before it is expired; a day starting after it is `later`); only the
 * cutoff's own day looks at each object's time. An undated key is judged by its time.
 */
export function judge(target: R2Target, object: ListedObject, cutoff: number): Verdict {
  const day = keyDayStart(target, object.key);
  if (day !== null) {
    if (day + DAY_MS - 1 <= cutoff) return "expired";
    if (day > cutoff) return "later";
  }
  return objectTime(target, object) <= cutoff ? "expired" : "kept";
}

/** The plan for one listed page, in key order. */
export interface PagePlan {
  /** Objects decided (expired or kept) from the start of the page; the rest wait for a later run. */
  handled: number;
  /** Keys to delete, in key order, all among the first `handled` objects. */
  expired: string[];
  kept: number;
  /** A `later` key was reached: nothing after it in this prefix needs looking at. */
  reachedLater: boolean;
  /** The delete budget ran out before the page (or the prefix) was done. */
  budgetCut: boolean;
}

export function planPage(
  target: R2Target,
  objects: readonly ListedObject[],
  cutoff: number,
  deletesLeft: number,
): PagePlan {
  const expired: string[] = [];
  let kept = 0;
  for (let i = 0; i < objects.length; i++) {
    const object = objects[i] as ListedObject;
    const verdict = judge(target, object, cutoff);
    if (verdict === "later") return { handled: i, expired, kept, reachedLater: true, budgetCut: false };
    if (verdict === "kept") kept++;
    else if (expired.length < deletesLeft) expired.push(object.key);
    else return { handled: i, expired, kept, reachedLater: false, budgetCut: true };
  }
  return { handled: objects.length, expired, kept, reachedLater: false, budgetCut: false };
}
