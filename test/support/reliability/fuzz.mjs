// (c) The fuzz of every route: the cases of fuzz-cases.mjs sent `concurrency` at a time (a burst's
// copies at once), each with a deadline. Every answer must come in time, never be a 5xx, and be
// the project's JSON error shape when it is an error; an admin route must not answer 2xx without
// the token; the chat must not take an action outside the documented grammar.
import { buildBody, describeBody, PNG_BYTES } from "./fuzz-bodies.mjs";
import { generateCases } from "./fuzz-cases.mjs";
import { FRESH_SESSION, FRESH_TICKET } from "./fuzz-route.mjs";
import { ACTION_GRAMMAR } from "./fuzz-values.mjs";
import { answerProblem, errorCodes, send } from "./http.mjs";

/**
 * A started conversation and, unless `ticket` is false, its ticket (the hand-off), through the API.
 * @param {string} url
 * @param {string} sessionId
 * @param {{ timeoutMs: number, ticket?: boolean }} options
 */
async function startSession(url, sessionId, { timeoutMs, ticket = true }) {
  const steps = [
    ["/api/greeting", { sessionId }],
    ["/api/chat", { sessionId, action: "consent:yes" }],
    ["/api/chat", { sessionId, message: "soy Ana, mi notebook no prende" }],
    ...(ticket ? [["/api/chat", { sessionId, action: "technician" }]] : []),
  ];
  let whatsappUrl = "";
  for (const [path, body] of /** @type {[string, Record<string, unknown>][]} */ (steps)) {
    const answer = await send(
      {
        method: "POST",
        url: `${url}${path}`,
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      },
      timeoutMs,
    );
    if (answer.failure || answer.status !== 200) {
      throw new Error(
        `fixture ${sessionId}: ${path} ${JSON.stringify(body)} answered ${answer.status || answer.failure}`,
      );
    }
    whatsappUrl = JSON.parse(answer.text).ticket?.whatsappUrl ?? whatsappUrl;
  }
  const link = /\/ticket\/(STI-[0-9]{8}-[A-Z0-9]{6})\?sig=([A-Za-z0-9_-]+)/.exec(
    decodeURIComponent(whatsappUrl),
  );
  if (ticket && !link) throw new Error(`fixture ${sessionId}: the hand-off gave no signed ticket link`);
  return { sessionId, ticket: link ? { id: link[1] ?? "", sig: link[2] ?? "" } : null };
}

/**
 * Live things for the fuzz to aim at: started sessions, a ticket with its signed link, a photo
 * with its signed link.
 * @param {string} url
 * @param {{ token: string, prefix: string, timeoutMs: number }} options
 * @returns {Promise<import("./fuzz-values.mjs").Fixtures>}
 */
export async function prepareFixtures(url, { token, prefix, timeoutMs }) {
  const started = await Promise.all(
    [0, 1, 2, 3].map((i) => startSession(url, `${prefix}-live${i}`, { timeoutMs, ticket: i === 0 })),
  );
  const form = new FormData();
  form.set("sessionId", `${prefix}-live1`);
  form.set("file", new File([new Uint8Array(PNG_BYTES)], "photo.png", { type: "image/png" }));
  const uploaded = await send({ method: "POST", url: `${url}/api/upload`, body: form }, timeoutMs);
  if (uploaded.status !== 201)
    throw new Error(`fixture upload answered ${uploaded.status || uploaded.failure}`);
  const link = new URL(JSON.parse(uploaded.text).upload.url);
  return {
    sessions: started.map((s) => s.sessionId),
    ticket: started[0]?.ticket ?? null,
    upload: {
      id: link.pathname.split("/").pop() ?? "",
      exp: link.searchParams.get("exp") ?? "",
      sig: link.searchParams.get("sig") ?? "",
    },
    token,
  };
}

/**
 * The erasure a racing case sends with its copies, judged like any request.
 * @param {import("./fuzz-route.mjs").Case} c
 * @returns {import("./fuzz-route.mjs").Case}
 */
const erasureOf = (c) => ({
  ...c,
  family: "race",
  route: "DELETE /api/gdpr/delete-me/:sessionId",
  method: "DELETE",
  path: `/api/gdpr/delete-me/${FRESH_SESSION}`,
  query: "",
  headers: {},
  body: null,
  burst: 1,
  race: false,
  stream: false,
  admin: false,
  action: undefined,
});

/** src/middleware/body-limit.ts's MAX_JSON_BODY_BYTES. */
const MAX_JSON_BODY_BYTES = 16 * 1024;

/** wrangler.toml's `run_worker_first`: these paths always reach the Worker; others may be static assets. */
const WORKER_FIRST = [/^\/api\//, /^\/admin\//, /^\/ticket\//, /^\/desk(\/|$)/];
const reachesWorker = (path) => {
  const normalized = new URL(path, "http://x").pathname;
  return WORKER_FIRST.some((prefix) => prefix.test(normalized));
};

/** Whether a request carried the admin token anywhere it could count (header or query). */
function mayBeAuthorized(c, token) {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(c.headers.Authorization ?? "")?.[1];
  const query = new URLSearchParams(c.query).getAll("token");
  return bearer === token || query.includes(token);
}

/**
 * The fuzz's rules for one answer (see the file's header); null when it passes.
 * @param {import("./fuzz-route.mjs").Case} c
 * @param {import("./http.mjs").Answer} answer
 * @param {Set<string>} codes
 * @param {string} token
 */
export function judge(c, answer, codes, token) {
  // A streamed body over the Worker's 16 KB limit: the Worker answers (413, 401...) without reading
  // all of it, and the runtime may then close the connection while the client is still sending
  // (EPIPE). No answer is owed to a client pushing a body no route accepts; anything smaller must
  // get one.
  if (answer.failure?.startsWith("connection failed") && c.body?.type === "stream") {
    if (c.body.chunk.length * c.body.chunks > MAX_JSON_BODY_BYTES) return null;
  }
  if (!answer.failure && !reachesWorker(c.path) && answer.requestId === null) {
    // The static-asset router answered (e.g. 405 to a PUT on the demo page): platform, not ours.
    return answer.status >= 500 ? `answered ${answer.status}` : null;
  }
  const problem = answerProblem(c.method, answer, codes);
  if (problem) return problem;
  if (answer.requestId === null) return `answered ${answer.status} without X-Request-Id`;
  const ok = answer.status >= 200 && answer.status < 300;
  if (ok && c.admin && !mayBeAuthorized(c, token))
    return `an admin route answered ${answer.status} without the token`;
  if (ok && c.route === "POST /api/chat" && typeof c.action === "string" && !ACTION_GRAMMAR.test(c.action)) {
    return `answered ${answer.status} to an action outside the documented grammar: ${JSON.stringify(c.action)}`;
  }
  return null;
}

const clip = (text, n = 100) => (text.length > n ? `${text.slice(0, n)}…(${text.length})` : text);

/** The request a case sends, printably (with its seed and index, to replay it). */
export function describeCase(c, seed, freshSession = "") {
  const headers = Object.fromEntries(Object.entries(c.headers).map(([k, v]) => [k, clip(v, 60)]));
  const how = `${c.burst > 1 ? ` burst×${c.burst}` : ""}${c.race ? " racing a delete-me" : ""}${freshSession ? ` fresh session ${freshSession}` : ""}`;
  return `[seed ${seed} case ${c.index} ${c.family}${how}] ${c.method} ${clip(`${c.path}${c.query ? `?${c.query}` : ""}`, 200)} headers=${JSON.stringify(headers)} body=${describeBody(c.body)}`;
}

/**
 * @param {string} url
 * @param {{ seed: number, requests: number, sweep: "full" | "boundary", concurrency: number,
 *   timeoutMs: number, token: string, prefix: string, only?: number[] }} options
 */
export async function runFuzz(url, options) {
  const { seed, concurrency, timeoutMs, token, prefix } = options;
  const codes = errorCodes();
  const fx = await prepareFixtures(url, { token, prefix, timeoutMs });
  const all = generateCases({ seed, requests: options.requests, sweep: options.sweep, token }, fx);
  const cases = options.only ? all.filter((c) => options.only?.includes(c.index)) : all;
  /** @type {{ case: number, route: string, problem: string, request: string, answer: string }[]} */
  const failures = [];
  /** @type {Record<string, number>} */
  const statuses = {};
  /** @type {Record<string, number>} */
  const families = {};
  /** @type {Record<string, number>} */
  const routes = {};
  /** @type {number[]} */
  const latencies = [];
  let sent = 0;
  let fresh = 0;
  let next = 0;

  async function run(c) {
    let fill = (/** @type {string} */ text) => text;
    let freshSession = "";
    if (c.fresh) {
      const made = await startSession(url, `${prefix}-fresh${fresh++}`, { timeoutMs }).catch(
        (error) => error,
      );
      if (made instanceof Error) {
        failures.push({
          case: c.index,
          route: c.route,
          problem: made.message,
          request: describeCase(c, seed),
          answer: "",
        });
        return;
      }
      freshSession = made.sessionId;
      fill = (text) =>
        text.replaceAll(FRESH_SESSION, made.sessionId).replaceAll(FRESH_TICKET, made.ticket?.id ?? "");
    }
    const requests = Array.from({ length: c.burst }, () => c);
    if (c.race) requests.push(erasureOf(c));
    const answers = await Promise.all(
      requests.map((one) =>
        send(
          {
            method: one.method,
            url: `${url}${fill(one.path)}${one.query ? `?${fill(one.query)}` : ""}`,
            headers: one.headers,
            body: buildBody(one.body, fill),
            stream: one.stream,
          },
          timeoutMs,
        ),
      ),
    );
    for (const [i, answer] of answers.entries()) {
      const one = requests[i] ?? c;
      sent++;
      latencies.push(answer.ms);
      const status = answer.failure ? "none" : String(answer.status);
      statuses[status] = (statuses[status] ?? 0) + 1;
      families[one.family] = (families[one.family] ?? 0) + 1;
      routes[one.route] = (routes[one.route] ?? 0) + 1;
      const problem = judge(one, answer, codes, token);
      if (problem) {
        failures.push({
          case: one.index,
          route: one.route,
          problem,
          request: describeCase(one, seed, freshSession),
          answer: `${answer.status} ${clip(answer.text, 160)}`,
        });
      }
    }
  }

  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < cases.length) {
        const c = cases[next++];
        if (c) await run(c);
      }
    }),
  );
  return {
    seed,
    cases: cases.length,
    requests: sent,
    freshSessions: fresh,
    statuses,
    families,
    routes,
    failures,
    latencies,
    ms: performance.now() - started,
  };
}

/**
 * Failures grouped by route and problem (the status or rule, without the varying details), each
 * with how many times it happened and the first few requests.
 * @param {{ route: string, problem: string, request: string, answer: string }[]} failures
 */
export function groupFailures(failures, examples = 3) {
  /** @type {Map<string, { route: string, problem: string, count: number, examples: string[] }>} */
  const groups = new Map();
  for (const f of failures) {
    const problem = f.problem.replace(/: .*$/s, "");
    const key = `${f.route} | ${problem}`;
    const group = groups.get(key) ?? { route: f.route, problem, count: 0, examples: [] };
    group.count++;
    if (group.examples.length < examples) group.examples.push(`${f.request} -> ${f.answer}`);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}
