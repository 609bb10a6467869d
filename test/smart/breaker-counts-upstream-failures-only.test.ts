import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Step } from "../support/openai-mock.mjs";
import { Conversation, modelRequests, newMarker, scenario } from "./support";

/**
 * The smart project's breaker opens after 3 failures in a row (vitest.config.ts), so 6 of anything
 * counted would open it. Each test has its own location, hence its own breaker.
 */
const MANY = 6;

const breakerOf = (location: string) => env.CIRCUIT_BREAKER.getByName(location).snapshot();

// A 1×1 PNG.
const PNG = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+A8AAQUBAScY42YAAAAASUVORK5CYII="),
  (c) => c.charCodeAt(0),
);

/**
 * The photo with bytes whose base64 is the marker itself (16 letters decode to 12 bytes), placed
 * on a 3-byte boundary: the data URL the model receives contains the marker, which scripts the call.
 */
function photoCarrying(marker: string): Uint8Array {
  const tag = Uint8Array.from(atob(marker), (c) => c.charCodeAt(0));
  const padded = Math.ceil(PNG.byteLength / 3) * 3;
  const bytes = new Uint8Array(padded + tag.byteLength);
  bytes.set(PNG);
  bytes.set(tag, padded);
  return bytes;
}

/** Another turn in the location still reaches the model and gets its answer. */
async function modelStillAnswers(location: string): Promise<void> {
  const chat = new Conversation(location);
  await chat.toSteps();
  const marker = newMarker();
  await scenario(marker, [{ kind: "ok", content: "El servicio sigue respondiendo." }]);
  expect((await chat.say(`${marker} y ahora qué hago`)).reply).toBe("El servicio sigue respondiendo.");
}

describe("the circuit breaker counts only the service's failures", () => {
  it("many corrupt photos (OpenAI's 400 for an invalid image) leave it closed; every photo still goes to the model", async () => {
    const chat = new Conversation();
    await chat.toSteps();
    const marker = newMarker();
    await scenario(
      marker,
      Array.from({ length: MANY }, () => ({
        kind: "error" as const,
        status: 400 as const,
        message: "You uploaded an unsupported image. Please make sure your image is valid.",
      })),
    );
    const file = photoCarrying(marker);
    const stub = env.CHAT_SESSION.getByName(chat.sessionId);
    for (let i = 0; i < MANY; i++) {
      const key = `uploads/2026-12-01/${crypto.randomUUID()}`;
      await env.BUCKET.put(key, file, { httpMetadata: { contentType: "image/png" } });
      const outcome = await stub.attachPhoto({
        sessionId: chat.sessionId,
        attachment: { id: `corrupt-${i}`, key, contentType: "image/png", size: file.byteLength },
        smart: true,
        location: chat.location,
      });
      if (!outcome.ok) throw new Error(JSON.stringify(outcome));
      // The rules' acknowledgement: the photo is kept for the technician.
      expect(outcome.response.reply).toMatch(/la sumo a tu consulta/);
    }
    // No photo was skipped: the circuit never opened.
    expect(await modelRequests(marker)).toHaveLength(MANY);
    expect(await breakerOf(chat.location)).toMatchObject({ state: "closed", consecutiveFailures: 0 });
    await modelStillAnswers(chat.location);
  });

  it("many replies refused by the output guard leave it closed; every turn still asks the model", async () => {
    const chat = new Conversation();
    await chat.toSteps();
    const marker = newMarker();
    await scenario(
      marker,
      Array.from({ length: MANY }, () => ({
        kind: "ok" as const,
        content: "Entrá a https://ejemplo.invalid/arreglo y seguí los pasos.",
      })),
    );
    for (let i = 0; i < MANY; i++) {
      const reply = await chat.say(`${marker} y ahora qué hago`);
      expect(reply.reply).not.toContain("https://");
    }
    expect(await modelRequests(marker)).toHaveLength(MANY);
    expect(await breakerOf(chat.location)).toMatchObject({ state: "closed", consecutiveFailures: 0 });
    await modelStillAnswers(chat.location);
  });

  it.each<[string, Step]>([
    ["5xx", { kind: "error", status: 500 }],
    ["503", { kind: "error", status: 503 }],
    ["429", { kind: "error", status: 429 }],
    ["timeouts", { kind: "hang" }],
    [
      "connections cut mid-answer",
      { kind: "close_mid_stream", content: "Probá reiniciar el equipo y después contame." },
    ],
  ])("%s still open it", async (_label, step) => {
    const chat = new Conversation();
    await chat.toSteps();
    const marker = newMarker();
    // Enough for a retry of every call.
    await scenario(
      marker,
      Array.from({ length: 2 * MANY }, () => step),
    );
    for (let i = 0; i < 3; i++) await chat.say(`${marker} y ahora qué hago`);
    expect((await breakerOf(chat.location)).state).toBe("open");
    // Open: the next turn makes no call.
    const before = (await modelRequests(marker)).length;
    await chat.say(`${marker} y ahora qué hago`);
    expect(await modelRequests(marker)).toHaveLength(before);
  });
});
