// The reliability fuzz's view of a route (routes.json, checked against app.routes by
// test/integration/reliability-route-table.test.ts) and of a case: plain data, so a failure prints
// as the request it was. Shared by the random cases (fuzz-cases.mjs) and the sweeps (fuzz-sweeps.mjs).
import { encodePart, plausible } from "./fuzz-values.mjs";
import table from "./routes.json" with { type: "json" };

/**
 * @typedef {{ method: string, path: string, body: string, auth: string, stream?: boolean,
 *   params?: Record<string, string>, query?: Record<string, string>, json?: Record<string, string> }} Route
 * @typedef {{ index: number, family: string, route: string, method: string, path: string,
 *   query: string, headers: Record<string, string>, body: import("./fuzz-bodies.mjs").BodySpec | null,
 *   burst: number, fresh: boolean, race: boolean, stream: boolean, admin: boolean, action?: unknown }} Case
 * `route`: the routes.json entry ("METHOD /path"), or "unrouted"; `burst`: copies sent at once;
 * `fresh`: the @@FRESH_SESSION@@ / @@FRESH_TICKET@@ placeholders take a session made just before;
 * `race`: a DELETE /api/gdpr/delete-me of that session goes out with the copies.
 */

export const ROUTES = /** @type {Route[]} */ (/** @type {unknown} */ (table.routes));
export const FRESH_SESSION = "@@FRESH_SESSION@@";
export const FRESH_TICKET = "@@FRESH_TICKET@@";

/** The route's entry as a case, before any bending. */
export function baseCase(route, family) {
  return {
    family,
    route: `${route.method} ${route.path}`,
    method: route.method,
    path: route.path,
    query: "",
    headers: /** @type {Record<string, string>} */ ({}),
    body: /** @type {import("./fuzz-bodies.mjs").BodySpec | null} */ (null),
    burst: 1,
    fresh: false,
    race: false,
    stream: route.stream === true,
    admin: route.auth === "admin",
  };
}

/** The route's path with each parameter from `value(name, kind)`. */
export const fillPath = (route, value) =>
  route.path.replace(/:(\w+)/g, (_, name) => value(name, route.params?.[name] ?? "text"));

/**
 * A query string from name -> raw (already encoded) value pairs; a null value gives a bare name.
 * @param {[string, string | null][]} pairs
 */
export const queryString = (pairs) => pairs.map(([k, v]) => (v === null ? k : `${k}=${v}`)).join("&");

/** @returns {[string, string | null]} */
export const pair = (/** @type {string} */ name, /** @type {string | null} */ value) => [name, value];

export function plausibleQuery(r, route, fx) {
  return Object.entries(route.query ?? {})
    .filter(([, kind]) => kind === "sig" || kind === "exp" || r.chance(0.4))
    .map(([name, kind]) => pair(name, encodePart(String(plausible(r, kind, fx)))));
}
