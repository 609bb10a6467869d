import type { ShopInfo } from "./messages";
import { prompt, Reply } from "./render";
import { initialState, type SessionState } from "./state";
import { applyText } from "./text-turn";
import {
  applySignal,
  type Turn,
  type TurnInput,
  type TurnResult,
  type UnderstandingHint,
} from "./transitions";
import { hasContent, type Understood, understandTurn } from "./understand-turn";

export type { TurnInput, TurnResult, UnderstandingHint } from "./transitions";
export { type Understood, understandTurn } from "./understand-turn";

/**
 * The rule-based conversation: a pure function from (state, input) to (new state, reply).
 * The session Durable Object stores what it returns; nothing here touches storage or `env`.
 */

export function runTurn(previous: SessionState | null, input: TurnInput, shop: ShopInfo): TurnResult {
  const fresh = previous === null;
  const state = structuredClone(previous ?? initialState(input.kind === "greeting" ? input.language : "es"));
  const turn: Turn = {
    state,
    reply: new Reply(state.language),
    shop,
    handoff: false,
    contact: null,
    redact: false,
  };

  if (input.kind === "greeting") {
    if (input.language) state.language = input.language;
    // A greeting on a conversation already under way repeats its current question instead of resetting it.
    prompt(state, turn.reply, shop);
  } else if (input.kind === "action") {
    applySignal(turn, input.signal);
  } else {
    const understood = withHint(input.understood ?? understandTurn(input.text), input.hint);
    turn.redact = understood.sensitive;
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
    redactUserText: turn.redact,
    handoffRequested: turn.handoff,
    contact: turn.contact,
  };
}

const isBareGreeting = (u: Understood) => u.intents.has("greeting") && !hasContent(u);

/** "other" is the rules' catch-all: a specific reading from the classifier is better. */
const specific = <T extends string>(id: T | null | undefined): T | null => (id && id !== "other" ? id : null);

/** The classifier's reading fills only what the rules left unknown (or could only call "other"). */
function withHint(u: Understood, hint: UnderstandingHint | undefined): Understood {
  if (!hint) return u;
  const device = specific(u.device) ?? specific(hint.device) ?? u.device;
  const problem = specific(u.problem) ?? specific(hint.problem) ?? u.problem;
  return { ...u, device, problem, vague: u.vague && problem === null };
}

/**
 * Whether a typed message is worth asking the model about: the conversation is waiting for a
 * device or a problem, the rules found none of what is missing, and the message says something
 * (not a short command such as "volver" or a bare greeting).
 */
export function rulesUnsure(state: SessionState | null, u: Understood): boolean {
  if (!state || !["device", "problem", "clarify"].includes(state.stage)) return false;
  if (u.sensitive) return false;
  if (u.short && u.intents.size > 0 && !hasContent(u)) return false;
  const wordCount = u.text.trim().split(/\s+/).length;
  if (wordCount < 2) return false;
  const needsDevice = !specific(state.device) && !specific(u.device);
  const needsProblem = !specific(state.problem) && !specific(u.problem);
  return needsDevice || needsProblem;
}
