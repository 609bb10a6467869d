import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { routePath } from "hono/route";
import { settings } from "../config";
import type { RequestIdVariables } from "../middleware/request-id";
import { sessionIdSchema } from "../schemas";
import { executionContext } from "./execution-context";
import type { LogLevel } from "./levels";
import { logEvent } from "./log";
import { LogBuffer } from "./log-buffer";
import type { LogContextVariables } from "./log-context";
import { setFallbackLevel } from "./log-level";
import { LOG_STREAM_OBJECT_NAME, sendLines } from "./log-shipper";

export type RequestLogVariables = LogContextVariables;

export interface RequestLogOptions {
  /** Name of the one LogStream object. Default "global". */
  objectName?: string;
}

type LogEnv = { Bindings: Env; Variables: RequestIdVariables & RequestLogVariables };

/**
 * One JSON line per request (`event: "request"`), after the response is ready: request id, route
 * pattern, method, status, latency, worker version and the session id when the route has one.
 * Lines that code logs with `logEvent` while serving the request are buffered with it, and the
 * whole batch goes to the LogStream object in one call through `waitUntil`, so the response never
 * waits on the object. Must run after `requestId()`, inside Hono's `contextStorage()` (registered
 * once in src/index.ts), through which `logEvent` finds this request's buffer.
 */
export const requestLog = (options: RequestLogOptions = {}) => {
  const objectName = options.objectName ?? LOG_STREAM_OBJECT_NAME;
  return createMiddleware<LogEnv>(async (c, next) => {
    // Off only to measure what logging costs (bench/observability-overhead.mjs).
    if (!loggingEnabled(c.env)) return next();
    const started = Date.now();
    const buffer = new LogBuffer();
    c.set("logBuffer", buffer);
    const configured = configuredLevel(c.env);
    if (configured) setFallbackLevel(configured);
    // Errors thrown downstream are already turned into a response by onError/notFound here.
    await next();
    logEvent(levelFor(c.res.status), "request", {
      requestId: c.get("requestId"),
      route: routeOf(c),
      method: c.req.method,
      status: c.res.status,
      latency_ms: Date.now() - started,
      version: c.env.VERSION.id || "unknown",
      sessionId: await sessionIdOf(c),
    });
    const send = sendLines(buffer, () => c.env.LOG_STREAM.getByName(objectName));
    if (!send) return; // queued for the request that is already sending
    const ctx = executionContext(c);
    if (ctx) ctx.waitUntil(send);
    else await send;
  });
};

const levelFor = (status: number): LogLevel => (status >= 500 ? "error" : status >= 400 ? "warn" : "info");

/**
 * A bad config is reported by the app's own check (a 503 naming the variable), which runs later:
 * that 503 must still be logged and counted, so a bad config means logging on.
 */
function loggingEnabled(env: Env): boolean {
  try {
    return settings(env).config.REQUEST_LOG_ENABLED;
  } catch {
    return true;
  }
}

/** A bad config is reported by the app's own check; logging then keeps its current level. */
function configuredLevel(env: Env): LogLevel | undefined {
  try {
    return settings(env).config.LOG_LEVEL;
  } catch {
    return undefined;
  }
}

/** The matched route pattern (`/api/transcript/:sessionId`), or the path when only middleware matched. */
function routeOf(c: Context): string {
  const pattern = routePath(c, -1);
  // The path has no query string; logEvent masks personal data in it (`/api/x/ana@mail.com`).
  return pattern && !pattern.includes("*") ? pattern : c.req.path;
}

/**
 * From the route's `:sessionId` param, else from the JSON body if the route already read it:
 * Hono caches a body it has read, so this parses the cached copy and never reads the request
 * body itself (a body nobody read stays unread). Only well-formed ids are kept.
 */
async function sessionIdOf(c: Context): Promise<string | undefined> {
  let candidate: unknown = c.req.param("sessionId");
  const bodyWasRead = Object.keys(c.req.bodyCache).length > 0;
  if (candidate === undefined && bodyWasRead && /json/i.test(c.req.header("Content-Type") ?? "")) {
    const body: unknown = await c.req.json().catch(() => undefined);
    if (body && typeof body === "object" && "sessionId" in body) candidate = body.sessionId;
  }
  if (candidate === undefined) return undefined; // most routes: no zod failure to build
  const valid = sessionIdSchema.safeParse(candidate);
  return valid.success ? valid.data : undefined;
}
