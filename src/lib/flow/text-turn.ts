import { extractName } from "../understanding";
import { awaitingContact, contactText, takeContact } from "./contact-turn";
import { label, say } from "./messages";
import { prompt, Reply, stepButtons } from "./render";
import { MAX_CLARIFY_ATTEMPTS, MAX_NAME_ATTEMPTS, resetState } from "./state";
import { absorb, advance, applySignal, escalate, goBack, restart, type Turn } from "./transitions";
import { hasContent, type Understood } from "./understand-turn";

/** Typed text, understood, turned into the same moves as buttons, stage by stage. */

const ENDED = new Set(["solved", "closed", "declined"]);

export function applyText(turn: Turn, u: Understood): void {
  const { state, reply } = turn;
  // Asked for a phone or an email: one is taken before anything else reads the message.
  const taken = awaitingContact(state) ? takeContact(state, reply, u.text) : null;
  if (taken) {
    turn.contact = taken.contact;
    turn.redact = taken.sensitive;
    return;
  }
  if (u.sensitive) reply.add(say.sensitive(state.language));

  if (u.intents.has("restart") && u.short) {
    restart(turn);
    return;
  }
  const lang = u.intents.has("lang_en") ? "en" : u.intents.has("lang_es") ? "es" : null;
  if (lang && u.short && !hasContent(u)) {
    applySignal(turn, { type: "language", language: lang });
    return;
  }
  if (u.intents.has("back") && u.short && !hasContent(u)) {
    goBack(turn);
    return;
  }

  if (state.consent && !ENDED.has(state.stage)) {
    if (u.intents.has("frustration")) {
      escalate(turn, "frustration");
      return;
    }
    if (u.intents.has("technician")) {
      applySignal(turn, { type: "technician" });
      return;
    }
  }

  switch (state.stage) {
    case "consent":
      consentText(turn, u);
      return;
    case "name":
      nameText(turn, u);
      return;
    case "device":
    case "problem":
    case "clarify":
      describeText(turn, u);
      return;
    case "steps":
      stepsText(turn, u);
      return;
    case "escalation":
      if (awaitingContact(state) && contactText(state, reply, u) === "handled") return;
      escalationText(turn, u);
      return;
    default:
      endedText(turn, u);
      return;
  }
}

function consentText(turn: Turn, u: Understood): void {
  const { state, reply } = turn;
  if (!hasContent(u) && u.intents.has("no")) {
    applySignal(turn, { type: "consent", accept: false });
    return;
  }
  if (u.language) state.language = u.language;
  turn.reply = new Reply(state.language);
  turn.reply.paragraphs.push(...reply.paragraphs);
  if (!hasContent(u) && !u.embeddedName) {
    if (u.intents.has("yes")) {
      applySignal(turn, { type: "consent", accept: true });
      return;
    }
    prompt(state, turn.reply, turn.shop);
    return;
  }
  // Describing the problem right away is taken as going on under the notice, which we restate.
  state.consent = true;
  turn.reply.add(say.impliedConsent(state.language));
  absorb(state, u);
  if (u.vague && !state.problem) state.clarifyAttempts = 1;
  if (state.name) turn.reply.add(say.hello(state.language, state.name));
  advance(turn);
}

function nameText(turn: Turn, u: Understood): void {
  const { state, reply } = turn;
  const l = state.language;
  if (u.intents.has("skip") || (u.intents.has("no") && !hasContent(u))) {
    applySignal(turn, { type: "skip_name" });
    return;
  }
  if (hasContent(u)) {
    // The user went straight to the problem: take it, and do not insist on a name.
    absorb(state, u);
    if (u.vague && !state.problem) state.clarifyAttempts = 1;
    if (!state.name) state.nameSkipped = true;
    reply.add(say.hello(l, state.name));
    advance(turn);
    return;
  }
  const answer = extractName(u.text, "answer");
  const name = answer.ok ? answer.name : u.embeddedName;
  if (name) {
    state.name = name;
    reply.add(say.hello(l, name));
    advance(turn);
    return;
  }
  state.nameAttempts += 1;
  if (state.nameAttempts >= MAX_NAME_ATTEMPTS) {
    state.nameSkipped = true;
    reply.add(say.hello(l, undefined));
    advance(turn);
    return;
  }
  reply.add(say.nameRetry(l));
  reply.buttons = [{ label: label.skipName(l), value: "name:skip" }];
}

/** Device, problem and clarify stages: the user describes the situation in words. */
function describeText(turn: Turn, u: Understood): void {
  const { state, reply } = turn;
  const before = state.stage;
  absorb(state, u);
  if (!state.problem && (u.vague || (before !== "device" && !u.device))) {
    state.clarifyAttempts += 1;
    if (before === "clarify" && state.clarifyAttempts > MAX_CLARIFY_ATTEMPTS) state.problem = "other";
  }
  if (before === "device" && !state.device && !u.problem && state.problem !== "account") {
    reply.add(say.askDeviceAgain(state.language));
  }
  advance(turn);
}

function stepsText(turn: Turn, u: Understood): void {
  const { state, reply } = turn;
  if (u.stepHelp !== null) {
    applySignal(turn, { type: "help_step", step: u.stepHelp });
    return;
  }
  if (u.intents.has("solved")) {
    applySignal(turn, { type: "solved" });
    return;
  }
  if (u.intents.has("persists")) {
    applySignal(turn, { type: "persists" });
    return;
  }
  if (u.intents.has("simpler")) {
    applySignal(turn, { type: "simpler" });
    return;
  }
  if (u.intents.has("more_steps")) {
    applySignal(turn, { type: "more_steps" });
    return;
  }
  if (hasContent(u) && absorb(state, u)) {
    reply.add(say.problemChanged(state.language));
    advance(turn);
    return;
  }
  if (u.intents.has("yes")) {
    applySignal(turn, { type: "solved" });
    return;
  }
  if (u.intents.has("no")) {
    applySignal(turn, { type: "persists" });
    return;
  }
  if (u.intents.has("thanks")) reply.add(say.welcome(state.language));
  reply.add(say.stepsReminder(state.language));
  stepButtons(state, reply);
}

function escalationText(turn: Turn, u: Understood): void {
  const { state, reply } = turn;
  if (u.intents.has("yes")) {
    applySignal(turn, { type: "technician" });
    return;
  }
  if (u.intents.has("more_steps")) {
    applySignal(turn, { type: "more_steps" });
    return;
  }
  if (u.intents.has("solved")) {
    applySignal(turn, { type: "solved" });
    return;
  }
  if (u.intents.has("no") || u.intents.has("goodbye") || u.intents.has("thanks")) {
    applySignal(turn, { type: "close" });
    return;
  }
  if (hasContent(u) && absorb(state, u)) {
    reply.add(say.problemChanged(state.language));
    advance(turn);
    return;
  }
  prompt(state, reply, turn.shop);
}

function endedText(turn: Turn, u: Understood): void {
  const { state, reply } = turn;
  if (state.stage === "declined" && u.intents.has("yes")) {
    applySignal(turn, { type: "consent", accept: true });
    return;
  }
  if (hasContent(u) && state.consent) {
    resetState(state, {
      language: state.language,
      consent: true,
      nameSkipped: true,
      ...(state.name ? { name: state.name } : {}),
    });
    absorb(state, u);
    advance(turn);
    return;
  }
  reply.add(u.intents.has("thanks") ? say.welcome(state.language) : say.afterEnd(state.language));
  reply.buttons = [{ label: label.restart(state.language), value: "restart" }];
}
