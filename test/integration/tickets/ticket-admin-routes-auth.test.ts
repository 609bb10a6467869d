import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Ticket } from "../../../src/protocol";
import { call, expectError, newSessionId } from "../../helpers/api";
import { ADMIN_TOKEN, manualTicket, ticketRowById, ticketRows } from "./support";

type Credentials = { headers: Record<string, string>; query: string };

const NONE: Credentials = { headers: {}, query: "" };
const WRONG_BEARER: Credentials = { headers: { Authorization: "Bearer not-the-token" }, query: "" };
const WRONG_QUERY: Credentials = { headers: {}, query: "token=not-the-token" };
const RIGHT_BEARER: Credentials = { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` }, query: "" };
const RIGHT_QUERY: Credentials = { headers: {}, query: `token=${ADMIN_TOKEN}` };

const DENIED: [string, Credentials][] = [
  ["no token", NONE],
  ["a wrong bearer token", WRONG_BEARER],
  ["a wrong ?token=", WRONG_QUERY],
  ["an empty bearer token", { headers: { Authorization: "Bearer " }, query: "" }],
  ["a Basic header with the right token", { headers: { Authorization: `Basic ${ADMIN_TOKEN}` }, query: "" }],
  ["the token with a prefix", { headers: { Authorization: `Bearer x${ADMIN_TOKEN}` }, query: "" }],
  ["a wrong bearer even with the right ?token=", { headers: WRONG_BEARER.headers, query: RIGHT_QUERY.query }],
  // Only the live log stream takes ?token= (test/integration/admin-auth/).
  ["the right ?token= without the header", RIGHT_QUERY],
];
const ALLOWED: [string, Credentials][] = [["the right bearer token", RIGHT_BEARER]];

function request(method: string, path: string, credentials: Credentials, body?: unknown): Promise<Response> {
  const sep = path.includes("?") ? "&" : "?";
  const url = credentials.query ? `${path}${sep}${credentials.query}` : path;
  return call(url, {
    method,
    headers: { ...credentials.headers, ...(body ? { "Content-Type": "application/json" } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
}

const someTicket = (name = "Ana") =>
  manualTicket({ sessionId: newSessionId("auth"), name, device: "notebook", problem: "no enciende" });

async function expectUnauthorized(res: Response, leaked: Ticket): Promise<void> {
  expect(res.headers.get("WWW-Authenticate")).toMatch(/^Bearer /);
  const text = await res.clone().text();
  await expectError(res, 401, "unauthorized");
  expect(text).not.toContain(leaked.id);
  expect(text).not.toContain(leaked.sessionId);
}

describe("admin ticket routes refuse a missing or wrong token", () => {
  it.each(DENIED)("with %s", async (_, credentials) => {
    const ticket = await someTicket();

    await expectUnauthorized(await request("GET", "/api/tickets", credentials), ticket);
    await expectUnauthorized(await request("GET", `/api/ticket/${ticket.id}`, credentials), ticket);
    await expectUnauthorized(await request("DELETE", `/api/ticket/${ticket.id}`, credentials), ticket);
    const sid = newSessionId("auth");
    const create = await request("POST", "/api/ticket/create-manual", credentials, {
      sessionId: sid,
      name: "Mallory",
      device: "notebook",
      problem: "no enciende",
    });
    await expectUnauthorized(create, ticket);

    // Nothing was deleted and nothing was created.
    expect(await ticketRowById(ticket.id)).not.toBeNull();
    expect(await env.BUCKET.head(`tickets/${ticket.id}.json`)).not.toBeNull();
    expect(await ticketRows(sid)).toEqual([]);
  });
});

describe("admin ticket routes accept the right token", () => {
  it.each(ALLOWED)("with %s", async (_, credentials) => {
    const ticket = await someTicket();

    const list = await request("GET", "/api/tickets", credentials);
    expect(list.status).toBe(200);
    const { tickets } = (await list.json()) as { tickets: { id: string }[] };
    expect(tickets.map((t) => t.id)).toContain(ticket.id);

    const read = await request("GET", `/api/ticket/${ticket.id}`, credentials);
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(ticket);

    const sid = newSessionId("auth");
    const create = await request("POST", "/api/ticket/create-manual", credentials, {
      sessionId: sid,
      name: "Ana",
      device: "notebook",
      problem: "no enciende",
    });
    expect(create.status).toBe(201);
    const created = (await create.json()) as { created: boolean; ticket: Ticket };
    expect(created.created).toBe(true);
    expect((await ticketRows(sid)).map((r) => r.id)).toEqual([created.ticket.id]);

    const del = await request("DELETE", `/api/ticket/${ticket.id}`, credentials);
    expect(del.status).toBe(200);
    expect(await del.json()).toEqual({ deleted: ticket.id });
    expect(await ticketRowById(ticket.id)).toBeNull();
  });
});
