import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { app } from "../../src/app";
import type { ErasureResponse, Ticket } from "../../src/protocol";
import { newSessionId, press, say } from "../helpers/api";
import {
  type BindingName,
  type Fault,
  faultPlan,
  faultyEnv,
  SHORT_DEADLINE,
} from "../support/faulty-bindings";
import { ADMIN, signedPath } from "./tickets/support";
import { JPEG, pathOf, startedSession, upload, uploaded, uploadForm } from "./uploads/support";

/**
 * The Worker's own R2, D1 and KV calls (photos, ticket pages, admin reads, the person's data and
 * erasure, metrics, health) with the binding rejecting or never answering: the app is called
 * with wrapped bindings (test/support/faulty-bindings.ts, STORAGE_DEADLINE_MS 200 ms). A request
 * that needs the broken store gets a 503 `service_unavailable` with Retry-After in the one JSON
 * error shape, within the deadline; one that does not need it answers as usual; none is a 500.
 */
interface Fixture {
  sessionId: string;
  photoPath: string;
  ticketId: string;
  ticketPagePath: string;
}

let fx: Fixture;

beforeAll(async () => {
  const sessionId = await startedSession();
  const photo = await uploaded(await upload(uploadForm(sessionId, JPEG)));
  await say(sessionId, "mi notebook no prende");
  await press(sessionId, "steps:persists");
  const handoff = await press(sessionId, "technician");
  const ticketId = handoff.ticket?.id ?? "";
  const ticket = (await (await env.BUCKET.get(`tickets/${ticketId}.json`))?.json()) as Ticket;
  const page = signedPath(ticket);
  fx = { sessionId, photoPath: pathOf(photo.upload.url), ticketId, ticketPagePath: page.path };
});

type Expect = "unavailable" | number;
interface Probe {
  name: string;
  request: () => Request | Promise<Request>;
  /** What each broken binding gives; a binding not named leaves the request as it is when healthy. */
  when: Partial<Record<BindingName, Expect>>;
  healthy: number;
}

const url = (path: string) => `http://chat.test${path}`;
const get = (path: string, headers: Record<string, string> = {}) => new Request(url(path), { headers });

const probes: Probe[] = [
  { name: "a photo link", request: () => get(fx.photoPath), when: { r2: "unavailable" }, healthy: 200 },
  {
    name: "the ticket page",
    request: () => get(fx.ticketPagePath),
    when: { r2: "unavailable" },
    healthy: 200,
  },
  {
    name: "an admin's ticket",
    request: () => get(`/api/ticket/${fx.ticketId}`, ADMIN),
    when: { r2: "unavailable" },
    healthy: 200,
  },
  {
    name: "the ticket list",
    request: () => get("/api/tickets", ADMIN),
    when: { d1: "unavailable" },
    healthy: 200,
  },
  {
    name: "active sessions",
    request: () => get("/api/sessions", ADMIN),
    when: { d1: "unavailable" },
    healthy: 200,
  },
  {
    name: "the transcript of a session the object no longer holds",
    request: () => get(`/api/transcript-json/${newSessionId("gone")}`, ADMIN),
    when: { r2: "unavailable" },
    healthy: 404,
  },
  {
    name: "the person's data",
    request: () => get(`/api/gdpr/my-data/${fx.sessionId}`),
    when: { r2: "unavailable", d1: "unavailable" },
    healthy: 200,
  },
  {
    name: "deleting an unknown ticket",
    request: () => new Request(url("/api/ticket/STI-20261207-ZZZZZZ"), { method: "DELETE", headers: ADMIN }),
    when: { r2: "unavailable", d1: "unavailable" },
    healthy: 404,
  },
  {
    name: "a chat turn (no Worker-side store on its path)",
    request: () =>
      new Request(url("/api/chat"), {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ sessionId: fx.sessionId, action: "close" }),
      }),
    when: {},
    healthy: 200,
  },
  {
    name: "metrics (KV read for the flag)",
    request: () => get("/api/metrics", ADMIN),
    when: {},
    healthy: 200,
  },
];

async function send(request: Request, plan: ReturnType<typeof faultPlan>) {
  const ctx = createExecutionContext();
  const started = Date.now();
  const res = await app.fetch(request, faultyEnv(plan, SHORT_DEADLINE), ctx);
  const body = await res.text();
  const elapsed = Date.now() - started;
  await waitOnExecutionContext(ctx);
  return { res, body, elapsed };
}

describe.each<[BindingName, Fault]>([
  ["r2", "error"],
  ["r2", "hang"],
  ["d1", "error"],
  ["d1", "hang"],
  ["kv", "error"],
  ["kv", "hang"],
])("%s %s on the Worker's own calls", (binding, fault) => {
  it.each(probes.map((p) => [p.name, p] as const))(
    "%s: no 500, and a 503 with Retry-After where the store is needed",
    {
      timeout: 15_000,
    },
    async (_name, probe) => {
      const plan = faultPlan({ [binding]: fault });
      const { res, body, elapsed } = await send(await probe.request(), plan);
      const expected = probe.when[binding] ?? probe.healthy;
      if (expected === "unavailable") {
        expect(res.status, body).toBe(503);
        expect(JSON.parse(body)).toMatchObject({ error: { code: "service_unavailable" } });
        expect(res.headers.get("Retry-After")).toBe("5");
        expect(plan.faulted.length).toBeGreaterThan(0);
      } else {
        expect(res.status, body).toBe(expected);
      }
      expect(elapsed).toBeLessThan(5_000);
    },
  );

  it("an upload whose photo cannot be stored is a 503 and the conversation does not show it", {
    timeout: 15_000,
  }, async () => {
    const sessionId = await startedSession();
    const plan = faultPlan({ [binding]: fault });
    const form = uploadForm(sessionId, JPEG);
    const { res, body } = await send(new Request(url("/api/upload"), { method: "POST", body: form }), plan);
    if (binding === "r2") {
      expect(res.status, body).toBe(503);
      expect(JSON.parse(body)).toMatchObject({ error: { code: "service_unavailable" } });
      const history = await env.CHAT_SESSION.getByName(sessionId).history();
      expect(history.messages.some((m) => m.attachment)).toBe(false);
    } else {
      expect(res.status, body).toBe(201);
    }
  });

  it("an erasure that cannot finish is a 503, and the same request finishes it once the store works", {
    timeout: 15_000,
  }, async () => {
    // With a photo: the Worker deletes it in R2 itself (for objects of the previous release).
    const sessionId = await startedSession();
    await uploaded(await upload(uploadForm(sessionId, JPEG)));
    await say(sessionId, "mi notebook no prende");
    const plan = faultPlan({ [binding]: fault });
    const request = () => new Request(url(`/api/gdpr/delete-me/${sessionId}`), { method: "DELETE" });
    const first = await send(request(), plan);
    if (binding === "kv") expect(first.res.status, first.body).toBe(200);
    else {
      expect(first.res.status, first.body).toBe(503);
      expect(first.res.headers.get("Retry-After")).not.toBeNull();
      delete plan[binding];
      const again = await send(request(), plan);
      expect(again.res.status, again.body).toBe(200);
      expect((JSON.parse(again.body) as ErasureResponse).sessionId).toBe(sessionId);
    }
    expect(await env.DB.prepare("SELECT id FROM sessions WHERE id = ?").bind(sessionId).first()).toBeNull();
    expect((await env.CHAT_SESSION.getByName(sessionId).exportData()).messages).toHaveLength(0);
  });

  it.skipIf(fault === "hang")(
    "a purge run by an admin reports an R2 target that failed (complete: false) and is a 503 when D1 fails",
    async () => {
      const plan = faultPlan({ [binding]: fault });
      const { res, body } = await send(
        new Request(url("/api/admin/purge?dryRun=1"), { method: "POST", headers: ADMIN }),
        plan,
      );
      if (binding === "d1") {
        expect(res.status, body).toBe(503);
        expect(JSON.parse(body)).toMatchObject({ error: { code: "service_unavailable" } });
      } else {
        expect(res.status, body).toBe(200);
        expect(JSON.parse(body)).toMatchObject({ complete: binding !== "r2" });
      }
    },
  );

  it("health answers, naming the broken store, never a 500", { timeout: 15_000 }, async () => {
    const plan = faultPlan({ [binding]: fault });
    const { res, body } = await send(get("/api/health", ADMIN), plan);
    expect([200, 503], body).toContain(res.status);
    expect(() => JSON.parse(body)).not.toThrow();
  });
});
