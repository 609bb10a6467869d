import type { ShopInfo } from "./messages";
import { prompt, Reply } from "./render";
import { initialState, type SessionState } from "./state";
import { applyText } from "./text-turn";
import { applySignal, type Turn, type TurnInput, type TurnResult } from "./transitions";
import { hasContent, type Understood, understandTurn } from "./understand-turn";

export type { TurnInput, TurnResult } from "./transitions";

/**
 * The rule-based conversation: a pure function from (state, input) to (new state, reply).
 * The session Durable Object stores what it returns; nothing here touches storage or `env`.
 */

export function runTurn(previous: SessionState | null, input: TurnInput, shop: ShopInfo): TurnResult {
  const fresh = previous === null;
  const state = structuredClone(previous ?? initialState(input.kind === "greeting" ? input.language : "es"));
  const turn: Turn = { state, reply: new Reply(state.language), shop, handoff: false };
  let redact = false;

  if (input.kind === "greeting") {
    if (input.language) state.language = input.language;
    // A greeting on a conversation already under way repeats its current question instead of resetting it.
    prompt(state, turn.reply, shop);
  } else if (input.kind === "action") {
    applySignal(turn, input.signal);
  } else {
    const understood = understandTurn(input.text);
    redact = understood.sensitive;
    if (fresh && isBareGreeting(understood)) {
      if (understood.language) state.language = understood.language;
      turn.reply = new Reply(state.language);
      prompt(state, turn.reply, shop);
    } else applyText(turn, understood);
  }

  return {
    state,
    reply: turn.reply.text(),
    buttons: turn.reply.buttons,
    redactUserText: redact,
    handoffRequested: turn.handoff,
  };
}

const isBareGreeting = (u: Understood) => u.intents.has("greeting") && !hasContent(u);
