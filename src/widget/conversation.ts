import type { Button, ChatResponse, Language, Rating, Stage } from "../protocol";
import { type Api, createApi, type Failure, type HistoryResponse } from "./api";
import { createTranslator, type StringKey } from "./i18n";
import { createMessages, type ReplyLike, ticketOf } from "./messages";
import type { WidgetOptions } from "./options";
import { createPanel } from "./panel";
import { newSessionId, storage } from "./storage";

/** What the person sent: typed text, or a suggested answer (its value goes to the server). */
type Turn = { kind: "message"; text: string } | { kind: "action"; value: string; label: string };

const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
const ENDED: readonly Stage[] = ["solved", "closed"];

/** After a hand-off the chat may ask for a phone or an email: the rating waits until it is answered. */
const asksForContact = (buttons: Button[]) => buttons.some((button) => button.value.startsWith("contact:"));

/**
 * The conversation: greeting or restored history on first open, turns (streamed), photos,
 * the ticket, the rating, language, "new conversation", and a way back from every failure.
 */
export function startConversation(shadow: ShadowRoot, options: WidgetOptions) {
  const api: Api = createApi(options.apiBase);
  const i18n = createTranslator(options.language);
  let sessionId = storage.sessionId();
  let started = false;
  let busy = false;
  let stage: Stage | null = null;
  let suggested: Button[] = [];
  let ratingOffered = false;
  /** This conversation's ticket was shown: the rating comes once nothing more is asked. */
  let ticketShown = false;

  const panel = createPanel(shadow, options, i18n, {
    onOpen: () => void start(),
    onSend: (text) => send({ kind: "message", text }),
    onAttach: (file) => void attach(file),
    onNewConversation: () => void startOver(),
    onSwitchLanguage: () => switchLanguage(),
  });
  const messages = createMessages(panel, i18n, (button) =>
    send({ kind: "action", value: button.value, label: button.label }),
  );

  function setLanguage(language: Language) {
    if (language === i18n.language) return;
    panel.setLanguage(language);
  }

  function suggest(buttons: Button[]) {
    suggested = buttons.filter((button) => !button.url);
    messages.setSuggestions(suggested);
  }

  /** Shows an answer; an answer that arrives while the panel is closed lights the unread dot. */
  function showReply(reply: ReplyLike & { state?: ChatResponse["state"] }) {
    messages.reply(reply);
    suggest(reply.buttons);
    if (reply.state) {
      stage = reply.state.stage;
      setLanguage(reply.state.language);
    }
    if (!panel.isOpen) panel.setUnread(true);
    if (ticketOf(reply)) ticketShown = true;
    if ((stage && ENDED.includes(stage)) || (ticketShown && !asksForContact(reply.buttons))) offerRating();
  }

  function offerRating() {
    const id = sessionId;
    if (ratingOffered || !id || storage.rated(id)) return;
    ratingOffered = true;
    messages.rating(async (rating: Rating) => {
      const result = await api.rate(id, rating);
      if (result.ok) storage.setRated(id);
      return result.ok;
    });
  }

  function failureText(failure: Failure): string {
    switch (failure.kind) {
      case "network":
        return i18n.t(navigator.onLine ? "network" : "offline");
      case "rate_limited":
        return i18n.t("rateLimited", { s: String(failure.retryAfterSeconds) });
      case "server":
        return i18n.t("server");
      case "lost":
        return i18n.t("lost");
      case "refused": {
        const byCode: Record<string, StringKey> = {
          photos_not_accepted: "photosNotAccepted",
          too_many_uploads: "tooManyPhotos",
          payload_too_large: "photoTooBig",
          unsupported_media_type: "photoType",
        };
        return i18n.t(byCode[failure.code] ?? "refused");
      }
    }
  }

  const canRetry = (failure: Failure) => failure.kind !== "refused";
  const retryWith = (run: () => void) => ({ label: i18n.t("retry"), run });

  async function start() {
    if (started) return;
    started = true;
    if (sessionId) await restore();
    else await greet();
  }

  async function greet() {
    const id = newSessionId();
    sessionId = id;
    storage.setSessionId(id);
    busy = true;
    panel.setTyping(true);
    const result = await api.greeting({ sessionId: id, language: i18n.language });
    panel.setTyping(false);
    busy = false;
    if (result.ok) return showReply(result.value);
    started = false;
    panel.showError(
      failureText(result.failure),
      retryWith(() => void start()),
    );
  }

  /** The conversation so far, from the server: after a reload, a navigation or a lost stream. */
  async function restore() {
    const id = sessionId;
    if (!id) return greet();
    busy = true;
    panel.setTyping(true);
    const result = await api.history(id);
    panel.setTyping(false);
    busy = false;
    if (!result.ok && result.failure.kind === "refused") return greet(); // gone: expired or erased
    if (!result.ok) {
      started = false;
      panel.showError(
        failureText(result.failure),
        retryWith(() => void start()),
      );
      return;
    }
    render(result.value);
  }

  function render(history: HistoryResponse) {
    messages.clear();
    ratingOffered = false;
    setLanguage(history.state.language);
    stage = history.state.stage;
    let last: ReplyLike | null = null;
    for (const message of history.messages) {
      if (message.role === "assistant") {
        last = { reply: message.text, buttons: message.buttons ?? [] };
        messages.reply(last);
      } else if (message.kind === "photo" && message.upload) {
        messages.photo(message.upload.url, false);
      } else {
        messages.user(message.text);
      }
    }
    suggest(last?.buttons ?? []);
    ticketShown = history.messages.some(
      (m) => m.role === "assistant" && ticketOf({ reply: m.text, buttons: m.buttons ?? [] }),
    );
    if (history.rating) ratingOffered = true; // rated before this page: not asked again
    if (ENDED.includes(stage) || (ticketShown && !asksForContact(last?.buttons ?? []))) offerRating();
  }

  /** Sends a turn; false when it cannot go now (another is in flight), so the composer keeps the text. */
  function send(turn: Turn): boolean {
    if (busy || !sessionId) return false;
    void sendTurn(sessionId, turn);
    return true;
  }

  async function sendTurn(id: string, turn: Turn) {
    busy = true;
    panel.hideError();
    const bubble = messages.user(turn.kind === "message" ? turn.text : turn.label);
    const before = suggested;
    messages.setSuggestions([]);
    panel.setTyping(true);
    // Assigned in the callbacks below: typed wide so the checker does not narrow it to null.
    let stream = null as ReturnType<typeof messages.streaming> | null;
    const result = await api.chat(
      { sessionId: id, ...(turn.kind === "message" ? { message: turn.text } : { action: turn.value }) },
      {
        onDelta(text) {
          panel.setTyping(false);
          stream ??= messages.streaming();
          stream.append(text);
        },
        onReset: () => stream?.reset(),
      },
    );
    stream?.remove();
    panel.setTyping(false);
    busy = false;
    if (result.ok) return showReply(result.value);
    if (result.failure.kind === "lost") {
      // The server has the turn: the history has its answer, so retrying must not send it twice.
      panel.showError(
        failureText(result.failure),
        retryWith(() => void restore()),
      );
      return;
    }
    bubble.remove();
    suggest(before);
    if (turn.kind === "message") panel.restoreText(turn.text);
    const retry = () => {
      if (turn.kind === "action") return void send(turn);
      const text = panel.takeText() || turn.text;
      if (!send({ kind: "message", text })) panel.restoreText(text);
    };
    panel.showError(failureText(result.failure), canRetry(result.failure) ? retryWith(retry) : null);
  }

  async function attach(file: File) {
    const id = sessionId;
    if (busy || !id) return;
    const looksLikePhoto = file.type.startsWith("image/") || /\.(heic|heif)$/i.test(file.name);
    if (!looksLikePhoto) return panel.showError(i18n.t("photoType"));
    if (file.size > MAX_PHOTO_BYTES) return panel.showError(i18n.t("photoTooBig"));
    busy = true;
    panel.hideError();
    const preview = URL.createObjectURL(file);
    const photo = messages.photo(preview, true);
    const before = suggested;
    messages.setSuggestions([]);
    const result = await api.upload(id, file, (fraction) => {
      photo.progress(fraction);
      if (fraction >= 1) panel.setTyping(true);
    });
    panel.setTyping(false);
    busy = false;
    if (result.ok) {
      photo.done(result.value.upload.url);
      URL.revokeObjectURL(preview);
      return showReply(result.value.reply);
    }
    photo.remove();
    URL.revokeObjectURL(preview);
    suggest(before);
    const failure = result.failure;
    panel.showError(failureText(failure), canRetry(failure) ? retryWith(() => void attach(file)) : null);
  }

  async function startOver() {
    if (busy) return;
    panel.hideError();
    messages.clear();
    ratingOffered = false;
    ticketShown = false;
    stage = null;
    started = true;
    panel.focusInput();
    await greet();
  }

  function switchLanguage() {
    const next: Language = i18n.language === "es" ? "en" : "es";
    storage.setLanguage(next);
    panel.setLanguage(next);
    // The server answers the pending question again in the new language.
    if (started && stage && stage !== "declined") {
      send({ kind: "action", value: `lang:${next}`, label: next === "en" ? "English" : "Español" });
    }
  }

  return { panel };
}
