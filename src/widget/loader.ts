/** Replaced at build time with the hashed bundle's file name (scripts/build-widget.mjs). */
declare const __WIDGET_JS__: string;

/**
 * `widget.js`: the one stable URL shops paste (short cache). It loads the current hashed bundle
 * (cached for a year) from the same place it came from, passing on the shop's `data-` attributes,
 * so a new release reaches every site within minutes and the big file is fetched once.
 */
(() => {
  const current = document.currentScript;
  if (!(current instanceof HTMLScriptElement) || !current.src) return;
  const script = document.createElement("script");
  for (const { name, value } of Array.from(current.attributes)) {
    if (name.startsWith("data-")) script.setAttribute(name, value);
  }
  script.src = new URL(__WIDGET_JS__, current.src).href;
  script.async = true;
  (document.head ?? document.documentElement).append(script);
})();
