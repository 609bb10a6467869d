import type { Language } from "../protocol";

/** The widget's own words. What Tecnos says comes from the server, already in the session's language. */
const STRINGS = {
  es: {
    title: "Soporte técnico",
    subtitle: "Tecnos, el asistente, te responde al instante",
    open: "Abrir el chat de soporte",
    openUnread: "Abrir el chat de soporte: hay respuestas nuevas",
    close: "Cerrar el chat",
    newChat: "Nueva conversación",
    otherLanguage: "English",
    otherLanguageLabel: "Switch to English",
    log: "Conversación",
    suggestions: "Respuestas sugeridas",
    you: "Vos",
    bot: "Tecnos",
    typing: "Tecnos está escribiendo…",
    loading: "Cargando la conversación…",
    input: "Escribí tu mensaje",
    send: "Enviar",
    attach: "Adjuntar una foto",
    photo: "Foto adjunta",
    uploading: "Subiendo la foto",
    retry: "Reintentar",
    dismiss: "Cerrar aviso",
    ticket: "Tu ticket",
    ticketHint: "Guardalo: el técnico lo va a ver con todo el resumen.",
    whatsapp: "Escribir por WhatsApp",
    rateQuestion: "¿Te sirvió la ayuda?",
    rateUp: "Sí, me sirvió",
    rateDown: "No me sirvió",
    rateThanks: "¡Gracias por contarnos!",
    offline: "Estás sin conexión. Revisá internet y reintentá: tu mensaje no se perdió.",
    network: "No pudimos conectarnos. Reintentá en un momento: tu mensaje no se perdió.",
    rateLimited: "Mandaste muchos mensajes seguidos. Esperá {s} segundos y reintentá.",
    server: "Algo falló de nuestro lado. Reintentá en un momento.",
    lost: "Se cortó la conexión mientras llegaba la respuesta.",
    refused: "No pudimos procesar eso. Probá escribirlo de otra forma.",
    photoTooBig: "La foto pesa más de 10 MB. Probá con una más liviana.",
    photoType: "Ese archivo no es una foto (JPEG, PNG, WebP o HEIC).",
    photosNotAccepted: "Para mandar fotos, primero aceptá el aviso de privacidad.",
    tooManyPhotos: "Ya mandaste la cantidad máxima de fotos para esta consulta.",
    rateFailed: "No pudimos guardar tu opinión.",
  },
  en: {
    title: "Tech support",
    subtitle: "Tecnos, the assistant, answers right away",
    open: "Open the support chat",
    openUnread: "Open the support chat: there are new replies",
    close: "Close the chat",
    newChat: "New conversation",
    otherLanguage: "Español",
    otherLanguageLabel: "Cambiar a español",
    log: "Conversation",
    suggestions: "Suggested answers",
    you: "You",
    bot: "Tecnos",
    typing: "Tecnos is typing…",
    loading: "Loading the conversation…",
    input: "Type your message",
    send: "Send",
    attach: "Attach a photo",
    photo: "Attached photo",
    uploading: "Uploading the photo",
    retry: "Try again",
    dismiss: "Dismiss",
    ticket: "Your ticket",
    ticketHint: "Keep it: the technician will see it with the full summary.",
    whatsapp: "Message us on WhatsApp",
    rateQuestion: "Did this help?",
    rateUp: "Yes, it helped",
    rateDown: "No, it didn't",
    rateThanks: "Thanks for telling us!",
    offline: "You are offline. Check your connection and try again: your message was kept.",
    network: "We could not connect. Try again in a moment: your message was kept.",
    rateLimited: "That was a lot of messages at once. Wait {s} seconds and try again.",
    server: "Something went wrong on our side. Try again in a moment.",
    lost: "The connection dropped while the answer was arriving.",
    refused: "We could not process that. Try saying it another way.",
    photoTooBig: "The photo is larger than 10 MB. Try a smaller one.",
    photoType: "That file is not a photo (JPEG, PNG, WebP or HEIC).",
    photosNotAccepted: "To send photos, first accept the privacy notice.",
    tooManyPhotos: "You already sent the most photos this conversation can take.",
    rateFailed: "We could not save your rating.",
  },
} satisfies Record<Language, Record<string, string>>;

export type StringKey = keyof (typeof STRINGS)["es"];

export function translate(language: Language, key: StringKey, vars: Record<string, string> = {}): string {
  return STRINGS[language][key].replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? "");
}

/** `es` for any Spanish browser language, else `en`; an explicit choice wins. */
export function pickLanguage(...candidates: (string | null | undefined)[]): Language {
  for (const candidate of candidates) {
    const primary = candidate?.toLowerCase().split("-")[0];
    if (primary === "es" || primary === "en") return primary;
  }
  return "en";
}

/**
 * The widget's own words on screen, re-rendered when the language changes. Elements are held
 * weakly in spirit: ones no longer in the document are dropped at the next change.
 */
export function createTranslator(initial: Language) {
  let language = initial;
  let bound: { element: Element; key: StringKey; attribute: string | null }[] = [];
  const apply = ({ element, key, attribute }: (typeof bound)[number]) => {
    const text = translate(language, key);
    if (attribute) element.setAttribute(attribute, text);
    else element.textContent = text;
  };
  return {
    get language() {
      return language;
    },
    t: (key: StringKey, vars?: Record<string, string>) => translate(language, key, vars),
    /** Keeps `element`'s text (or `attribute`) in the current language; returns the element. */
    bind<E extends Element>(element: E, key: StringKey, attribute: string | null = null): E {
      const binding = { element, key, attribute };
      bound.push(binding);
      apply(binding);
      return element;
    },
    setLanguage(next: Language) {
      language = next;
      bound = bound.filter((binding) => binding.element.isConnected);
      bound.forEach(apply);
    },
  };
}

export type Translator = ReturnType<typeof createTranslator>;
