import type { DeskSessionResponse } from "../protocol";
import type { Api } from "./api";
import type { I18n } from "./i18n";

/** What every screen gets from the app: the API, the current words, who is signed in, navigation. */
export interface DeskContext {
  readonly api: Api;
  /** The current language's words (a getter: it changes when the person switches). */
  readonly i18n: I18n;
  readonly session: DeskSessionResponse;
  navigate(url: string, options?: { replace?: boolean }): void;
  /** Says `text` through the page's polite live region (results of actions elsewhere on screen). */
  announce(text: string): void;
}

/** A screen in the main area: its element, its title, and a redraw in the current language. */
export interface View {
  readonly element: HTMLElement;
  title(): string;
  redraw(): void;
}
