import { AppError } from "../errors";
import { withDeadline } from "../lib/deadline";
import { logEvent } from "../observability/log";
import { MalformedStoredData } from "./malformed";

/**
 * Failures that are not the store being unavailable, so a retry cannot help: data this version did
 * not write, and SQL the database refused (a missing migration, a bad query). They stay 500s, which
 * the canary check counts against the version that caused them.
 */
const SQL_FAULT = /no such (table|column)|SQLITE_ERROR|syntax error|SQLITE_CONSTRAINT/i;
const isOurFault = (error: unknown) =>
  error instanceof MalformedStoredData || (error instanceof Error && SQL_FAULT.test(error.message));

/** Retry-After of a request refused because R2 or D1 failed or did not answer. */
const RETRY_AFTER_SECONDS = 5;

/**
 * A Worker route's R2 or D1 call: the request gets a 503 `service_unavailable` with Retry-After
 * (never a 500, never a hang) when the store fails or has not answered within `deadlineMs`
 * (STORAGE_DEADLINE_MS). The session objects handle their own store failures (the alarm retries);
 * this is for the calls a person or an admin waits on.
 *
 *   const ticket = await available("R2", loadTicket(env.BUCKET, id), config.STORAGE_DEADLINE_MS);
 */
export async function available<T>(
  store: "R2" | "D1" | "R2 and D1",
  work: Promise<T>,
  deadlineMs: number,
): Promise<T> {
  try {
    return await withDeadline(work, deadlineMs);
  } catch (error) {
    if (error instanceof AppError || isOurFault(error)) throw error;
    logEvent("error", "storage_unavailable", { store, message: String(error) });
    throw new AppError(
      503,
      "service_unavailable",
      `${store} storage is unavailable right now; try again shortly`,
      {
        "Retry-After": String(RETRY_AFTER_SECONDS),
      },
    );
  }
}
