import { afterEach, beforeEach, expect, it, type MockInstance, vi } from "vitest";
import type { ManualTicketResponse } from "../../../src/protocol";
import { call, newSessionId, postJson } from "../../helpers/api";
import { marker, storedLines } from "../logs/support";
import { JPEG, pathOf, startedSession, upload, uploaded, uploadForm } from "../uploads/support";
import { ADMIN } from "./settle";

/**
 * Signed links carry their signature in the query (`?sig=`, `?exp=`), the log stream its token
 * (`?token=`): Cloudflare's own logs are told to drop query strings (wrangler.toml,
 * `redact_query_string`); our request log must never hold them either, whatever the answer.
 */
const METHODS = ["log", "info", "warn", "error", "debug"] as const;
let spies: MockInstance[] = [];
const consoleText = () =>
  spies.flatMap((spy) => spy.mock.calls.map((args) => args.map(String).join(" "))).join("\n");

beforeEach(() => {
  spies = METHODS.map((method) => vi.spyOn(console, method).mockImplementation(() => {}));
});
afterEach(() => vi.restoreAllMocks());

const sigOf = (url: string) => new URL(url).searchParams.get("sig") ?? "";

it("records the route of signed links and secret-bearing URLs, never their signature, token or query", {
  timeout: 15_000,
}, async () => {
  const tag = marker("sigs");
  const sessionId = await startedSession();
  const photo = (await uploaded(await upload(uploadForm(sessionId, JPEG)))).upload;
  const created = await postJson(
    "/api/ticket/create-manual",
    { sessionId: newSessionId("sig"), device: "notebook", problem: "no enciende" },
    ADMIN,
  );
  const { ticket } = (await created.json()) as ManualTicketResponse;
  const secrets = [sigOf(photo.url), sigOf(ticket.url ?? "")];
  for (const value of secrets) expect(value.length).toBeGreaterThan(20);
  const other = "c2lnbmF0dXJlLXRoYXQtbXVzdC1ub3QtYmUtbG9nZ2Vk";

  const requests: [string, string, number][] = [
    ["photo", pathOf(photo.url), 200],
    ["ticket", `/ticket/${ticket.id}?sig=${secrets[1]}`, 200],
    ["forged", `/api/upload/${photo.id}?exp=1&sig=${other}`, 403],
    ["missing", `/api/nothing?sig=${secrets[0]}&token=${other}&signature=${other}`, 404],
    ["method", `/api/health?sig=${secrets[0]}`, 405],
    ["stream", `/api/logs?maxMs=300&token=test-admin-token&since=999999999`, 200],
  ];
  for (const [name, path, status] of requests) {
    const res = await call(path, {
      method: name === "method" ? "DELETE" : "GET",
      headers: { "X-Request-Id": `${tag}-${name}` },
    });
    await res.arrayBuffer();
    expect(res.status, name).toBe(status);
  }

  const lines = (await storedLines(tag)).filter((l) => l.event === "request");
  const routes = Object.fromEntries(lines.map((l) => [String(l.requestId).replace(`${tag}-`, ""), l.route]));
  expect(routes).toEqual({
    photo: "/api/upload/:id",
    ticket: "/ticket/:id",
    forged: "/api/upload/:id",
    missing: "/api/nothing",
    method: "/api/health",
    stream: "/api/logs",
  });
  const everything = `${JSON.stringify(lines)}\n${consoleText()}`;
  for (const value of [...secrets, other, "test-admin-token"]) expect(everything).not.toContain(value);
  expect(everything).not.toMatch(/[?&](sig|exp|token|signature)=/);
});
