import type { Config } from "../../src/config";
import { toBase64 } from "../../src/lib/base64";
import type { SessionState } from "../../src/lib/flow/state";
import type { BreakerSettings } from "../../src/lib/smart/breaker";
import { failsUpstream } from "../../src/lib/smart/failures";
import {
  type AnswerInput,
  acceptReply,
  answerMessages,
  CLASSIFICATION_JSON_SCHEMA,
  type Classification,
  classificationMessages,
  classificationSchema,
  GUARD_MARKER,
  leaksInstructions,
  photoMessages,
} from "../../src/lib/smart/prompt";
import type { ClientLimiter, ClientVerdict } from "../../src/limits/client-limiter";
import { logEvent } from "../../src/observability/log";
import type { CircuitState } from "../../src/observability/metrics/recorder";
import type { BreakerClient } from "../../src/smart/breaker-client";
import {
  type ModelResult,
  type ModelSettings,
  streamAnswer,
  structuredAnswer,
  textAnswer,
} from "../../src/smart/model";
import { loadUpload } from "../../src/storage/uploads";
import type { PhotoAttachment } from "./contract";

/** Where a streamed reply goes while it is generated (the SSE response, or nowhere). */
export interface ReplySink {
  delta(text: string): void;
  /** Forget the deltas sent so far: the final reply is different (a fallback to the rules). */
  reset(): void;
}

export const NO_SINK: ReplySink = { delta: () => {}, reset: () => {} };

/**
 * Text held back while streaming: enough that the instructions' marker can never be shown in
 * part before the leak check sees all of it, small enough not to delay the first words. A longer
 * verbatim run of the instructions may show for a moment before the client gets `reset`.
 */
const HOLD_BACK_CHARS = GUARD_MARKER.length - 1;

/** Photos larger than this are kept for the technician but not sent to the model. */
export const MAX_VISION_BYTES = 4 * 1024 * 1024;

type CallKind = "classify" | "answer" | "photo";

/**
 * Smart mode inside a session's Durable Object: every model call goes through the location's
 * circuit breaker, is counted in the metrics and logged when it fails. Each method answers null
 * when the model cannot be used (breaker open, timeout, error, invalid answer): the caller then
 * keeps the rule-based answer, in the same turn.
 */
/** What a session's smart assistant needs, built once by the object from its settings and bindings. */
export interface SmartDependencies {
  /** Null without an OpenAI key: every call answers null at once. */
  model: ModelSettings | null;
  shopName: string;
  /** The location's circuit breaker (one per Cloudflare location). */
  breaker: (location: string) => BreakerClient;
  /** Where uploaded photos are read from for vision. */
  bucket: R2Bucket;
  /** The per-client limit on turns that call the model (Cloudflare's Rate Limiting binding; fails open). */
  smartTurns: Pick<ClientLimiter, "check">;
  /** Counts one model call in the metrics (success, failure, breaker state). */
  recordCall: (call: { ok: boolean; circuitState: CircuitState }) => void;
}

export class SmartAssistant {
  private readonly breaker: BreakerClient;
  /** One assistant serves one turn: its client is counted once, at its first model call. */
  private clientVerdict: Promise<ClientVerdict> | undefined;

  constructor(
    private readonly deps: SmartDependencies,
    location: string,
    private readonly sessionId: string,
    private readonly client?: string,
  ) {
    this.breaker = deps.breaker(location);
  }

  /** Device and problem ids for a message the rules were unsure about. */
  classify(text: string, known: Classification): Promise<Classification | null> {
    return this.call("classify", (model) =>
      structuredAnswer(
        model,
        classificationMessages(text, known),
        { name: "classification", schema: CLASSIFICATION_JSON_SCHEMA as unknown as Record<string, unknown> },
        (value) => {
          const parsed = classificationSchema.safeParse(value);
          return parsed.success ? parsed.data : null;
        },
      ),
    );
  }

  /** A grounded reply, streamed into `sink`; null (after `sink.reset()` if needed) to keep the rules' reply. */
  async answer(input: AnswerInput, sink: ReplySink): Promise<string | null> {
    const shop = this.deps.shopName;
    let text = "";
    let sent = 0;
    let leaked = false;
    const reply = await this.call("answer", async (model) => {
      const result = await streamAnswer(model, answerMessages(input), (delta) => {
        text += delta;
        leaked ||= leaksInstructions(text, shop);
        if (leaked) return;
        const safe = text.length - HOLD_BACK_CHARS;
        if (safe > sent) {
          sink.delta(text.slice(sent, safe));
          sent = safe;
        }
      });
      if (!result.ok) return result;
      const accepted = acceptReply(result.value, shop);
      return accepted === null
        ? {
            ok: false,
            failure: "rejected",
            detail: "reply rejected by the output guard",
            attempts: result.attempts,
            partial: true,
          }
        : { ...result, value: accepted };
    });
    const shown = text.slice(0, sent);
    if (reply === null) {
      if (sent > 0) sink.reset();
      return null;
    }
    if (reply.startsWith(shown)) sink.delta(reply.slice(shown.length));
    else {
      sink.reset();
      sink.delta(reply);
    }
    return reply;
  }

  /** Reads a stored photo from R2 and describes it; null when it is too large, missing, or the model is not available. */
  async describeStoredPhoto(
    state: SessionState,
    photo: Omit<PhotoAttachment, "findings">,
  ): Promise<string | null> {
    if (!this.deps.model || photo.size > MAX_VISION_BYTES) return null;
    const object = await loadUpload(this.deps.bucket, photo.key);
    if (!object) return null;
    const bytes = new Uint8Array(await object.arrayBuffer());
    return this.describePhoto(state, `data:${photo.contentType};base64,${toBase64(bytes)}`);
  }

  /** What a photo shows, in the session's language; null when the model is not available. */
  describePhoto(state: SessionState, imageDataUrl: string): Promise<string | null> {
    return this.call("photo", async (model) => {
      const result = await textAnswer(model, photoMessages(state, imageDataUrl));
      if (!result.ok) return result;
      const accepted = acceptReply(result.value, this.deps.shopName);
      return accepted === null
        ? {
            ok: false,
            failure: "rejected",
            detail: "description rejected by the output guard",
            attempts: result.attempts,
            partial: false,
          }
        : { ...result, value: accepted };
    });
  }

  private async call<T>(
    kind: CallKind,
    run: (model: ModelSettings) => Promise<ModelResult<T>>,
  ): Promise<T | null> {
    const model = this.deps.model;
    if (!model) return null;
    // Before the breaker, so that a probe it grants is always used and reported.
    this.clientVerdict ??= this.deps.smartTurns.check(this.client);
    if (!(await this.clientVerdict).ok) {
      logEvent("info", "openai_skipped", { kind, sessionId: this.sessionId, reason: "client_rate_limited" });
      return null;
    }
    const admission = await this.breaker.admit();
    if (admission.decision === "reject") {
      logEvent("info", "openai_skipped", {
        kind,
        sessionId: this.sessionId,
        reason: "circuit",
        circuitState: admission.state,
      });
      return null;
    }
    const result = await run(model);
    const probe = admission.decision === "probe";
    // Only the service's own failures count: a corrupt photo (400) or a reply the guard refused
    // says nothing about the service, and one user must not open the circuit for a whole location.
    const upstream = failsUpstream(result);
    const circuitState = await this.breaker.report({ ok: !upstream, probe });
    // The metrics count the service's failures the same way: the canary reads them to judge OpenAI.
    this.deps.recordCall({ ok: !upstream, circuitState });
    if (result.ok) return result.value;
    logEvent("warn", "openai_call_failed", {
      kind,
      sessionId: this.sessionId,
      failure: result.failure,
      upstream,
      detail: result.detail,
      attempts: result.attempts,
      circuitState,
    });
    return null;
  }
}

/** The model settings from the config, or null without an OpenAI key. */
export function modelSettings(config: Config, apiKey: string | null): ModelSettings | null {
  if (!apiKey) return null;
  return {
    apiKey,
    ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}),
    model: config.OPENAI_MODEL,
    firstTokenTimeoutMs: config.OPENAI_FIRST_TOKEN_TIMEOUT_MS,
    totalTimeoutMs: config.OPENAI_TOTAL_TIMEOUT_MS,
    maxTokens: config.OPENAI_MAX_REPLY_TOKENS,
  };
}

export function breakerSettings(config: Config): BreakerSettings {
  return {
    failureThreshold: config.OPENAI_BREAKER_FAILURES,
    failureRateThreshold: config.OPENAI_BREAKER_FAILURE_RATE,
    minCallsForRate: config.OPENAI_BREAKER_MIN_CALLS,
    windowMs: config.OPENAI_BREAKER_WINDOW_SECONDS * 1000,
    cooldownMs: config.OPENAI_BREAKER_COOLDOWN_SECONDS * 1000,
    probeTimeoutMs: 2 * config.OPENAI_TOTAL_TIMEOUT_MS,
  };
}
