/**
 * Why a model call gave nothing usable, in two families: the circuit breaker counts only the first.
 *
 * - Upstream failures say the model's service is unwell for everyone in the location: a timeout,
 *   a 429, a 5xx, a connection dropped or cut mid-answer (which can also surface as a response
 *   that ends inside its JSON or SSE framing: `malformed`). They open the breaker.
 * - Answer failures say this one request or answer was unusable while the service worked: a 4xx
 *   such as OpenAI's 400 for a corrupt photo, content that is not the JSON asked for, an empty
 *   answer (a refusal), a reply our output guard rejected. A user can cause every one of them, so
 *   they must never open the breaker for everyone in their location: for it, the call succeeded.
 *
 * Both fall back to the rules' answer, are logged (`openai_call_failed`) and counted as failed
 * calls in the metrics.
 */
export const UPSTREAM_FAILURES = [
  "timeout",
  "rate_limited",
  "server_error",
  "connection",
  "malformed",
] as const;
export const ANSWER_FAILURES = ["client_error", "off_schema", "empty", "rejected"] as const;

export type FailureKind = (typeof UPSTREAM_FAILURES)[number] | (typeof ANSWER_FAILURES)[number];

const UPSTREAM: ReadonlySet<FailureKind> = new Set(UPSTREAM_FAILURES);

/** Whether a call's outcome counts as a failure for the circuit breaker. */
export function failsUpstream(result: { ok: true } | { ok: false; failure: FailureKind }): boolean {
  return !result.ok && UPSTREAM.has(result.failure);
}
