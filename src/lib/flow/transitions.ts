import type { Button, DeviceId, Language, ProblemId, TicketContact } from "../../protocol";
import { answerContactButton, awaitingContact } from "./contact-turn";
import { type ShopInfo, say } from "./messages";
import { escalationButtons, prompt, Reply, renderSimpler, renderStepHelp, renderSteps } from "./render";
import type { Signal } from "./signals";
import { MAX_NAME_ATTEMPTS, resetState, type SessionState } from "./state";
import type { Understood } from "./understand-turn";

/** How one turn applies a signal to the state: the moves every input, typed or pressed, ends in. */

export type TurnInput =
  | { kind: "greeting"; language?: Language }
  /** `understood`: the text already understood by the caller (a turn understands its text once). */
  | { kind: "text"; text: string; understood?: Understood; hint?: UnderstandingHint }
  | { kind: "action"; signal: Signal };

/** What smart mode's classifier read in a message the rules were unsure about; rules still win. */
export interface UnderstandingHint {
  device?: DeviceId | null;
  problem?: ProblemId | null;
}

export interface TurnResult {
  state: SessionState;
  reply: string;
  buttons: Button[];
  /** The user's text shared secrets: store a placeholder instead of it. */
  redactUserText: boolean;
  /** The user accepted a technician hand-off in this turn. */
  handoffRequested: boolean;
  /** A phone or email the user left for the shop in this turn: the session stores it on its ticket. */
  contact: TicketContact | null;
}

export interface Turn {
  state: SessionState;
  reply: Reply;
  shop: ShopInfo;
  handoff: boolean;
  contact: TicketContact | null;
  /** Store a placeholder instead of the user's text (it shared a secret). */
  redact: boolean;
}

/** Moves to the first stage whose information is still missing, and asks its question. */
export function advance(turn: Turn): void {
  const { state } = turn;
  state.stage = nextStage(state);
  if (state.stage === "steps") state.stepLevel = "quick";
  prompt(state, turn.reply, turn.shop);
}

export function nextStage(state: SessionState): SessionState["stage"] {
  if (!state.consent) return "consent";
  if (!state.name && !state.nameSkipped && state.nameAttempts < MAX_NAME_ATTEMPTS) return "name";
  // A vague complaint gets the area question before anything else.
  if (!state.problem && (state.area || state.clarifyAttempts > 0)) return "clarify";
  if (!state.device && state.problem !== "account") return "device";
  if (!state.problem) return "problem";
  return "steps";
}

/** Takes the device, problem and name a message states; reports whether the problem or device changed. */
export function absorb(state: SessionState, u: Understood): boolean {
  let changed = false;
  if (u.device && u.device !== state.device) {
    state.device = u.device;
    state.deviceAlternatives = u.deviceAlternatives;
    changed = true;
  }
  if (u.problem && u.problem !== state.problem) {
    state.problem = u.problem;
    state.area = undefined;
    changed = true;
  }
  if (u.embeddedName && !state.name) state.name = u.embeddedName;
  return changed;
}

export function applySignal(turn: Turn, signal: Signal): void {
  const { state, reply, shop } = turn;
  const l = () => state.language;
  switch (signal.type) {
    case "consent":
      if (!signal.accept) {
        state.consent = false;
        state.stage = "declined";
        prompt(state, reply, shop);
        return;
      }
      state.consent = true;
      advance(turn);
      return;
    case "language":
      state.language = signal.language;
      turn.reply = new Reply(signal.language);
      if (state.stage !== "consent") turn.reply.add(say.languageSwitched(signal.language));
      prompt(state, turn.reply, shop);
      return;
    case "skip_name":
      if (state.stage !== "name") {
        prompt(state, reply, shop);
        return;
      }
      state.nameSkipped = true;
      reply.add(say.hello(l(), undefined));
      advance(turn);
      return;
    case "device":
      if (!state.consent) {
        prompt(state, reply, shop);
        return;
      }
      state.device = signal.device;
      state.deviceAlternatives = [];
      advance(turn);
      return;
    case "change_device":
      if (!state.consent) {
        prompt(state, reply, shop);
        return;
      }
      state.device = undefined;
      state.stage = "device";
      prompt(state, reply, shop);
      return;
    case "problem":
      if (!state.consent) {
        prompt(state, reply, shop);
        return;
      }
      state.problem = signal.problem;
      advance(turn);
      return;
    case "area":
      if (!state.consent || state.problem) {
        prompt(state, reply, shop);
        return;
      }
      state.area = signal.area;
      state.stage = "clarify";
      prompt(state, reply, shop);
      return;
    case "help_step":
      if (state.stage !== "steps") {
        prompt(state, reply, shop);
        return;
      }
      renderStepHelp(state, signal.step, reply);
      return;
    case "simpler":
      if (state.stage !== "steps") {
        prompt(state, reply, shop);
        return;
      }
      renderSimpler(state, reply);
      return;
    case "more_steps":
      if (state.stage !== "steps" && state.stage !== "escalation") {
        prompt(state, reply, shop);
        return;
      }
      if (state.stepLevel === "advanced") {
        reply.add(say.noMoreSteps(l()));
        escalate(turn, "persists");
        return;
      }
      state.stepLevel = "advanced";
      state.stage = "steps";
      renderSteps(state, reply);
      return;
    case "solved":
      if (state.stage !== "steps" && state.stage !== "escalation") {
        prompt(state, reply, shop);
        return;
      }
      state.stage = "solved";
      prompt(state, reply, shop);
      return;
    case "persists":
      if (state.stage !== "steps") {
        prompt(state, reply, shop);
        return;
      }
      escalate(turn, "persists");
      return;
    case "technician":
      if (!state.consent) {
        prompt(state, reply, shop);
        return;
      }
      state.escalation = { reason: state.escalation?.reason ?? "requested", accepted: true };
      state.stage = "escalation";
      turn.handoff = true;
      reply.add(say.technicianRequested(l()));
      return;
    case "contact":
      if (!awaitingContact(state)) {
        prompt(state, reply, shop);
        return;
      }
      answerContactButton(state, reply, signal.give);
      return;
    case "close":
      if (!state.consent) {
        prompt(state, reply, shop);
        return;
      }
      state.stage = "closed";
      prompt(state, reply, shop);
      return;
    case "restart":
      restart(turn);
      return;
    case "back":
      goBack(turn);
      return;
  }
}

export function escalate(turn: Turn, reason: "persists" | "frustration"): void {
  const { state, reply } = turn;
  state.stage = "escalation";
  state.escalation = { reason, accepted: false };
  reply.add(
    reason === "frustration"
      ? say.frustration(state.language)
      : say.escalate(state.language, state.stepLevel === "quick"),
  );
  reply.buttons = escalationButtons(state);
}

export function restart(turn: Turn): void {
  const { state } = turn;
  resetState(state, {
    language: state.language,
    consent: state.consent,
    ...(state.name ? { name: state.name } : { nameSkipped: true }),
  });
  turn.reply.add(say.restarted(state.language));
  advance(turn);
}

/** One question back: steps -> problem -> device -> name -> consent. */
export function goBack(turn: Turn): void {
  const { state } = turn;
  switch (state.stage) {
    case "steps":
    case "escalation":
    case "clarify":
      state.problem = undefined;
      state.area = undefined;
      state.clarifyAttempts = 0;
      state.escalation = undefined;
      break;
    case "problem":
      state.device = undefined;
      break;
    case "device":
      state.name = undefined;
      state.nameSkipped = false;
      state.nameAttempts = 0;
      break;
    case "name":
      state.consent = false;
      break;
    default:
      prompt(state, turn.reply, turn.shop);
      return;
  }
  advance(turn);
}
