import { maskDeep } from "../lib/masking";
import { atLeast, type LogLevel } from "./levels";
import { currentLogBuffer } from "./log-context";
import { consoleLevel } from "./log-level";

/**
 * Random identifiers stay readable: the phone rule would otherwise turn about one UUID in ten into
 * `ff6408da-[phone]-…`, breaking correlation by request id, the stream's session filter and the
 * per-version view (`version` is env.VERSION.id, a UUID).
 * Only UUIDs (optionally after a letters-only prefix such as `t-`) and 32-hex ids are kept; any other
 * value of these fields is masked like the rest of the line.
 */
const RANDOM_ID =
  /^(?:[A-Za-z_]+-)?(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32})$/i;
const ID_FIELDS = new Set(["requestId", "sessionId", "version"]);
/** Written by logEvent itself from trusted values, never from input. */
const OWN_FIELDS = new Set(["level", "time"]);

function maskFields(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [
      key,
      OWN_FIELDS.has(key) || (ID_FIELDS.has(key) && typeof value === "string" && RANDOM_ID.test(value))
        ? value
        : maskDeep(value),
    ]),
  );
}

const text = (value: unknown): string | null => (typeof value === "string" ? value : null);

/**
 * One JSON line per event, personal data and tokens masked (URLs with `?token=` included),
 * so nothing that reaches `wrangler tail` or Workers Logs carries secrets.
 *
 * The console gets the line when `level` is at least this isolate's known minimum level.
 * Inside a request (see `requestLog()`), the line also joins the request's buffer, which is sent
 * to the LogStream object after the response and tagged with the request id; inside a Durable
 * Object's call (see object-log.ts), the call's buffer, sent when the call ends. Elsewhere (a
 * cron, work a request or call left running after its lines were sent) the console only.
 */
export function logEvent(level: LogLevel, event: string, fields: Record<string, unknown> = {}): void {
  const at = Date.now();
  const request = currentLogBuffer();
  const time = new Date(at).toISOString();
  const all: Record<string, unknown> = { level, time, event };
  if (request?.requestId !== undefined && fields.requestId === undefined) all.requestId = request.requestId;
  const masked = maskFields({ ...all, ...fields, level, time, event });
  const line = JSON.stringify(masked);
  if (atLeast(level, consoleLevel())) {
    if (level === "error") console.error(line);
    else if (level === "warn") console.warn(line);
    else console.log(line);
  }
  request?.buffer.add({
    at,
    level,
    event,
    route: text(masked.route),
    sessionId: text(masked.sessionId),
    line,
  });
}
