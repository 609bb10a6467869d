/**
 * The desk's screens by URL (history API): `/desk` (the inbox, its filters in the query string),
 * `/desk/tickets/<id>`, `/desk/staff`. The Worker answers the same shell for every `/desk/*` path,
 * so a deep link or a reload lands on the right screen, and Back walks the history.
 */
export type Route =
  | { name: "inbox"; query: URLSearchParams }
  | { name: "ticket"; id: string }
  | { name: "staff" }
  | { name: "not_found" };

export const BASE = "/desk";

export const paths = {
  inbox: (query?: URLSearchParams) => {
    const search = query?.toString() ?? "";
    return search ? `${BASE}?${search}` : BASE;
  },
  ticket: (id: string) => `${BASE}/tickets/${encodeURIComponent(id)}`,
  staff: () => `${BASE}/staff`,
};

export function parseRoute(pathname: string, search: string): Route {
  const path = pathname.replace(/\/+$/, "");
  if (path === BASE) return { name: "inbox", query: new URLSearchParams(search) };
  if (path === `${BASE}/staff`) return { name: "staff" };
  const ticket = /^\/desk\/tickets\/([^/]+)$/.exec(path);
  if (ticket?.[1]) {
    try {
      return { name: "ticket", id: decodeURIComponent(ticket[1]) };
    } catch {
      return { name: "not_found" };
    }
  }
  return { name: "not_found" };
}

/**
 * Starts listening: `onRoute` runs for the current URL now, after every `navigate` and on Back and
 * Forward. Clicks on same-origin `/desk` links become navigations without a reload; a click with a
 * modifier (new tab) or on another page keeps the browser's own behaviour.
 */
export function startRouter(onRoute: (route: Route) => void) {
  const current = () => parseRoute(location.pathname, location.search);
  const navigate = (url: string, { replace = false } = {}) => {
    if (url === `${location.pathname}${location.search}`) replace = true;
    if (replace) history.replaceState(null, "", url);
    else history.pushState(null, "", url);
    onRoute(current());
  };
  addEventListener("popstate", () => onRoute(current()));
  document.addEventListener("click", (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest("a") : null;
    if (!link || link.target || link.hasAttribute("download")) return;
    // In-page links (the skip link) keep the browser's own behaviour.
    if (link.getAttribute("href")?.startsWith("#")) return;
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin || !(url.pathname === BASE || url.pathname.startsWith(`${BASE}/`))) {
      return;
    }
    event.preventDefault();
    navigate(`${url.pathname}${url.search}`);
  });
  onRoute(current());
  return { navigate, current };
}

export type Router = ReturnType<typeof startRouter>;
