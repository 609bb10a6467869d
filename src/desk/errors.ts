import type { Failure } from "./api";
import type { I18n, StringKey } from "./i18n";

/**
 * What to tell the person about a failed call, in their language. `overrides` name the words a
 * screen has for a status it expects (409 on a taken email, 401 on a wrong password); the request
 * id, when the server gave one, is appended so that a report can be matched to the logs.
 */
export function failureText(
  i18n: I18n,
  failure: Failure,
  overrides: Partial<Record<number, StringKey>> = {},
): string {
  if (failure.kind === "network") return i18n.t("network");
  if (failure.kind === "malformed") return i18n.t("malformed");
  const key = overrides[failure.status] ?? keyOf(failure.status, failure.code);
  const text = i18n.t(key, { minutes: Math.max(1, Math.ceil((failure.retryAfterSeconds ?? 60) / 60)) });
  return failure.requestId && failure.status >= 500
    ? `${text} ${i18n.t("errorRef", { id: failure.requestId })}`
    : text;
}

function keyOf(status: number, code: string): StringKey {
  if (code === "sign_in_throttled") return "throttled";
  if (code === "csrf_failed") return "csrf";
  if (status === 401) return "sessionEnded";
  if (status === 403) return "forbidden";
  if (status === 404) return "notFound";
  if (status === 409) return "conflict";
  if (status === 400 || status === 422) return "invalid";
  return "server";
}
