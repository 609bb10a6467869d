import { AsyncLocalStorage } from "node:async_hooks";
import { tryGetContext } from "hono/context-storage";
import type { LogBuffer } from "./log-buffer";

/** Variables `requestLog()` sets on the request's context. */
export type LogContextVariables = { logBuffer: LogBuffer };

type Found = { buffer: LogBuffer; requestId: string | undefined };

/**
 * The buffer of one call into a Durable Object (see object-log.ts). A Durable Object's RPC method
 * or alarm is not inside the calling request's async context, so it gets a scope of its own.
 */
const objectCall = new AsyncLocalStorage<LogBuffer>();

/** Runs `work` (and everything it awaits) with `buffer` as the place its log lines go. */
export function inObjectCall<T>(buffer: LogBuffer, work: () => T): T {
  return objectCall.run(buffer, work);
}

/**
 * Where `logEvent` buffers a line besides the console, so it needs no context argument: the
 * Durable Object call being run (`inObjectCall`), else the request being served, found through
 * Hono's context storage (AsyncLocalStorage). Undefined elsewhere (a cron, a script).
 */
export function currentLogBuffer(): Found | undefined {
  const call = objectCall.getStore();
  if (call) return { buffer: call, requestId: undefined };
  const c = tryGetContext<{ Variables: Partial<LogContextVariables & { requestId: string }> }>();
  const buffer = c?.var.logBuffer;
  return buffer ? { buffer, requestId: c?.var.requestId } : undefined;
}
