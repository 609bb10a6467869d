import { bodyLimit } from "hono/body-limit";
import { createMiddleware } from "hono/factory";
import { AppError } from "../errors";

export const MAX_JSON_BODY_BYTES = 16 * 1024;

/** Rejects bodies over `maxBytes` with the project's 413 error, before anything reads them. */
export const jsonBodyLimit = (maxBytes = MAX_JSON_BODY_BYTES) =>
  bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new AppError(413, "payload_too_large", `Request body is larger than ${maxBytes} bytes`);
    },
  });

/** Whether the request says it carries a body (a length other than 0, or chunked). */
export function declaresBody(header: (name: string) => string | undefined): boolean {
  const length = header("Content-Length");
  return (length !== undefined && length !== "0") || header("Transfer-Encoding") !== undefined;
}

/**
 * For POST routes that take no body: reads and drops whatever body was sent (at most `maxBytes`,
 * else 413) before the route answers, so a client still sending one gets the answer, not a
 * connection reset by a reply that came before its body was read.
 */
export const ignoredBody = (maxBytes = MAX_JSON_BODY_BYTES) =>
  createMiddleware(async (c, next) => {
    const length = c.req.header("Content-Length");
    const hasBody =
      (length !== undefined && length !== "0") || c.req.header("Transfer-Encoding") !== undefined;
    if (hasBody && c.req.raw.body) {
      const reader = c.req.raw.body.getReader();
      let read = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        read += value.byteLength;
        if (read > maxBytes) {
          // Not cancelled: the runtime drains the rest after the answer (a cancel resets the connection).
          reader.releaseLock();
          throw new AppError(
            413,
            "payload_too_large",
            `This route takes no body (got over ${maxBytes} bytes)`,
          );
        }
      }
    }
    await next();
  });
