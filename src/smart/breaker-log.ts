import type { Transition } from "../lib/smart/breaker";
import { logEvent } from "../observability/log";

/**
 * One `circuit_state_changed` line per transition: `scope` "location" from the location's
 * CircuitBreaker object, "isolate" from a session object's own breaker while that one is unreachable.
 */
export function logTransitions(
  scope: "location" | "isolate",
  breaker: string | null,
  transitions: Transition[],
): void {
  for (const t of transitions) {
    logEvent("warn", "circuit_state_changed", {
      scope,
      breaker,
      from: t.from,
      to: t.to,
      reason: t.reason,
      consecutiveFailures: t.consecutiveFailures,
      windowFailures: t.windowFailures,
      windowCalls: t.windowCalls,
    });
  }
}
