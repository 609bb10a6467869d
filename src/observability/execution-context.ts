export type WaitUntil = { waitUntil(promise: Promise<unknown>): void };

/** Hono throws when there is no execution context (e.g. `app.request` in a script); then just wait. */
export function executionContext(c: { readonly executionCtx: WaitUntil }): WaitUntil | undefined {
  try {
    return c.executionCtx;
  } catch {
    return undefined;
  }
}
