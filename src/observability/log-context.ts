import { tryGetContext } from "hono/context-storage";
import type { LogBuffer } from "./log-buffer";

/** Variables `requestLog()` sets on the request's context. */
export type LogContextVariables = { logBuffer: LogBuffer };

type Found = { buffer: LogBuffer; requestId: string | undefined };

/**
 * The buffer of the request being served, found through Hono's context storage
 * (AsyncLocalStorage), so `logEvent` needs no context argument. Undefined outside a request,
 * and in code that runs in another object or isolate (a Durable Object's RPC method is not
 * inside the calling request's async context).
 */
export function currentRequestLog(): Found | undefined {
  const c = tryGetContext<{ Variables: Partial<LogContextVariables & { requestId: string }> }>();
  const buffer = c?.var.logBuffer;
  return buffer ? { buffer, requestId: c?.var.requestId } : undefined;
}
