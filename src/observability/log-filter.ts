import { z } from "zod";
import { sessionIdSchema } from "../schemas";
import { atLeast, LOG_LEVELS, type LogLevel } from "./levels";

/** Which lines a reader wants; the same meaning in storage (SQL) and on the live stream. */
export interface LogFilter {
  /** Minimum level. */
  level?: LogLevel;
  /** Exact session id, as it appears in the line. */
  sessionId?: string;
  /** Case-sensitive substring of the JSON line. */
  q?: string;
}

export const MAX_QUERY_CHARS = 200;
/** Most lines one `tail` call (and `?mode=once`) returns. */
export const MAX_TAIL_LIMIT = 1_000;
export const STREAM_MIN_MS = 1_000;
export const STREAM_MAX_MS = 5 * 60_000;

const eventId = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** Query of the stream, shared by `GET /api/logs` and the object's `stream()`. */
export const streamQuerySchema = z.object({
  level: z.enum(LOG_LEVELS).optional(),
  sessionId: sessionIdSchema.optional(),
  q: z.string().min(1).max(MAX_QUERY_CHARS).optional(),
  /** Replay lines with a larger id first (Last-Event-ID wins when both are given). */
  since: eventId.optional(),
  /** Stream lifetime, clamped to 1 s..5 min (short values are for tests). */
  maxMs: z.coerce.number().int().optional(),
});

export type StreamQuery = z.infer<typeof streamQuerySchema>;

export function matchesFilter(
  record: { level: LogLevel; sessionId: string | null; line: string },
  filter: LogFilter,
): boolean {
  if (filter.level && !atLeast(record.level, filter.level)) return false;
  if (filter.sessionId !== undefined && record.sessionId !== filter.sessionId) return false;
  if (filter.q !== undefined && !record.line.includes(filter.q)) return false;
  return true;
}

export const clampStreamMs = (ms: number | undefined): number =>
  Math.min(STREAM_MAX_MS, Math.max(STREAM_MIN_MS, ms ?? STREAM_MAX_MS));

/** A Last-Event-ID header is only trusted if it is one of our ids; anything else is ignored. */
export function lastEventIdOf(header: string | null | undefined): number | undefined {
  const value = header?.trim() ?? "";
  return /^\d{1,15}$/.test(value) ? Number(value) : undefined;
}

export interface StreamRequest {
  filter: LogFilter;
  /** Replay the lines after this id first; undefined: live lines only. */
  after: number | undefined;
  lifetimeMs: number;
}

/**
 * What the object's `stream()` needs from the route's query and the client's Last-Event-ID (which
 * wins over `since`). Checked again in the object: a caller may be another version of the Worker.
 */
export function parseStreamRequest(query: StreamQuery, lastEventId?: number): StreamRequest {
  const parsed = streamQuerySchema.safeParse(query);
  if (!parsed.success) throw new TypeError(parsed.error.issues[0]?.message ?? "invalid stream query");
  const { level, sessionId, q, since, maxMs } = parsed.data;
  const resumeAt = lastEventId === undefined ? undefined : eventId.safeParse(lastEventId).data;
  return {
    filter: { level, sessionId, q },
    after: resumeAt ?? since,
    lifetimeMs: clampStreamMs(maxMs),
  };
}
