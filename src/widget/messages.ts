import type { Button, ChatResponse, Rating, TicketRef } from "../protocol";
import { h, srOnly } from "./dom";
import type { Translator } from "./i18n";
import type { Panel } from "./panel";

/** What a reply bubble needs: a live answer, or one restored from the history (no `ticket` field). */
export type ReplyLike = Pick<ChatResponse, "reply" | "buttons"> & { ticket?: TicketRef };

const TICKET_ID = /\bSTI-\d{8}-[A-Z0-9]{6}\b/;

/** A live answer names its ticket; a restored one has the id in its text and the WhatsApp link button. */
export function ticketOf(reply: ReplyLike): TicketRef | null {
  if (reply.ticket) return reply.ticket;
  const link = reply.buttons.find((button) => button.url?.startsWith("https://wa.me/"));
  const id = reply.reply.match(TICKET_ID)?.[0];
  return link?.url && id ? { id, whatsappUrl: link.url } : null;
}

/** Only web links open from the chat, in a new tab, telling the other site nothing about this page. */
function safeLink(url: string, className: string, ...children: (Node | string)[]) {
  const href = /^https?:\/\//i.test(url) ? url : "#";
  return h("a", { class: className, href, target: "_blank", rel: "noopener noreferrer" }, ...children);
}

/** The conversation as bubbles in the panel's log, the suggested answers and the rating card. */
export function createMessages(panel: Panel, i18n: Translator, onAction: (button: Button) => void) {
  const { log, suggestions } = panel;
  const { t } = i18n;

  function bubble(who: "user" | "bot", ...content: Node[]) {
    const element = h(
      "div",
      { class: `msg ${who}` },
      srOnly(`${t(who === "user" ? "you" : "bot")}: `),
      ...content,
    );
    log.append(element);
    panel.scrollToEnd();
    return element;
  }

  function setSuggestions(buttons: Button[]) {
    const chips = buttons
      .filter((button) => !button.url)
      .map((button) => {
        const chip = h("button", { type: "button", class: "chip" }, button.label);
        chip.addEventListener("click", () => {
          // The chips are replaced by the next answer's: focus must not go down with them.
          panel.focusInput();
          onAction(button);
        });
        return chip;
      });
    suggestions.replaceChildren(...chips);
    suggestions.hidden = chips.length === 0;
    panel.scrollToEnd(); // the log got shorter or taller: keep the latest message in view
  }

  return {
    setSuggestions,

    clear() {
      log.replaceChildren();
      setSuggestions([]);
    },

    user: (text: string) => bubble("user", h("p", { class: "text" }, text)),

    /** A photo being sent: thumbnail and progress now, the stored photo's link once it is in. */
    photo(src: string, uploading: boolean) {
      const image = h("img", { class: "thumb", src, alt: t("photo") });
      // A photo's height is known once it loads: keep the latest message in view.
      image.addEventListener("load", () => panel.scrollToEnd());
      image.addEventListener("error", () => image.classList.add("broken"), { once: true });
      const progress = h("progress", { max: "100", value: "0", "aria-label": t("uploading") });
      const percent = h("span", { "aria-hidden": "true" }, "0%");
      const bar = h("div", { class: "upload" }, progress, percent);
      const figure = h("figure", {}, image);
      if (uploading) figure.append(bar);
      const element = bubble("user", figure);
      return {
        element,
        progress(fraction: number) {
          progress.value = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
          percent.textContent = `${progress.value}%`;
        },
        done(url: string) {
          bar.remove();
          image.src = url;
        },
        remove: () => element.remove(),
      };
    },

    reply(reply: ReplyLike) {
      const ticket = ticketOf(reply);
      const content: Node[] = [];
      if (ticket) {
        // The card follows the paragraph that names the ticket; what the answer asks next (a phone
        // or an email) comes after it, next to its suggested answers.
        const paragraphs = reply.reply.split("\n\n");
        const named = paragraphs.findIndex((paragraph) => paragraph.includes(ticket.id));
        const cut = named === -1 ? paragraphs.length : named + 1;
        content.push(
          h("p", { class: "text" }, paragraphs.slice(0, cut).join("\n\n")),
          h(
            "div",
            { class: "ticket" },
            h("p", { class: "ticket-label" }, t("ticket")),
            h("p", { class: "ticket-id" }, ticket.id),
            h("p", { class: "ticket-hint" }, t("ticketHint")),
            safeLink(ticket.whatsappUrl, "whatsapp", t("whatsapp")),
          ),
        );
        if (cut < paragraphs.length)
          content.push(h("p", { class: "text" }, paragraphs.slice(cut).join("\n\n")));
      } else {
        content.push(h("p", { class: "text" }, reply.reply));
      }
      for (const button of reply.buttons) {
        if (button.url && button.url !== ticket?.whatsappUrl)
          content.push(safeLink(button.url, "link", button.label));
      }
      return bubble("bot", ...content);
    },

    /** An answer arriving in pieces: hidden from screen readers until the whole answer replaces it. */
    streaming() {
      const text = h("p", { class: "text" });
      const element = h("div", { class: "msg bot streaming", "aria-hidden": "true" }, text);
      log.append(element);
      return {
        append(piece: string) {
          text.textContent += piece;
          panel.scrollToEnd();
        },
        reset() {
          text.textContent = "";
        },
        remove: () => element.remove(),
      };
    },

    /** Thumbs up or down once the conversation reaches an end; `rate` says whether it was saved. */
    rating(rate: (rating: Rating) => Promise<boolean>) {
      const status = h("p", { class: "rate-status" });
      const button = (rating: Rating, emoji: string, label: string) => {
        const element = h(
          "button",
          { type: "button", class: "rate", "aria-pressed": "false" },
          h("span", { "aria-hidden": "true" }, emoji),
          ` ${label}`,
        );
        element.addEventListener("click", async () => {
          if (card.dataset.pending) return;
          card.dataset.pending = "1";
          element.setAttribute("aria-pressed", "true");
          const saved = await rate(rating);
          delete card.dataset.pending;
          if (saved) {
            panel.focusInput();
            card.replaceChildren(h("p", { class: "rate-thanks" }, t("rateThanks")));
          } else {
            element.setAttribute("aria-pressed", "false");
            status.textContent = t("rateFailed");
          }
        });
        return element;
      };
      const question = h("p", { class: "rate-question", id: "rate-question" }, t("rateQuestion"));
      const card = h(
        "div",
        { class: "rating", role: "group", "aria-labelledby": "rate-question" },
        question,
        h(
          "div",
          { class: "rate-buttons" },
          button("up", "👍", t("rateUp")),
          button("down", "👎", t("rateDown")),
        ),
        status,
      );
      log.append(card);
      panel.scrollToEnd();
    },
  };
}

export type Messages = ReturnType<typeof createMessages>;
