import {
  type DeskTicketView,
  type StaffMember,
  type StaffRef,
  TICKET_STATUSES,
  type TicketStatus,
} from "../../protocol";
import { h, liveRegion, option, say } from "../dom";
import type { I18n } from "../i18n";
import { contactOf } from "./ticket-sections";

export type ActionName = "claim" | "assign" | "status" | "note" | "whatsapp";

/** What an action last said (its result or its error), kept across redraws and language switches. */
export interface ActionMessage {
  /** Words, not a string: a language switch redraws them in the new language. */
  text: (i18n: I18n) => string;
  tone: "ok" | "error";
  /** The WhatsApp link, offered in case the new tab was blocked. */
  link?: string;
}

export interface ActionsState {
  view: DeskTicketView;
  me: StaffRef & { role: StaffMember["role"] };
  /** Active accounts to assign to (admins only; null until loaded or for technicians). */
  staff: StaffMember[] | null;
  busy: ActionName | null;
  messages: Partial<Record<ActionName, ActionMessage>>;
  noteDraft: string;
}

export interface ActionHandlers {
  claim(): void;
  assign(staffId: string | null): void;
  status(status: TicketStatus): void;
  note(text: string): void;
  whatsapp(): void;
  draftChanged(text: string): void;
}

/**
 * The workflow panel: claim (or release), assign (admins choose anyone), change status, add an
 * internal note, reply on WhatsApp. Each block says its own result in a live region.
 */
export function actionsSection(i18n: I18n, state: ActionsState, on: ActionHandlers): HTMLElement {
  const { t } = i18n;
  const { view, me } = state;
  const region = (name: ActionName) => {
    const live = liveRegion("status");
    live.id = `result-${name}`;
    const message = state.messages[name];
    if (message) {
      const link = message.link
        ? h(
            "a",
            { href: message.link, target: "_blank", rel: "noopener noreferrer", id: "whatsapp-link" },
            t("whatsappLink"),
          )
        : undefined;
      say(live, message.text(i18n), message.tone, link);
    }
    return live;
  };
  const button = (id: string, action: ActionName, label: string, extra: Record<string, string> = {}) =>
    h(
      "button",
      { type: "button", id, ...extra, "aria-disabled": state.busy ? "true" : null },
      state.busy === action ? t("working") : label,
    );

  const mine = view.assignee?.id === me.id;
  const who = h(
    "p",
    { id: "assignee-now", class: view.assignee ? "" : "muted" },
    view.assignee
      ? t("assignedTo", { name: mine ? `${view.assignee.name} ${t("you")}` : view.assignee.name })
      : t("notAssigned"),
  );
  const claimBlock = h("div", { class: "action" }, who);
  if (!view.assignee) {
    const claim = button("action-claim", "claim", t("claim"), { class: "primary" });
    claim.addEventListener("click", () => !state.busy && on.claim());
    claimBlock.append(claim);
  } else if (mine && me.role !== "admin") {
    const release = button("action-release", "claim", t("release"));
    release.addEventListener("click", () => !state.busy && on.assign(null));
    claimBlock.append(release);
  }
  claimBlock.append(region("claim"));

  const blocks: HTMLElement[] = [claimBlock];
  if (me.role === "admin") blocks.push(assignBlock(i18n, state, on, button, region));

  const statusSelect = h(
    "select",
    { id: "action-status-select" },
    ...TICKET_STATUSES.map((status) => option(status, i18n.status(status), view.status)),
  );
  const statusButton = button("action-status", "status", t("changeStatus"));
  statusButton.addEventListener("click", () => {
    if (!state.busy) on.status(statusSelect.value as TicketStatus);
  });
  blocks.push(
    h(
      "div",
      { class: "action" },
      h("label", { for: statusSelect.id }, t("colStatus")),
      h("div", { class: "inline" }, statusSelect, statusButton),
      region("status"),
    ),
  );

  const note = h("textarea", { id: "action-note-text", rows: "3", maxlength: "2000" });
  note.value = state.noteDraft;
  note.addEventListener("input", () => on.draftChanged(note.value));
  const noteHint = h("p", { class: "hint", id: "action-note-hint" }, t("noteHint"));
  note.setAttribute("aria-describedby", noteHint.id);
  const noteForm = h(
    "form",
    { class: "action", id: "note-form" },
    h("label", { for: note.id }, t("note")),
    note,
    noteHint,
    h(
      "button",
      { type: "submit", id: "action-note", "aria-disabled": state.busy ? "true" : null },
      state.busy === "note" ? t("working") : t("addNote"),
    ),
    region("note"),
  );
  noteForm.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!state.busy) on.note(note.value.trim());
  });
  blocks.push(noteForm);
  blocks.push(whatsappBlock(i18n, state, on, button, region));

  return h(
    "section",
    { class: "card actions", id: "actions", "aria-labelledby": "actions-title" },
    h("h2", { id: "actions-title" }, t("actions")),
    ...blocks,
  );
}

type ButtonMaker = (
  id: string,
  action: ActionName,
  label: string,
  extra?: Record<string, string>,
) => HTMLButtonElement;

function assignBlock(
  i18n: I18n,
  state: ActionsState,
  on: ActionHandlers,
  button: ButtonMaker,
  region: (name: ActionName) => HTMLElement,
): HTMLElement {
  const { t } = i18n;
  const current = state.view.assignee?.id ?? "";
  const people = (state.staff ?? []).filter((person) => person.active || person.id === current);
  // Until the list arrives, the current assignee is still a choice, so the select shows the truth.
  if (state.view.assignee && !people.some((person) => person.id === current)) {
    people.unshift({
      ...state.view.assignee,
      email: "",
      role: "technician",
      active: true,
      hasPassword: true,
      createdAt: "",
    });
  }
  const select = h(
    "select",
    { id: "action-assign-select" },
    option("", t("nobody"), current),
    ...people.map((person) => option(person.id, person.name, current)),
  );
  const assign = button("action-assign", "assign", t("assign"));
  assign.addEventListener("click", () => {
    if (!state.busy) on.assign(select.value || null);
  });
  return h(
    "div",
    { class: "action" },
    h("label", { for: select.id }, t("assignTo")),
    h("div", { class: "inline" }, select, assign),
    region("assign"),
  );
}

function whatsappBlock(
  i18n: I18n,
  state: ActionsState,
  on: ActionHandlers,
  button: ButtonMaker,
  region: (name: ActionName) => HTMLElement,
): HTMLElement {
  const contact = contactOf(state.view.ticket);
  // Known to have no phone: the button says why it cannot work. Unknown (an older ticket without
  // contact details): the server decides, and its 409 is explained the same way.
  const noPhone = contact !== null && !contact.phone;
  const block = h("div", { class: "action" });
  const reply = button("action-whatsapp", "whatsapp", i18n.t("whatsapp"), { class: "whatsapp" });
  if (noPhone) {
    reply.disabled = true;
    reply.setAttribute("aria-describedby", "whatsapp-why");
    block.append(reply, h("p", { class: "hint", id: "whatsapp-why" }, i18n.t("noPhone")));
  } else {
    reply.addEventListener("click", () => !state.busy && on.whatsapp());
    block.append(reply);
  }
  block.append(region("whatsapp"));
  return block;
}
