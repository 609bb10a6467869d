// The reliability fuzz's cases: every route of routes.json (checked against app.routes by
// test/integration/reliability-route-table.test.ts) plus paths no route serves, in three parts:
// credential strings (sig, exp, token, bearer) of every length and alphabet; prototype keys in
// every field and parameter; then seeded random cases, each route taking each family in turn.
// A case is plain data, so a failure prints as the request it was; case i depends only on the
// seed, the size and i, so `RELIABILITY_FUZZ_CASES=i` replays it.
import { bentJson, brokenJson, plausibleObject, uploadForm } from "./fuzz-bodies.mjs";
import {
  baseCase,
  FRESH_SESSION,
  FRESH_TICKET,
  fillPath,
  pair,
  plausibleQuery,
  queryString,
  ROUTES,
} from "./fuzz-route.mjs";
import { credentialSweep, prototypeSweep } from "./fuzz-sweeps.mjs";
import { credential, encodePart, hostileUrlPart, PROTOTYPE_KEYS, plausible } from "./fuzz-values.mjs";
import { rng } from "./prng.mjs";

/**
 * @typedef {import("./fuzz-route.mjs").Case} Case
 * @typedef {import("./fuzz-route.mjs").Route} Route
 */

export const FAMILIES = [
  "plausible",
  "burst",
  "method",
  "auth",
  "query",
  "path",
  "json-values",
  "json-syntax",
  "content-type",
];
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "PROPFIND", "PURGE"];
const CONTENT_TYPES = [
  "",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data",
  "multipart/form-data; boundary=",
  "application/json; charset=utf-16",
  "application/json; charset=latin1",
  "application/jsonp",
  "APPLICATION/JSON",
  "application/vnd.api+json",
  "application/json, text/html",
  "application/json;;;",
  "*/*",
  `application/${"x".repeat(5_000)}`,
  "text/html; charset=utf-8",
];
/**
 * @param {{ seed: number, requests: number, sweep: "full" | "boundary", token: string }} options
 * @param {import("./fuzz-values.mjs").Fixtures} fx
 * @returns {Case[]}
 */
export function generateCases({ seed, requests, sweep, token }, fx) {
  /** @type {Case[]} */
  const cases = [];
  let sent = 0;
  const add = (/** @type {Omit<Case, "index">} */ c) => {
    cases.push({ index: cases.length, ...c });
    sent += c.burst;
  };
  for (const c of credentialSweep(seed, sweep, fx)) add(c);
  for (const c of prototypeSweep(
    seed,
    sweep === "full" ? PROTOTYPE_KEYS : PROTOTYPE_KEYS.slice(0, 3),
    fx,
    token,
  ))
    add(c);
  const slots = [...ROUTES, null];
  for (let i = 0; sent < requests; i++) {
    const index = cases.length;
    const route = slots[i % slots.length] ?? null;
    const family = FAMILIES[Math.floor(i / slots.length) % FAMILIES.length] ?? "plausible";
    add(route ? randomCase(rng(seed, index), route, family, fx, token) : unroutedCase(rng(seed, index)));
  }
  return cases;
}

/** Sets one Authorization variant: plausible (mostly the token), hostile (never it) or any. */
function authorize(r, c, token, mode) {
  const wrong = credential(r, "base64url", r.int(1, 60));
  const variants = {
    none: () => {},
    bearer: () => (c.headers.Authorization = `Bearer ${token}`),
    query: () => (c.query = c.query ? `${c.query}&token=${token}` : `token=${token}`),
    wrongBearer: () => (c.headers.Authorization = `Bearer ${wrong}`),
    emptyBearer: () => (c.headers.Authorization = r.pick(["Bearer", "Bearer ", "", " "])),
    oddBearer: () =>
      (c.headers.Authorization = r.pick([
        `bearer ${token}`,
        `Bearer   ${token}  `,
        `Bearer ${token} extra`,
        `Basic ${Buffer.from(`admin:${token}`).toString("base64")}`,
        `Token ${token}`,
        `Bearer ${token}x`,
        `Bearer ${token.slice(0, -1)}`,
        `Bearer ${"A".repeat(r.int(1_000, 8_000))}`,
        `Bearer ${token},Bearer ${wrong}`,
      ])),
    wrongQuery: () => (c.query = `${c.query ? `${c.query}&` : ""}token=${encodePart(wrong)}`),
    mixed: () => {
      c.headers.Authorization = `Bearer ${wrong}`;
      c.query = `${c.query ? `${c.query}&` : ""}token=${token}`;
    },
  };
  const name =
    mode === "plausible"
      ? r.pick(["bearer", "bearer", "bearer", "query", "none"])
      : mode === "hostile"
        ? r.pick(["none", "wrongBearer", "emptyBearer", "oddBearer", "wrongQuery", "mixed"])
        : r.pick(Object.keys(variants));
  variants[/** @type {keyof typeof variants} */ (name)]();
}

/** Sometimes: a header a browser, proxy or attacker might add. */
function extraHeaders(r, c) {
  if (c.route === "POST /api/chat" && r.chance(0.3)) c.headers.Accept = "text/event-stream";
  if (r.chance(0.1)) c.headers.Origin = r.pick(["http://127.0.0.1:8787", "https://evil.example", "null"]);
  if (r.chance(0.1)) c.headers["X-Request-Id"] = r.pick(["x".repeat(300), "a b", "../../", "ok-id_1.2"]);
  if (c.stream && r.chance(0.5))
    c.headers["Last-Event-ID"] = r.pick(["-1", "abc", "1e999", "99999999999999999999", "7"]);
  if (r.chance(0.05)) c.headers["Cloudflare-Workers-Version-Key"] = "x".repeat(r.int(0, 500));
}

/** A request body as the route expects it (plausible) or bent or broken, with its content type. */
function bodyFor(r, c, route, fx, how) {
  if (route.body === "multipart") {
    c.body = uploadForm(r, fx, how, c.fresh ? FRESH_SESSION : undefined);
    const spec = /** @type {{ boundary: string, declared?: string }} */ (c.body);
    c.headers["Content-Type"] = `multipart/form-data; boundary=${spec.declared ?? spec.boundary}`;
    return;
  }
  const fields = route.json ?? { sessionId: "sessionId", message: "message" };
  if (how === "plausible") {
    const object = plausibleObject(r, fields, fx, route.path);
    if (c.fresh && "sessionId" in fields) object.sessionId = FRESH_SESSION;
    c.body = { type: "text", text: JSON.stringify(object) };
    c.action = object.action;
  } else {
    c.body = how === "bent" ? bentJson(r, fields, fx, route.path) : brokenJson(r, fields, fx, route.path);
    if (c.body.type === "text") {
      try {
        c.action = JSON.parse(c.body.text)?.action;
      } catch {}
    }
  }
  c.headers["Content-Type"] = r.pick([
    "application/json",
    "application/json",
    "application/json; charset=utf-8",
  ]);
}

const hasBody = (method) => !["GET", "HEAD"].includes(method.toUpperCase());

/**
 * @param {import("./prng.mjs").Rng} r
 * @param {Route} route
 * @param {string} family
 * @param {import("./fuzz-values.mjs").Fixtures} fx
 * @param {string} token
 */
function randomCase(r, route, family, fx, token) {
  const c = baseCase(route, family);
  const freshable = /:sessionId|:id/.test(route.path) || route.json?.sessionId || route.body === "multipart";
  c.fresh = family === "burst" && Boolean(freshable) && route.params?.id !== "uploadId";
  const param = (_name, kind) => {
    if (c.fresh && kind === "sessionId") return FRESH_SESSION;
    if (c.fresh && kind === "ticketId") return FRESH_TICKET;
    return family === "path" && r.chance(0.7)
      ? hostileUrlPart(r, kind, fx)
      : encodePart(String(plausible(r, kind, fx)));
  };
  c.path = fillPath(route, param);
  if (family === "path" && r.chance(0.3)) {
    c.path = r.pick([
      `${c.path}/`,
      `${c.path}//`,
      `${c.path}/extra`,
      c.path.toUpperCase(),
      c.path.replace("/api/", "/api//"),
      `${c.path}/..`,
      c.path.replace(/\/[^/]*$/, "/"),
    ]);
  }
  /** @type {[string, string | null][]} */
  const pairs =
    family === "query"
      ? Object.entries(route.query ?? { q: "text" }).map(([name, kind]) =>
          pair(
            r.chance(0.1) ? name.toUpperCase() : name,
            r.chance(0.6) ? hostileUrlPart(r, kind, fx) : encodePart(String(plausible(r, kind, fx))),
          ),
        )
      : plausibleQuery(r, route, fx);
  if (family === "query") {
    if (r.chance(0.3) && pairs.length > 0)
      pairs.push([r.pick(pairs)[0], encodePart(String(plausible(r, "text", fx)))]);
    if (r.chance(0.3))
      pairs.push([
        r.pick(["", "=", "&", "%zz", "a[b]", "__proto__", "constructor[prototype]"]),
        r.chance(0.5) ? "x" : null,
      ]);
    if (r.chance(0.1)) pairs.push(["pad", "p".repeat(r.int(1_000, 7_000))]);
  }
  c.query = queryString(pairs);
  authorize(
    r,
    c,
    token,
    family === "auth" ? "any" : route.auth === "public" ? "any" : r.chance(0.7) ? "plausible" : "hostile",
  );

  if (family === "method") {
    c.method = r.pick(METHODS.filter((m) => m !== route.method));
    if (c.method === "OPTIONS" && r.chance(0.6)) {
      c.headers["Access-Control-Request-Method"] = r.pick(["POST", "GET", "DELETE", "PUT"]);
      c.headers.Origin = r.pick(["http://127.0.0.1:8787", "https://evil.example"]);
    }
    if (hasBody(c.method) && r.chance(0.5)) bodyFor(r, c, route, fx, "plausible");
  } else if (route.body !== "none") {
    const how = family === "json-values" ? "bent" : family === "json-syntax" ? "broken" : "plausible";
    bodyFor(r, c, route, fx, how);
    if (family === "content-type") {
      const type = r.pick(CONTENT_TYPES);
      if (type) c.headers["Content-Type"] = type;
      else delete c.headers["Content-Type"];
    }
  } else if (["json-values", "json-syntax", "content-type"].includes(family)) {
    // A body where none is read: on a GET only the headers can say there is one.
    if (hasBody(route.method)) bodyFor(r, c, route, fx, family === "json-syntax" ? "broken" : "bent");
    c.headers["Content-Type"] = r.pick(CONTENT_TYPES) || "application/json";
  }
  if (family === "burst") {
    c.burst = r.int(3, 5);
    // The person erases their data while the widget is still sending: the copies race a delete-me.
    c.race = c.fresh && route.path !== "/api/gdpr/delete-me/:sessionId" && r.chance(0.5);
  }
  extraHeaders(r, c);
  return c;
}

/** Paths no route serves (or only for other methods), under the Worker's prefixes and outside them. */
function unroutedCase(r) {
  const c = baseCase({ method: "GET", path: "/", body: "none", auth: "public" }, "unrouted");
  c.route = "unrouted";
  c.method = r.pick(METHODS);
  const segment = () => hostileUrlPart(r, "text", { sessions: [], ticket: null, upload: null, token: "" });
  c.path = r.pick([
    `/api/${segment()}`,
    `/api/chat/${segment()}`,
    `/api/ticket/${segment()}/${segment()}`,
    `/admin/${segment()}`,
    `/ticket/`,
    `/ticket/${segment()}/x`,
    "/api",
    "/api/",
    `/${segment()}`,
    "/api/%2e%2e/health",
    "/API/HEALTH",
  ]);
  if (r.chance(0.3)) c.query = `${segment()}=${segment()}`;
  if (hasBody(c.method) && r.chance(0.5)) {
    c.body = { type: "text", text: '{"sessionId":"x","message":"hola"}' };
    c.headers["Content-Type"] = "application/json";
  }
  return c;
}
