import type { Language } from "../protocol";
import { focusables, h, icon, readableOn, srOnly } from "./dom";
import type { Translator } from "./i18n";
import type { WidgetOptions } from "./options";

/** What the person does with the panel's frame; the conversation decides what it means. */
export interface PanelEvents {
  onOpen(): void;
  onSend(text: string): boolean;
  onAttach(file: File): void;
  onNewConversation(): void;
  onSwitchLanguage(): void;
}

export interface ErrorAction {
  label: string;
  run: () => void;
}

/**
 * The launcher and the dialog around the conversation: header, scrolling log, suggested answers,
 * error line and composer. Keyboard: Tab stays inside the open dialog, Escape closes it and focus
 * goes back to the launcher.
 */
export function createPanel(
  shadow: ShadowRoot,
  options: WidgetOptions,
  i18n: Translator,
  events: PanelEvents,
) {
  const { bind } = i18n;
  const dot = h("span", { class: "dot", hidden: true });
  const launcher = h(
    "button",
    {
      type: "button",
      class: "launcher",
      "aria-haspopup": "dialog",
      "aria-expanded": "false",
      "aria-controls": "panel",
    },
    icon("chat"),
    dot,
  );

  const title = h("h2", { id: "title" });
  if (options.title) title.textContent = options.title;
  else bind(title, "title");
  const languageButton = h("button", { type: "button", class: "lang" });
  const newButton = h("button", { type: "button", class: "icon" }, icon("restart"));
  const closeButton = h("button", { type: "button", class: "icon" }, icon("close"));
  bind(newButton, "newChat", "aria-label");
  bind(newButton, "newChat", "title");
  bind(closeButton, "close", "aria-label");
  bind(closeButton, "close", "title");
  const header = h(
    "header",
    {},
    h("div", { class: "heading" }, title, bind(h("p", { class: "subtitle" }), "subtitle")),
    languageButton,
    newButton,
    closeButton,
  );

  const log = h("div", { class: "log", role: "log", "aria-live": "polite" });
  bind(log, "log", "aria-label");
  const typing = h("div", { class: "typing", role: "status" });
  const scroller = h("div", { class: "scroll", tabindex: "0" }, log, typing);
  bind(scroller, "log", "aria-label");
  const suggestions = h("div", { class: "suggestions", role: "group", hidden: true });
  bind(suggestions, "suggestions", "aria-label");

  const errorText = h("p");
  const errorButton = h("button", { type: "button", class: "retry" });
  const dismissButton = h("button", { type: "button", class: "icon small" }, icon("close"));
  bind(dismissButton, "dismiss", "aria-label");
  const alert = h(
    "div",
    { class: "alert", role: "alert", hidden: true },
    errorText,
    errorButton,
    dismissButton,
  );

  const input = h("textarea", {
    id: "message",
    rows: "1",
    maxlength: "2000",
    enterkeyhint: "send",
    autocomplete: "off",
  });
  bind(input, "input", "placeholder");
  const fileInput = h("input", { type: "file", accept: "image/*", hidden: true, tabindex: "-1" });
  const attachButton = h("button", { type: "button", class: "icon attach" }, icon("camera"));
  bind(attachButton, "attach", "aria-label");
  bind(attachButton, "attach", "title");
  const sendButton = h("button", { type: "submit", class: "send" }, icon("send"));
  bind(sendButton, "send", "aria-label");
  const composer = h(
    "form",
    { class: "composer" },
    attachButton,
    fileInput,
    bind(h("label", { class: "sr", for: "message" }), "input"),
    input,
    sendButton,
  );

  const panel = h(
    "section",
    {
      id: "panel",
      class: "panel",
      role: "dialog",
      "aria-modal": "true",
      "aria-labelledby": "title",
      hidden: true,
    },
    header,
    scroller,
    suggestions,
    alert,
    composer,
  );
  const root = h("div", { class: `w ${options.position}`, hidden: true }, launcher, panel);
  shadow.append(root);

  // The stylesheet is a file (strict CSP: no inline styles); nothing shows until it applies.
  const stylesheet = h("link", { rel: "stylesheet", href: options.cssUrl });
  stylesheet.addEventListener("load", () => {
    root.hidden = false;
    if (options.accent) applyAccent(root, options.accent);
  });
  shadow.prepend(stylesheet);

  let open = false;
  let retry: (() => void) | null = null;

  function setOpen(next: boolean, returnFocus = true) {
    if (next === open) return;
    open = next;
    panel.hidden = !next;
    root.classList.toggle("open", next);
    launcher.setAttribute("aria-expanded", String(next));
    if (next) {
      setUnread(false);
      input.focus();
      scrollToEnd();
      events.onOpen();
    } else if (returnFocus) {
      launcher.focus();
    }
  }

  function setUnread(unread: boolean) {
    dot.hidden = !unread;
    launcher.setAttribute("aria-label", i18n.t(unread ? "openUnread" : "open"));
  }

  /** Shows the end of the conversation, but never scrolls past the start of its latest message. */
  function scrollToEnd() {
    const latest = log.lastElementChild;
    const start = latest instanceof HTMLElement ? latest.offsetTop - 8 : scroller.scrollHeight;
    scroller.scrollTop = Math.min(scroller.scrollHeight, start);
  }

  function submit() {
    const text = input.value.trim();
    if (text && events.onSend(text)) input.value = "";
  }

  launcher.addEventListener("click", () => setOpen(!open));
  closeButton.addEventListener("click", () => setOpen(false));
  newButton.addEventListener("click", () => events.onNewConversation());
  languageButton.addEventListener("click", () => events.onSwitchLanguage());
  attachButton.addEventListener("click", () => fileInput.click());
  fileInput.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    fileInput.value = "";
    if (file) events.onAttach(file);
  });
  errorButton.addEventListener("click", () => {
    const run = retry;
    hideError();
    input.focus();
    run?.();
  });
  dismissButton.addEventListener("click", () => {
    hideError();
    input.focus();
  });
  composer.addEventListener("submit", (event) => {
    event.preventDefault();
    submit();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit();
    }
  });
  panel.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.preventDefault();
      setOpen(false);
    } else if (event.key === "Tab") {
      trapTab(event);
    }
  });

  function trapTab(event: KeyboardEvent) {
    const items = focusables(panel);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    const active = shadow.activeElement;
    if (event.shiftKey && (active === first || !panel.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !panel.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  }

  function hideError() {
    alert.hidden = true;
    retry = null;
  }

  function setLanguage(language: Language) {
    i18n.setLanguage(language);
    const other = language === "es" ? "en" : "es";
    languageButton.textContent = i18n.t("otherLanguage");
    languageButton.setAttribute("lang", other);
    languageButton.setAttribute("aria-label", i18n.t("otherLanguageLabel"));
    root.setAttribute("lang", language);
    setUnread(!dot.hidden);
  }
  setLanguage(i18n.language);

  return {
    log,
    suggestions,
    get isOpen() {
      return open;
    },
    setOpen,
    setUnread,
    setLanguage,
    scrollToEnd,
    setTyping(on: boolean) {
      typing.replaceChildren(
        ...(on
          ? [
              srOnly(i18n.t("typing")),
              h("span", { class: "dots", "aria-hidden": "true" }, h("i"), h("i"), h("i")),
            ]
          : []),
      );
      if (on) scrollToEnd();
    },
    showError(text: string, action: ErrorAction | null = null) {
      errorText.textContent = text;
      errorButton.hidden = !action;
      errorButton.textContent = action?.label ?? "";
      retry = action?.run ?? null;
      alert.hidden = false;
      scrollToEnd();
    },
    hideError,
    /** Puts text the server did not take back in the composer, unless the person typed more since. */
    restoreText(text: string) {
      if (!input.value.trim()) input.value = text;
    },
    /** The composer's text, taken out of it (to send it again). */
    takeText() {
      const text = input.value.trim();
      input.value = "";
      return text;
    },
    focusInput: () => input.focus(),
  };
}

export type Panel = ReturnType<typeof createPanel>;

/** The shop's colour, with a text colour that stays readable on it (set through CSSOM: CSP-safe). */
function applyAccent(root: HTMLElement, accent: string) {
  root.style.setProperty("--accent", accent);
  const onAccent = readableOn(accent);
  root.style.setProperty("--on-accent", onAccent);
  // A light accent cannot be text on white either.
  if (onAccent !== "#ffffff") root.style.setProperty("--accent-ink", "#1f2328");
}
