import OpenAI from "openai";
import type { FailureKind } from "../lib/smart/failures";
import type { ModelMessage } from "../lib/smart/prompt";

export type { FailureKind } from "../lib/smart/failures";

/**
 * Calls to the model through the official `openai` package, with the limits smart mode needs:
 * a first-token timeout and a total timeout per call, and at most one retry, only where it is
 * safe (nothing was shown to the user yet, and the failure is one a retry can fix: a 5xx, a
 * dropped connection, or a 429 whose Retry-After fits in the time left). Never throws: a
 * failure comes back as a value, so the caller can answer with the rules.
 */

export interface ModelSettings {
  apiKey: string;
  baseURL?: string;
  model: string;
  firstTokenTimeoutMs: number;
  totalTimeoutMs: number;
  maxTokens: number;
}

export type ModelResult<T> =
  | { ok: true; value: T; attempts: number }
  | { ok: false; failure: FailureKind; detail: string; attempts: number; partial: boolean };

/** A 429 is retried only if its Retry-After is at most this long. */
export const MAX_RETRY_WAIT_MS = 2_000;

type Failure = Extract<ModelResult<never>, { ok: false }>;
type Attempt<T> = ModelResult<T> & { retryAfterMs?: number };

const client = (s: ModelSettings) =>
  new OpenAI({ apiKey: s.apiKey, baseURL: s.baseURL, maxRetries: 0, timeout: s.totalTimeoutMs });

/** A streamed answer; `onDelta` receives each piece of text as it arrives. */
export function streamAnswer(
  settings: ModelSettings,
  messages: ModelMessage[],
  onDelta: (text: string) => void,
): Promise<ModelResult<string>> {
  return withOneRetry(settings, (deadline) =>
    attempt(settings, deadline, async (signal, firstToken) => {
      const stream = await client(settings).chat.completions.create(
        { model: settings.model, messages, stream: true, max_completion_tokens: settings.maxTokens },
        { signal },
      );
      let text = "";
      for await (const chunk of stream) {
        const delta = chunk.choices[0]?.delta?.content;
        if (!delta) continue;
        firstToken();
        text += delta;
        onDelta(delta);
      }
      return text;
    }),
  );
}

/** A complete (non-streamed) answer whose JSON content must pass `schema`. */
export function structuredAnswer<T>(
  settings: ModelSettings,
  messages: ModelMessage[],
  jsonSchema: { name: string; schema: Record<string, unknown> },
  parse: (value: unknown) => T | null,
): Promise<ModelResult<T>> {
  return withOneRetry(settings, async (deadline) => {
    const result = await attempt(settings, deadline, async (signal) => {
      const completion = await client(settings).chat.completions.create(
        {
          model: settings.model,
          messages,
          max_completion_tokens: 100,
          response_format: { type: "json_schema", json_schema: { ...jsonSchema, strict: true } },
        },
        { signal },
      );
      return completion.choices[0]?.message?.content ?? "";
    });
    if (!result.ok) return result;
    let value: unknown;
    try {
      value = JSON.parse(result.value);
    } catch {
      // The service answered; its content is not what was asked for (not an upstream failure).
      return fail("off_schema", "the answer is not JSON", result.attempts, false);
    }
    const parsed = parse(value);
    return parsed === null
      ? fail("off_schema", "the answer does not match the schema", result.attempts, false)
      : { ok: true, value: parsed, attempts: result.attempts };
  });
}

/** A complete plain-text answer (used for photos). */
export function textAnswer(settings: ModelSettings, messages: ModelMessage[]): Promise<ModelResult<string>> {
  return withOneRetry(settings, (deadline) =>
    attempt(settings, deadline, async (signal) => {
      const completion = await client(settings).chat.completions.create(
        { model: settings.model, messages, max_completion_tokens: 200 },
        { signal },
      );
      return completion.choices[0]?.message?.content ?? "";
    }),
  );
}

async function withOneRetry<T>(
  settings: ModelSettings,
  run: (deadline: number) => Promise<Attempt<T>>,
): Promise<ModelResult<T>> {
  const deadline = Date.now() + settings.totalTimeoutMs;
  const first = await run(deadline);
  if (first.ok || !retryable(first, deadline)) return strip(first);
  if (first.retryAfterMs) await new Promise((resolve) => setTimeout(resolve, first.retryAfterMs));
  const second = await run(deadline);
  return { ...strip(second), attempts: 2 };
}

function retryable(failure: Failure & { retryAfterMs?: number }, deadline: number): boolean {
  if (failure.partial) return false; // the user already saw part of this answer
  const left = deadline - Date.now();
  if (failure.failure === "rate_limited") {
    const wait = failure.retryAfterMs ?? 0;
    return wait <= MAX_RETRY_WAIT_MS && wait < left;
  }
  return (failure.failure === "server_error" || failure.failure === "connection") && left > 0;
}

function strip<T>(result: Attempt<T>): ModelResult<T> {
  if (result.ok) return { ok: true, value: result.value, attempts: result.attempts };
  return fail(result.failure, result.detail, result.attempts, result.partial);
}

const fail = (failure: FailureKind, detail: string, attempts: number, partial: boolean): Failure => ({
  ok: false,
  failure,
  detail,
  attempts,
  partial,
});

/**
 * One call under both timeouts. `call` gets the abort signal and a function to call when the
 * first token arrives (for streams; a complete answer stops the first-token timer when it returns).
 */
async function attempt<T extends string>(
  settings: ModelSettings,
  deadline: number,
  call: (signal: AbortSignal, firstToken: () => void) => Promise<T>,
): Promise<Attempt<T>> {
  const controller = new AbortController();
  let timedOut: "first token" | "total" | null = null;
  let partial = false;
  const abort = (which: "first token" | "total") => () => {
    timedOut = which;
    controller.abort();
  };
  let firstTimer: ReturnType<typeof setTimeout> | undefined = setTimeout(
    abort("first token"),
    settings.firstTokenTimeoutMs,
  );
  const totalTimer = setTimeout(abort("total"), Math.max(0, deadline - Date.now()));
  const firstToken = () => {
    partial = true;
    if (firstTimer !== undefined) clearTimeout(firstTimer);
    firstTimer = undefined;
  };
  try {
    const text = await call(controller.signal, firstToken);
    if (!text.trim()) return fail("empty", "the model answered nothing", 1, partial);
    return { ok: true, value: text, attempts: 1 };
  } catch (error) {
    if (timedOut) return fail("timeout", `no ${timedOut} within the limit`, 1, partial);
    return { ...describe(error), attempts: 1, partial };
  } finally {
    clearTimeout(firstTimer);
    clearTimeout(totalTimer);
  }
}

function describe(error: unknown): {
  ok: false;
  failure: FailureKind;
  detail: string;
  retryAfterMs?: number;
} {
  if (error instanceof OpenAI.APIConnectionError) {
    return { ok: false, failure: "connection", detail: error.message };
  }
  if (error instanceof OpenAI.APIError && typeof error.status === "number") {
    const detail = `HTTP ${error.status}`;
    if (error.status === 429) {
      const retryAfterMs = retryAfter(error.headers);
      return {
        ok: false,
        failure: "rate_limited",
        detail,
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      };
    }
    return { ok: false, failure: error.status >= 500 ? "server_error" : "client_error", detail };
  }
  if (
    error instanceof SyntaxError ||
    (error instanceof OpenAI.OpenAIError && /JSON|parse/i.test(error.message))
  ) {
    return { ok: false, failure: "malformed", detail: String(error.message).slice(0, 200) };
  }
  // A stream cut mid-way surfaces as a plain TypeError/Error from the body reader.
  return { ok: false, failure: "connection", detail: String(error).slice(0, 200) };
}

function retryAfter(headers: Headers | undefined): number | undefined {
  const value = headers?.get("retry-after-ms") ?? null;
  if (value !== null && Number.isFinite(Number(value))) return Number(value);
  const seconds = headers?.get("retry-after");
  if (seconds && Number.isFinite(Number(seconds))) return Number(seconds) * 1000;
  return undefined;
}
