// The fuzz's deterministic parts: credential strings (sig, exp, ?token=, Bearer) of every length
// and alphabet, and prototype keys in every field and parameter. Same cases for every seed but
// their random characters; live ids, so the check under test is what answers.
import { plausibleObject, uploadForm } from "./fuzz-bodies.mjs";
import { baseCase, fillPath, plausibleQuery, queryString, ROUTES } from "./fuzz-route.mjs";
import { ALPHABET_NAMES, credential, encodePart, plausible } from "./fuzz-values.mjs";
import { rng } from "./prng.mjs";

/** Lengths every sweep covers even at the small size: around the signature's 43 and the checks' bounds. */
const BOUNDARY_LENGTHS = [
  0, 1, 2, 3, 4, 5, 15, 16, 19, 20, 21, 22, 23, 24, 25, 42, 43, 44, 45, 64, 100, 101, 130,
];
const MAX_SWEEP_LENGTH = 130;
/** Header values must be Latin-1 without controls: the unicode alphabet becomes these there. */
const HEADER_UNICODE = "ñüÿé\u00a0";

/**
 * sig, exp, ?token= and Bearer strings of every length (0..130; the boundary lengths at the small
 * size) and every alphabet: at full size every (length, alphabet) for the two signatures, the
 * alphabets in turn for the rest. Ids are live ones, so the signature check is what answers.
 */
export function* credentialSweep(seed, sweep, fx) {
  const lengths =
    sweep === "full" ? Array.from({ length: MAX_SWEEP_LENGTH + 1 }, (_, i) => i) : BOUNDARY_LENGTHS;
  const byRoute = Object.fromEntries(ROUTES.map((route) => [`${route.method} ${route.path}`, route]));
  const ticketPage = byRoute["GET /ticket/:id"];
  const photo = byRoute["GET /api/upload/:id"];
  const adminReads = ROUTES.filter((route) => route.auth === "admin" && route.method === "GET");
  const ticketId = fx.ticket?.id ?? "STI-20261128-K7M2QX";
  const upload = fx.upload ?? {
    id: "20261128-3q2-7wXn0cQyJvYtK1mHbA",
    exp: String(Date.now() + 3_600_000),
    sig: "x",
  };
  let n = 0;
  const r = () => rng(seed, 1_000_000 + n++);
  const alphabetsFor = (one) =>
    sweep === "full" && !one ? ALPHABET_NAMES : [ALPHABET_NAMES[n % ALPHABET_NAMES.length] ?? "base64url"];
  for (const length of lengths) {
    for (const alphabet of alphabetsFor(false)) {
      if (ticketPage) {
        const c = baseCase(ticketPage, "sweep:sig");
        c.path = `/ticket/${ticketId}`;
        c.query = `sig=${encodePart(credential(r(), alphabet, length))}`;
        yield c;
      }
      if (photo) {
        const c = baseCase(photo, "sweep:sig");
        c.path = `/api/upload/${upload.id}`;
        c.query = `exp=${upload.exp}&sig=${encodePart(credential(r(), alphabet, length))}`;
        yield c;
      }
    }
    for (const alphabet of alphabetsFor(true)) {
      if (photo) {
        const c = baseCase(photo, "sweep:exp");
        c.path = `/api/upload/${upload.id}`;
        c.query = `exp=${encodePart(credential(r(), alphabet, length))}&sig=${upload.sig}`;
        yield c;
      }
      const route = adminReads[length % adminReads.length];
      if (route) {
        const rr = r();
        const path = fillPath(route, (_, kind) => encodePart(String(plausible(rr, kind, fx))));
        const viaQuery = baseCase(route, "sweep:token");
        viaQuery.path = path;
        viaQuery.query = `${route.stream ? "mode=once&" : ""}token=${encodePart(credential(rr, alphabet, length))}`;
        yield viaQuery;
        const viaHeader = baseCase(route, "sweep:bearer");
        viaHeader.path = path;
        viaHeader.query = route.stream ? "mode=once" : "";
        const value =
          alphabet === "unicode" ? rr.text(HEADER_UNICODE, length) : credential(rr, alphabet, length);
        viaHeader.headers.Authorization = `Bearer ${value}`;
        yield viaHeader;
      }
    }
  }
}

/**
 * Every prototype key as the value of every JSON field, as a key of every JSON body, as every path
 * parameter and as the upload's sessionId; everything else plausible (a live session), so the
 * key reaches the code behind validation.
 */
export function* prototypeSweep(seed, keys, fx, token) {
  let n = 0;
  const r = () => rng(seed, 2_000_000 + n++);
  for (const route of ROUTES) {
    for (const key of keys) {
      if (route.json) {
        for (const field of Object.keys(route.json)) {
          const c = baseCase(route, "sweep:prototype");
          const object = plausibleObject(r(), route.json, fx, route.path);
          if (route.path === "/api/chat" && (field === "message" || field === "action")) {
            delete object.message;
            delete object.action;
          }
          object[field] = key;
          c.body = { type: "text", text: JSON.stringify(object) };
          c.action = object.action;
          c.headers["Content-Type"] = "application/json";
          if (c.admin) c.headers.Authorization = `Bearer ${token}`;
          yield c;
        }
        const c = baseCase(route, "sweep:prototype");
        const text = JSON.stringify(plausibleObject(r(), route.json, fx, route.path));
        c.body = { type: "text", text: `{"${key}":{"polluted":true},${text.slice(1)}` };
        c.headers["Content-Type"] = "application/json";
        if (c.admin) c.headers.Authorization = `Bearer ${token}`;
        yield c;
      }
      if (route.params) {
        const c = baseCase(route, "sweep:prototype");
        const rr = r();
        c.path = fillPath(route, () => key);
        c.query = queryString(plausibleQuery(rr, route, fx));
        if (c.admin) c.headers.Authorization = `Bearer ${token}`;
        yield c;
      }
      if (route.body === "multipart") {
        const c = baseCase(route, "sweep:prototype");
        c.body = uploadForm(r(), fx, "plausible", key);
        c.headers["Content-Type"] =
          `multipart/form-data; boundary=${c.body.type === "multipart" ? c.body.boundary : ""}`;
        yield c;
      }
    }
  }
}
