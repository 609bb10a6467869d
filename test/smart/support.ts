import { env, exports } from "cloudflare:workers";
import { expect } from "vitest";
import type { ChatResponse } from "../../src/protocol";
import type { RecordedRequest, Step } from "../support/openai-mock.mjs";

/**
 * Smart-mode tests talk to the OpenAI-compatible server the suite started on loopback
 * (vitest.config.ts): `OPENAI_BASE_URL` points the Worker at it, `OPENAI_MOCK_CONTROL_URL` scripts it.
 * Each test uses its own marker (letters only, so masking leaves it alone) inside the user's
 * messages to script and read the calls of its own conversation, and its own location (`cf.colo`)
 * so each test has its own circuit breaker.
 */
const testEnv = env as unknown as Env & { OPENAI_MOCK_CONTROL_URL: string };

const letters = (n: number) =>
  Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => String.fromCharCode(97 + (b % 26))).join("");

export const newMarker = () => `mk${letters(14)}`;
export const newLocation = () => letters(3).toUpperCase();

export async function scenario(marker: string, steps: Step[]): Promise<void> {
  const res = await fetch(`${testEnv.OPENAI_MOCK_CONTROL_URL}/__mock/scenarios`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ marker, steps }),
  });
  expect(res.status, await res.text()).toBeLessThan(300);
}

export async function modelRequests(marker: string): Promise<RecordedRequest[]> {
  const res = await fetch(`${testEnv.OPENAI_MOCK_CONTROL_URL}/__mock/requests?marker=${marker}`);
  return ((await res.json()) as { requests: RecordedRequest[] }).requests;
}

export type ModelRequestBody = {
  messages: { role: string; content: string | { type: string; image_url?: { url: string } }[] }[];
  stream?: boolean;
  response_format?: unknown;
};

export const bodyOf = (r: RecordedRequest | undefined) => r?.body as ModelRequestBody;

/** A conversation of its own: session id, breaker location, and chat calls through the Worker. */
export class Conversation {
  readonly sessionId = `smart-${crypto.randomUUID()}`;
  constructor(readonly location = newLocation()) {}

  request(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return exports.default.fetch(
      new Request(`http://chat.test${path}`, {
        method: "POST",
        headers: { "Content-Type": "application/json", ...headers },
        body: JSON.stringify(body),
        cf: { colo: this.location },
      } as RequestInit),
    );
  }

  async turn(body: Record<string, unknown>): Promise<ChatResponse> {
    const res = await this.request("/api/chat", { sessionId: this.sessionId, ...body });
    const text = await res.text();
    expect(res.status, text).toBe(200);
    return JSON.parse(text) as ChatResponse;
  }

  say = (message: string) => this.turn({ message });
  press = (action: string) => this.turn({ action });

  /** Greeting, consent and name: the next typed message describes the problem. */
  async start(language: "es" | "en" = "es"): Promise<void> {
    const res = await this.request("/api/greeting", { sessionId: this.sessionId, language });
    expect(res.status).toBe(200);
    await this.press("consent:yes");
    await this.press("name:skip");
  }

  /** Up to the steps of a notebook that does not power on, with buttons only (no model calls). */
  async toSteps(): Promise<ChatResponse> {
    await this.start();
    await this.press("device:notebook");
    const steps = await this.press("problem:no_power");
    expect(steps.state.stage).toBe("steps");
    return steps;
  }

  async history(): Promise<{ messages: { role: string; kind: string; text: string }[] }> {
    const res = await exports.default.fetch(new Request(`http://chat.test/api/history/${this.sessionId}`));
    expect(res.status).toBe(200);
    return res.json();
  }

  /** POSTs a streamed turn and parses every SSE event. */
  async stream(message: string): Promise<{ event: string; data: unknown }[]> {
    const res = await this.request(
      "/api/chat",
      { sessionId: this.sessionId, message },
      { Accept: "text/event-stream" },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/text\/event-stream/);
    return parseSse(await res.text());
  }
}

export function parseSse(text: string): { event: string; data: unknown }[] {
  return text
    .split("\n\n")
    .filter((block) => block.trim())
    .map((block) => {
      const lines = block.split("\n");
      const event = lines.find((l) => l.startsWith("event: "))?.slice(7) ?? "message";
      const data = lines
        .filter((l) => l.startsWith("data: "))
        .map((l) => l.slice(6))
        .join("\n");
      return { event, data: JSON.parse(data) as unknown };
    });
}

export async function setFlag(value: "true" | "false" | null): Promise<void> {
  if (value === null) await env.FLAGS.delete("SMART_MODE_ENABLED");
  else await env.FLAGS.put("SMART_MODE_ENABLED", value);
}

/** What the rules alone answer at the same point: a twin conversation at the steps, smart mode off. */
export async function ruleReply(message: string): Promise<string> {
  const twin = new Conversation();
  await twin.toSteps();
  const outcome = await env.CHAT_SESSION.getByName(twin.sessionId).chat({
    sessionId: twin.sessionId,
    message,
  });
  if (!outcome.ok) throw new Error("twin turn failed");
  return outcome.response.reply;
}
