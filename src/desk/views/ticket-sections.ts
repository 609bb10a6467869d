import type { DeskTicketView, NotificationDelivery, Ticket, TicketEvent } from "../../protocol";
import { h } from "../dom";
import type { I18n } from "../i18n";
import { dateOf, facts } from "./common";

/** The customer's contact, once tickets carry it; absent on tickets made before (or erased). */
export interface Contact {
  phone?: string;
  email?: string;
}

export function contactOf(ticket: Ticket): Contact | null {
  const value: unknown = (ticket as Ticket & { contact?: unknown }).contact;
  if (typeof value !== "object" || value === null) return null;
  const { phone, email } = value as Record<string, unknown>;
  return {
    ...(typeof phone === "string" && phone ? { phone } : {}),
    ...(typeof email === "string" && email ? { email } : {}),
  };
}

const section = (id: string, title: string, ...content: (Node | null)[]) =>
  h(
    "section",
    { class: "card", id, "aria-labelledby": `${id}-title` },
    h("h2", { id: `${id}-title` }, title),
    ...content,
  );

/** Who the customer is and how to reach them, what they brought and what they thought of the chat. */
export function summarySection(i18n: I18n, view: DeskTicketView): HTMLElement {
  const { t } = i18n;
  const { ticket } = view;
  const contact = contactOf(ticket);
  const hasContact = Boolean(contact?.phone || contact?.email);
  const rating =
    view.rating === "up" ? t("ratingUp") : view.rating === "down" ? t("ratingDown") : t("ratingNone");
  return section(
    "summary",
    t("customer"),
    facts([
      [t("name"), ticket.name ?? t("noName")],
      [t("phone"), contact?.phone ? h("a", { href: `tel:${contact.phone}` }, contact.phone) : null, "wide"],
      [
        t("email"),
        contact?.email ? h("a", { href: `mailto:${contact.email}` }, contact.email) : null,
        "wide",
      ],
      [t("device"), ticket.device.label || i18n.device(ticket.device.id)],
      [t("problem"), ticket.problem.summary || i18n.problem(ticket.problem.id)],
      [t("language"), ticket.language === "es" ? t("lang_es") : t("lang_en")],
      [t("origin"), ticket.source === "manual" ? t("source_manual") : t("source_chat")],
      [t("created"), dateOf(i18n, ticket.createdAt)],
      [t("rating"), h("span", { class: `rating rating-${view.rating ?? "none"}` }, rating)],
    ]),
    hasContact ? null : h("p", { class: "muted", id: "no-contact" }, t("noContact")),
  );
}

export function stepsSection(i18n: I18n, ticket: Ticket): HTMLElement {
  const steps = Array.isArray(ticket.stepsTried) ? ticket.stepsTried : [];
  return section(
    "steps",
    i18n.t("steps"),
    steps.length > 0
      ? h("ol", { class: "steps" }, ...steps.map((step) => h("li", {}, String(step))))
      : h("p", { class: "muted" }, i18n.t("noSteps")),
  );
}

/** The whole conversation as the ticket keeps it (masked), line breaks kept (`white-space: pre-wrap`). */
export function conversationSection(i18n: I18n, ticket: Ticket): HTMLElement {
  const lines = Array.isArray(ticket.transcript) ? ticket.transcript : [];
  return section(
    "conversation",
    i18n.t("conversation"),
    lines.length > 0
      ? h(
          "ol",
          { class: "transcript" },
          ...lines.map((line) =>
            h(
              "li",
              { class: `line ${line.role === "user" ? "from-customer" : "from-assistant"}` },
              h(
                "p",
                { class: "said" },
                h(
                  "span",
                  { class: "who" },
                  line.role === "user" ? i18n.t("saidCustomer") : i18n.t("saidAssistant"),
                ),
                " ",
                dateOf(i18n, line.at),
              ),
              h("p", { class: "text" }, String(line.text)),
            ),
          ),
        )
      : h("p", { class: "muted" }, i18n.t("noConversation")),
  );
}

/** Photos through their signed links (same origin), with alt text and what vision saw in them. */
export function photosSection(i18n: I18n, ticket: Ticket): HTMLElement | null {
  const photos = Array.isArray(ticket.attachments) ? ticket.attachments : [];
  if (photos.length === 0) return null;
  return section(
    "photos",
    i18n.t("photos"),
    h(
      "ul",
      { class: "photos" },
      ...photos.map((photo, index) => {
        const n = index + 1;
        if (!photo.url) return h("li", { class: "muted" }, i18n.t("photoExpired", { n }));
        const alt = photo.findings
          ? `${i18n.t("photoAlt", { n })}. ${photo.findings}`
          : i18n.t("photoAlt", { n });
        return h(
          "li",
          {},
          h(
            "figure",
            {},
            h(
              "a",
              { href: photo.url, target: "_blank", rel: "noopener noreferrer" },
              h("img", { src: photo.url, alt, loading: "lazy", decoding: "async" }),
            ),
            photo.findings
              ? h("figcaption", {}, i18n.t("findings", { text: photo.findings }))
              : h("figcaption", {}, i18n.t("photoAlt", { n })),
          ),
        );
      }),
    ),
  );
}

function eventText(i18n: I18n, event: TicketEvent): string {
  const actor = event.actor?.name ?? i18n.t("system");
  switch (event.kind) {
    case "created":
      return i18n.t("ev_created", { actor });
    case "claimed":
      return event.to
        ? i18n.t("ev_claimedStatus", { actor, to: i18n.status(event.to) })
        : i18n.t("ev_claimed", { actor });
    case "assigned":
      return i18n.t("ev_assigned", { actor, assignee: event.assignee?.name ?? "?" });
    case "unassigned":
      return i18n.t("ev_unassigned", { actor });
    case "status":
      return i18n.t("ev_status", {
        actor,
        from: event.from ? i18n.status(event.from) : "?",
        to: event.to ? i18n.status(event.to) : "?",
      });
    case "note":
      return i18n.t("ev_note", { actor });
    case "whatsapp":
      return i18n.t("ev_whatsapp", { actor });
    default:
      return `${actor}: ${String((event as { kind: unknown }).kind)}`;
  }
}

/** What happened to the ticket, oldest first: who, what, when, and each note's text. */
export function timelineSection(i18n: I18n, events: TicketEvent[]): HTMLElement {
  return section(
    "timeline",
    i18n.t("timeline"),
    h(
      "ol",
      { class: "timeline" },
      ...events.map((event) =>
        h(
          "li",
          { class: `event event-${event.kind}` },
          h("p", { class: "what" }, eventText(i18n, event)),
          event.kind === "note" && event.text ? h("p", { class: "note-text" }, event.text) : null,
          h("p", { class: "when" }, dateOf(i18n, event.at)),
        ),
      ),
    ),
  );
}

/** The delivery log of this ticket's notifications: which channel got it, or why not. */
export function deliveriesSection(i18n: I18n, deliveries: NotificationDelivery[] | null): HTMLElement | null {
  if (deliveries === null) return null;
  return section(
    "deliveries",
    i18n.t("deliveries"),
    deliveries.length === 0
      ? h("p", { class: "muted" }, i18n.t("noDeliveries"))
      : h(
          "ul",
          { class: "deliveries" },
          ...deliveries.map((d) =>
            h(
              "li",
              { class: `delivery delivery-${d.status}` },
              h(
                "p",
                {},
                i18n.t("delivery", {
                  channel: d.channel,
                  status: i18n.t(`delivery_${d.status}`),
                  attempts: String(d.attempts),
                }),
              ),
              d.lastError && d.status !== "delivered" ? h("p", { class: "when" }, d.lastError) : null,
              h("p", { class: "when" }, dateOf(i18n, d.updatedAt)),
            ),
          ),
        ),
  );
}
