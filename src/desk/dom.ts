/**
 * DOM building without innerHTML: whatever the server or a customer wrote is only ever set as
 * text, and no `style` attribute is ever written (the page's CSP allows stylesheets only), so
 * looks come from classes.
 */
type Attributes = Record<string, string | number | boolean | undefined | null>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === undefined || value === null) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  element.append(...children.filter((child): child is Node | string => Boolean(child)));
  return element;
}

/** An `<option>`, selected when `value` is the current one. */
export const option = (value: string, label: string, current: string | null | undefined) =>
  h("option", { value, selected: value === (current ?? "") }, label);

/** A labelled control: `<label for>` and the control, in one wrapper the stylesheet lays out. */
export function field(label: string, control: HTMLElement, hint?: HTMLElement): HTMLDivElement {
  const id = control.id || uniqueId("f");
  control.id = id;
  if (hint) {
    hint.id = `${id}-hint`;
    control.setAttribute("aria-describedby", hint.id);
  }
  return h("div", { class: "field" }, h("label", { for: id }, label), control, hint);
}

let counter = 0;
export const uniqueId = (prefix: string) => `${prefix}-${++counter}`;

/**
 * A message area read out when it changes (`polite` for results, `assertive` for errors): the
 * region is in the page before its text is, so screen readers notice the change.
 */
export function liveRegion(kind: "status" | "alert", className = ""): HTMLParagraphElement {
  return h("p", {
    class: `live ${className}`.trim(),
    role: kind,
    "aria-live": kind === "alert" ? "assertive" : "polite",
  });
}

/** Sets the text of a live region, `error` styling it as a problem; empty text hides it. */
export function say(region: HTMLElement, text: string, tone: "ok" | "error" = "ok", extra?: Node): void {
  region.classList.toggle("error", tone === "error");
  region.classList.toggle("ok", tone === "ok" && text !== "");
  region.replaceChildren(text, ...(extra ? [" ", extra] : []));
}

/**
 * Replaces `container`'s content with `build()`'s, keeping the keyboard where it was: the element
 * that had focus is found again by its id (controls the views rebuild keep their ids).
 */
export function redraw(container: HTMLElement, build: () => Node[]): void {
  const focusedId = container.contains(document.activeElement) ? document.activeElement?.id : "";
  container.replaceChildren(...build());
  if (focusedId) document.getElementById(focusedId)?.focus();
}

/** A heading that scripts may focus (after navigation) but Tab never stops on. */
export const focusTarget = <K extends "h1" | "h2">(tag: K, text: string) => h(tag, { tabindex: "-1" }, text);
