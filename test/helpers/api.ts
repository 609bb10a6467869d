import { exports } from "cloudflare:workers";
import { expect } from "vitest";
import type { ChatResponse, ErrorBody, Language } from "../../src/protocol";

/** Requests go through the real Worker entry (`exports.default.fetch`) on Miniflare's bindings. */
export function call(path: string, init: RequestInit = {}): Promise<Response> {
  return exports.default.fetch(new Request(`http://chat.test${path}`, init));
}

export function postJson(
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return call(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** A fresh random session id per test: storage is shared by every test in a file. */
export function newSessionId(prefix = "t"): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

async function ok(res: Response): Promise<ChatResponse> {
  const body = await res.text();
  expect(res.status, body).toBe(200);
  return JSON.parse(body) as ChatResponse;
}

export async function greet(sessionId: string, language?: Language): Promise<ChatResponse> {
  return ok(await postJson("/api/greeting", { sessionId, ...(language ? { language } : {}) }));
}

export async function say(sessionId: string, message: string): Promise<ChatResponse> {
  return ok(await postJson("/api/chat", { sessionId, message }));
}

export async function press(sessionId: string, action: string): Promise<ChatResponse> {
  return ok(await postJson("/api/chat", { sessionId, action }));
}

export async function expectError(res: Response, status: number, code: string): Promise<ErrorBody> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  expect(res.headers.get("Content-Type")).toMatch(/application\/json/);
  const body = JSON.parse(text) as ErrorBody;
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
  return body;
}

export const values = (r: ChatResponse) => r.buttons.map((b) => b.value);
