import { startConversation } from "./conversation";
import { readOptions } from "./options";
import { storage } from "./storage";

/** Replaced at build time with the hashed stylesheet's file name (scripts/build-widget.mjs). */
declare const __WIDGET_CSS__: string;

/**
 * Entry point. The loader (widget.js) injects this script with the shop's `data-` attributes; the
 * API and the stylesheet live where this script came from. Everything is drawn inside a shadow
 * root on one element of our own, so the page's CSS and ours never meet.
 */
function mount() {
  if (document.querySelector("sti-chat-widget")) return; // embedded twice: one chat is enough
  const script = document.currentScript;
  if (!(script instanceof HTMLScriptElement) || !script.src) return;
  const options = readOptions(script, __WIDGET_CSS__, storage.language());
  const host = document.createElement("sti-chat-widget");
  const shadow = host.attachShadow({ mode: "open" });
  const attach = () => {
    document.body.append(host);
    startConversation(shadow, options);
  };
  if (document.body) attach();
  else document.addEventListener("DOMContentLoaded", attach, { once: true });
}

mount();
