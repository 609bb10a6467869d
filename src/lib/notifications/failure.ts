/**
 * What the delivery log and the log lines say about a failed attempt: short, and never a secret or
 * a URL (a Slack, Discord or Telegram URL is itself a credential). Pure.
 */

export const MAX_ERROR_CHARS = 200;

/** Any URL, whole: scheme, host, path and query. */
const URL_PATTERN = /\b[a-z][a-z0-9+.-]*:\/\/\S+/gi;

/**
 * `text` with every URL and every one of `secrets` (four characters or more) replaced, cut to
 * MAX_ERROR_CHARS. Secrets go first, so a secret that is part of a URL cannot survive either way.
 */
export function redact(text: string, secrets: readonly string[]): string {
  let safe = text;
  for (const secret of secrets) {
    if (secret.length >= 4) safe = safe.replaceAll(secret, "[secret]");
  }
  safe = safe.replace(URL_PATTERN, "[url]").replace(/\s+/g, " ").trim();
  return Array.from(safe).length > MAX_ERROR_CHARS
    ? `${Array.from(safe)
        .slice(0, MAX_ERROR_CHARS - 1)
        .join("")}…`
    : safe;
}

/** A failed attempt, as the channels report it. */
export class DeliveryFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DeliveryFailure";
  }
}

/** The receiver answered, but not with a 2xx. */
export const httpFailure = (status: number): DeliveryFailure => new DeliveryFailure(`HTTP ${status}`);

/** Why an attempt failed, for the log: a DeliveryFailure's own words, or the error's name and message. */
export function describeFailure(error: unknown, secrets: readonly string[]): string {
  if (error instanceof DeliveryFailure) return redact(error.message, secrets);
  if (error instanceof Error) return redact(`${error.name}: ${error.message}`, secrets);
  return redact(String(error), secrets);
}
