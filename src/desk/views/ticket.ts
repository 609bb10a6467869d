import type { DeskTicketView, NotificationDelivery, TicketStatus } from "../../protocol";
import type { Failure, Result } from "../api";
import type { DeskContext, View } from "../context";
import { focusTarget, h, redraw } from "../dom";
import { failureText } from "../errors";
import type { I18n, StringKey } from "../i18n";
import { paths } from "../router";
import { failurePanel, loading, statusBadge } from "./common";
import { type ActionMessage, type ActionName, type ActionsState, actionsSection } from "./ticket-actions";
import {
  conversationSection,
  deliveriesSection,
  photosSection,
  stepsSection,
  summarySection,
  timelineSection,
} from "./ticket-sections";

/**
 * One ticket: the customer, device and problem, the steps they tried, the whole conversation,
 * photos, rating, the timeline, and the workflow actions. Every action answers the ticket as it
 * now is, and the screen is redrawn from that answer.
 */
export function ticketView(ctx: DeskContext, id: string): View {
  const element = h("article", { class: "ticket", "aria-labelledby": "ticket-title" });
  const me = { id: ctx.session.staff.id, name: ctx.session.staff.name, role: ctx.session.staff.role };
  let failure: Failure | null = null;
  let actions: ActionsState | null = null;
  /** The ticket's delivery log; null until loaded, or when it could not be read (not shown then). */
  let deliveries: NotificationDelivery[] | null = null;

  async function load() {
    failure = null;
    actions = null;
    draw();
    const [result, staff, log] = await Promise.all([
      ctx.api.ticket(id),
      me.role === "admin" ? ctx.api.staff() : Promise.resolve(null),
      ctx.api.deliveries(id),
    ]);
    deliveries = log.ok ? log.value.deliveries : null;
    if (!result.ok) failure = result.failure;
    else {
      actions = {
        view: result.value,
        me,
        staff: staff?.ok ? staff.value.staff : null,
        busy: null,
        messages: {},
        noteDraft: "",
      };
    }
    draw();
  }

  /** Runs one action: busy while it is out, then the returned view (or the error) in its block. */
  async function run<T>(
    name: ActionName,
    call: () => Promise<Result<T>>,
    done: (value: T) => ActionMessage,
    overrides: Partial<Record<number, StringKey>> = {},
  ) {
    if (!actions || actions.busy) return;
    actions.busy = name;
    actions.messages = {};
    draw();
    const result = await call();
    if (!actions) return;
    actions.busy = null;
    if (result.ok) {
      actions.messages[name] = done(result.value);
    } else {
      const problem = result.failure;
      actions.messages[name] = { text: (i18n) => failureText(i18n, problem, overrides), tone: "error" };
    }
    draw();
  }

  const updated = (view: DeskTicketView, text: (i18n: I18n) => string): ActionMessage => {
    if (actions) actions.view = view;
    return { text, tone: "ok" };
  };

  const handlers = {
    claim: () =>
      void run(
        "claim",
        () => ctx.api.claim(id),
        (view) => updated(view, (i18n) => i18n.t("doneClaim")),
      ),
    assign: (staffId: string | null) =>
      void run(
        staffId === null && me.role !== "admin" ? "claim" : "assign",
        () => ctx.api.assign(id, staffId),
        (view) => updated(view, (i18n) => i18n.t("doneAssign")),
      ),
    status: (status: TicketStatus) =>
      void run(
        "status",
        () => ctx.api.setStatus(id, status),
        (view) => updated(view, (i18n) => i18n.t("doneStatus", { status: i18n.status(view.status) })),
      ),
    note: (text: string) => {
      if (!actions) return;
      if (!text) {
        actions.messages = { note: { text: (i18n) => i18n.t("noteEmpty"), tone: "error" } };
        draw();
        document.getElementById("action-note-text")?.focus();
        return;
      }
      void run(
        "note",
        () => ctx.api.addNote(id, text),
        (view) => {
          if (actions) actions.noteDraft = "";
          return updated(view, (i18n) => i18n.t("doneNote"));
        },
      );
    },
    whatsapp: () =>
      void run(
        "whatsapp",
        () => ctx.api.whatsapp(id),
        ({ link }) => {
          // Opened from the click's promise: if the browser blocks the tab, the link stays on screen.
          window.open(link, "_blank", "noopener,noreferrer");
          void refreshQuietly();
          return { text: (i18n) => i18n.t("whatsappOpened"), tone: "ok", link };
        },
        // The ticket is on screen, so a 404 here means the server has no WhatsApp route (yet).
        { 409: "noPhone", 404: "whatsappUnavailable" },
      ),
    draftChanged: (text: string) => {
      if (actions) actions.noteDraft = text;
    },
  };

  /** The WhatsApp call answers only the link: the timeline's new line comes from a fresh read. */
  async function refreshQuietly() {
    const result = await ctx.api.ticket(id);
    if (result.ok && actions) {
      actions.view = result.value;
      draw();
    }
  }

  function build(): Node[] {
    const { i18n } = ctx;
    const back = h("a", { href: paths.inbox(), class: "back", id: "back" }, `← ${i18n.t("back")}`);
    const heading = focusTarget("h1", i18n.t("ticketTitle", { id }));
    heading.id = "ticket-title";
    if (failure) {
      return [back, heading, failurePanel(i18n, failure, () => void load())];
    }
    if (!actions) return [back, heading, loading(i18n)];
    const { view } = actions;
    const head = h(
      "div",
      { class: "view-head" },
      heading,
      h("span", { id: "ticket-status" }, statusBadge(i18n, view.status)),
    );
    const side = h(
      "div",
      { class: "ticket-side" },
      actionsSection(i18n, actions, handlers),
      timelineSection(i18n, Array.isArray(view.events) ? view.events : []),
      deliveriesSection(i18n, deliveries),
    );
    const main = h(
      "div",
      { class: "ticket-main" },
      stepsSection(i18n, view.ticket),
      photosSection(i18n, view.ticket),
      conversationSection(i18n, view.ticket),
    );
    return [back, head, summarySection(i18n, view), h("div", { class: "ticket-layout" }, side, main)];
  }

  const draw = () => {
    try {
      redraw(element, build);
    } catch {
      // An answer the views cannot draw (a field of the wrong type): said, never a blank screen.
      failure = { kind: "malformed", status: 200 };
      actions = null;
      redraw(element, build);
    }
  };
  void load();
  return {
    element,
    title: () => ctx.i18n.t("ticketTitle", { id }),
    redraw: draw,
  };
}
