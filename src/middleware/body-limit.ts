import { bodyLimit } from "hono/body-limit";
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
