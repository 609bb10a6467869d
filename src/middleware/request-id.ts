import { createMiddleware } from "hono/factory";

export type RequestIdVariables = { requestId: string };

export interface RequestIdOptions {
  /** Incoming header that may carry an id from a proxy (kept only if it looks safe). */
  header?: string;
}

const SAFE_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** Gives every request an id, echoed in `X-Request-Id` and in error bodies. */
export const requestId = (options: RequestIdOptions = {}) => {
  const header = options.header ?? "X-Request-Id";
  return createMiddleware<{ Variables: RequestIdVariables }>(async (c, next) => {
    const incoming = c.req.header(header) ?? c.req.header("Cf-Ray");
    const id = incoming && SAFE_ID.test(incoming) ? incoming : crypto.randomUUID();
    c.set("requestId", id);
    await next();
    c.header("X-Request-Id", id);
  });
};
