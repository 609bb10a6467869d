import type { TicketStatus } from "../../protocol";
import type { Failure } from "../api";
import { h } from "../dom";
import { failureText } from "../errors";
import type { I18n } from "../i18n";

/** A ticket's status as a coloured label (the colour repeats the words, it never replaces them). */
export const statusBadge = (i18n: I18n, status: TicketStatus) =>
  h("span", { class: `status status-${status}` }, i18n.status(status));

/** "hace 3 h", with the exact date for anyone who hovers or reads the element. */
export const ageOf = (i18n: I18n, iso: string) =>
  h("time", { datetime: iso, title: i18n.dateTime(iso) }, i18n.age(iso));

export const dateOf = (i18n: I18n, iso: string) => h("time", { datetime: iso }, i18n.dateTime(iso));

export const loading = (i18n: I18n) => h("p", { class: "loading", role: "status" }, i18n.t("loading"));

/** A failed load: what went wrong, in words, and a way to try again; never a blank screen. */
export function failurePanel(i18n: I18n, failure: Failure, retry: () => void): HTMLElement {
  const button = h("button", { type: "button", id: "retry" }, i18n.t("retry"));
  button.addEventListener("click", retry);
  return h("div", { class: "failure", role: "alert" }, h("p", {}, failureText(i18n, failure)), button);
}

/** A labelled list of facts (`<dl>`), skipping the ones with nothing to say; `wide` ones take a whole row. */
export function facts(rows: [string, Node | string | null, "wide"?][]): HTMLDListElement {
  const list = h("dl", { class: "facts" });
  for (const [term, value, wide] of rows) {
    if (value === null || value === "") continue;
    list.append(h("div", { class: wide ? "wide" : null }, h("dt", {}, term), h("dd", {}, value)));
  }
  return list;
}
