import { CLIENT_LIMITS, type ClientLimitName } from "../lib/client-limits";
import { logEvent } from "../observability/log";

/**
 * One per-client limit over its Rate Limiting binding. A limit must never take the chat down:
 * when the binding throws, is missing (a Worker configured without it) or does not answer within
 * LIMITER_TIMEOUT_MS, the action is allowed and the failure logged (`client_limit_unavailable`).
 */

export type ClientVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

/** The part of the binding used here (`limit({ key })`, answering `{ success }`). */
export type RateLimiter = Pick<RateLimit, "limit">;

/** The binding is local to the location; longer than this and the action goes on without it. */
export const LIMITER_TIMEOUT_MS = 500;

const ALLOWED: ClientVerdict = { ok: true };

export class ClientLimiter {
  constructor(
    readonly name: ClientLimitName,
    private readonly binding: RateLimiter | undefined,
    private readonly timeoutMs = LIMITER_TIMEOUT_MS,
  ) {}

  /** Counts one action of the client `key` (null: not counted, see clientKey) and says whether it may go on. */
  async check(key: string | null | undefined): Promise<ClientVerdict> {
    if (!key) return ALLOWED;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      if (!this.binding) throw new Error("binding not configured");
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${this.timeoutMs} ms`)), this.timeoutMs);
      });
      const { success } = await Promise.race([this.binding.limit({ key }), timeout]);
      if (success) return ALLOWED;
      // The binding does not say when its window ends: its period is the longest wait.
      return { ok: false, retryAfterSeconds: CLIENT_LIMITS[this.name].periodSeconds };
    } catch (error) {
      logEvent("warn", "client_limit_unavailable", {
        limit: this.name,
        binding: CLIENT_LIMITS[this.name].binding,
        message: String(error).slice(0, 200),
      });
      return ALLOWED;
    } finally {
      if (timer !== undefined) clearTimeout(timer);
    }
  }
}

/** Every per-client limit over the Worker's bindings (read at the edge or in an object's constructor). */
export function clientLimiters(env: Env): Record<ClientLimitName, ClientLimiter> {
  // Optional at run time: a Worker set up without one of them (a test harness) limits nothing there.
  const bindings = env as Partial<Record<(typeof CLIENT_LIMITS)[ClientLimitName]["binding"], RateLimiter>>;
  return {
    newSession: new ClientLimiter("newSession", bindings.NEW_SESSION_RATE_LIMITER),
    upload: new ClientLimiter("upload", bindings.UPLOAD_RATE_LIMITER),
    smartTurn: new ClientLimiter("smartTurn", bindings.SMART_TURN_RATE_LIMITER),
  };
}
