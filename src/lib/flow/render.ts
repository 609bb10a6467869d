import type { Button, DeviceId, Language } from "../../protocol";
import {
  AREAS,
  DEVICE_LABELS,
  type KbStep,
  lookupSteps,
  PROBLEM_LABELS,
  problemsForDevice,
} from "../knowledge-base";
import { awaitingContact, contactQuestion } from "./contact-turn";
import { label, type ShopInfo, say } from "./messages";
import { actionValue } from "./signals";
import type { SessionState } from "./state";

/** A reply being assembled: paragraphs of text plus the buttons of the last prompt. */
export class Reply {
  readonly paragraphs: string[] = [];
  buttons: Button[] = [];
  constructor(readonly language: Language) {}
  add(text: string): this {
    if (text) this.paragraphs.push(text);
    return this;
  }
  text(): string {
    return this.paragraphs.join("\n\n");
  }
}

const DEVICE_BUTTONS: DeviceId[] = [
  "notebook",
  "desktop",
  "phone",
  "printer",
  "router",
  "tablet",
  "tv",
  "monitor",
  "peripheral",
  "storage",
  "console",
  "other",
];
const MAX_PROBLEM_BUTTONS = 7;

const deviceLabel = (d: DeviceId, l: Language) => DEVICE_LABELS[d][l];

function stepList(state: SessionState) {
  const entry = lookupSteps(state.device ?? null, state.problem ?? "other");
  return { entry, steps: state.stepLevel === "quick" ? entry.quick : entry.advanced };
}

const numbered = (steps: readonly KbStep[], l: Language, field: "text" | "simple") =>
  steps.map((s, i) => `${i + 1}. ${s[field][l]}`).join("\n");

/** Writes the question of the state's stage, with its buttons. */
export function prompt(state: SessionState, reply: Reply, shop: ShopInfo): void {
  const l = state.language;
  const back = { label: label.back(l), value: "back" };
  switch (state.stage) {
    case "consent":
      reply.add(say.greeting(l, shop));
      reply.buttons = [
        { label: label.accept(l), value: "consent:yes" },
        { label: label.decline(l), value: "consent:no" },
        { label: label.otherLanguage(l), value: l === "es" ? "lang:en" : "lang:es" },
      ];
      return;
    case "name":
      reply.add(say.askName(l));
      reply.buttons = [{ label: label.skipName(l), value: "name:skip" }];
      return;
    case "device":
      reply.add(
        state.problem ? say.askDevice(l, PROBLEM_LABELS[state.problem][l]) : say.askDeviceAndProblem(l),
      );
      reply.buttons = [
        ...DEVICE_BUTTONS.map((d) => ({ label: deviceLabel(d, l), value: `device:${d}` })),
        back,
      ];
      return;
    case "problem": {
      const device = state.device ?? "other";
      reply.add(say.askProblem(l, deviceLabel(device, l)));
      const problems = problemsForDevice(device).slice(0, MAX_PROBLEM_BUTTONS);
      if (!problems.includes("other")) problems.push("other");
      reply.buttons = [
        ...problems.map((p) => ({ label: PROBLEM_LABELS[p][l], value: `problem:${p}` })),
        back,
      ];
      return;
    }
    case "clarify": {
      const area = AREAS.find((a) => a.id === state.area);
      if (area) {
        reply.add(say.clarifyArea(l));
        reply.buttons = area.problems.map((p) => ({ label: PROBLEM_LABELS[p][l], value: `problem:${p}` }));
      } else {
        reply.add(say.clarify(l));
        reply.buttons = AREAS.map((a) => ({ label: a.label[l], value: `area:${a.id}` }));
      }
      reply.buttons.push(back);
      return;
    }
    case "steps":
      renderSteps(state, reply);
      return;
    case "escalation":
      if (awaitingContact(state)) {
        const question = contactQuestion(state);
        reply.add(question.text);
        reply.buttons = question.buttons;
        return;
      }
      reply.add(
        state.escalation?.accepted ? say.escalationReminder(l) : say.escalate(l, state.stepLevel === "quick"),
      );
      reply.buttons = escalationButtons(state);
      return;
    case "solved":
      reply.add(say.solved(l, shop, state.name));
      reply.buttons = [{ label: label.restart(l), value: "restart" }];
      return;
    case "closed":
      reply.add(say.closed(l, shop));
      reply.buttons = [{ label: label.restart(l), value: "restart" }];
      return;
    case "declined":
      reply.add(say.declined(l, shop));
      reply.buttons = [
        { label: label.accept(l), value: "consent:yes" },
        { label: label.restart(l), value: "restart" },
      ];
      return;
  }
}

export function escalationButtons(state: SessionState): Button[] {
  const l = state.language;
  const buttons: Button[] = [{ label: label.technician(l), value: "technician" }];
  if (state.stepLevel === "quick") buttons.push({ label: label.advanced(l), value: "steps:more" });
  buttons.push({ label: label.solved(l), value: "steps:solved" }, { label: label.close(l), value: "close" });
  return buttons;
}

/** The numbered steps of the current level, recorded in `stepsTried` for the ticket. */
export function renderSteps(state: SessionState, reply: Reply): void {
  const l = state.language;
  const { entry, steps } = stepList(state);
  const intro = state.stepLevel === "quick" ? say.stepsIntro : say.advancedIntro;
  reply.add(`${intro(l, entry.title[l])}\n${numbered(steps, l, "text")}`);
  if (entry.safety) reply.add(`⚠️ ${entry.safety[l]}`);
  const alternatives = state.deviceAlternatives.filter((d) => d !== state.device);
  if (state.device && alternatives.length > 0) {
    reply.add(say.deviceGuess(l, deviceLabel(state.device, l)));
  }
  reply.add(say.didItWork(l));
  for (const step of steps) {
    if (!state.stepsTried.includes(step.text[l])) state.stepsTried.push(step.text[l]);
  }
  stepButtons(state, reply);
  reply.buttons.push(
    ...alternatives.map((d) => ({
      label: deviceLabel(d, l),
      value: actionValue({ type: "device", device: d }),
    })),
  );
}

/** The buttons under a list of steps. */
export function stepButtons(state: SessionState, reply: Reply): void {
  const l = state.language;
  const count = stepList(state).steps.length;
  reply.buttons = [
    { label: label.solved(l), value: "steps:solved" },
    { label: label.persists(l), value: "steps:persists" },
    ...Array.from({ length: count }, (_, i) => ({ label: label.helpStep(l, i + 1), value: `help:${i + 1}` })),
    { label: label.simpler(l), value: "steps:simpler" },
    ...(state.stepLevel === "quick" ? [{ label: label.moreSteps(l), value: "steps:more" }] : []),
    { label: label.technician(l), value: "technician" },
  ];
}

/** "Ayuda paso N": the fuller explanation of one step of the current list. */
export function renderStepHelp(state: SessionState, n: number, reply: Reply): void {
  const l = state.language;
  const { steps } = stepList(state);
  const step = steps[n - 1];
  if (!step) reply.add(say.noSuchStep(l, steps.length));
  else reply.add(`${say.helpStep(l, n)}\n${step.help[l]}`);
  stepButtons(state, reply);
}

/** The same steps in plain words for a non-technical person. */
export function renderSimpler(state: SessionState, reply: Reply): void {
  const l = state.language;
  const { steps } = stepList(state);
  reply.add(`${say.simpler(l)}\n${numbered(steps, l, "simple")}`);
  reply.add(say.didItWork(l));
  stepButtons(state, reply);
}
