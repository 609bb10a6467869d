import type { Language } from "../protocol";
import { pickLanguage } from "./i18n";

/** What the shop chose with `data-` attributes on the script tag, and where our server is. */
export interface WidgetOptions {
  /** Origin the script came from: the API lives there, even when a shop embeds us cross-origin. */
  apiBase: string;
  /** The stylesheet, next to the script (hashed name, long cache). */
  cssUrl: string;
  language: Language;
  position: "left" | "right";
  /** A CSS colour, or null for the default. */
  accent: string | null;
  /** The panel's title, or null for the default in the current language. */
  title: string | null;
}

export function readOptions(script: HTMLScriptElement, cssFile: string, storedLanguage: string | null) {
  const data = script.dataset;
  const src = new URL(script.src, document.baseURI);
  const accent = data.accent?.trim() ?? "";
  const title = data.title?.trim() ?? "";
  const options: WidgetOptions = {
    apiBase: src.origin,
    cssUrl: new URL(cssFile, src).href,
    language: pickLanguage(storedLanguage, data.language, ...navigator.languages, navigator.language),
    position: data.position === "left" ? "left" : "right",
    accent: accent && CSS.supports("color", accent) ? accent : null,
    title: title ? title.slice(0, 60) : null,
  };
  return options;
}
