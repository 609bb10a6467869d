import { describe, expect, it } from "vitest";
import { GUARD_MARKER } from "../../src/lib/smart/prompt";
import { bodyOf, Conversation, modelRequests, newMarker, scenario } from "./support";

describe("smart answers", () => {
  it("answers with the model, grounded in the state and the knowledge base, personal data masked", async () => {
    const chat = new Conversation();
    await chat.toSteps();
    const marker = newMarker();
    const content = "Probá mantener apretado el botón de encendido 30 segundos. ¿Funcionó?";
    await scenario(marker, [{ kind: "ok", content }]);

    const reply = await chat.say(`${marker} ya probé eso, escribime a ana.perez@gmail.com o al 341 555-1234`);
    expect(reply.reply).toBe(content);

    const [request, ...more] = await modelRequests(marker);
    expect(more).toHaveLength(0);
    const body = bodyOf(request);
    const system = body.messages.filter((m) => m.role === "system").map((m) => String(m.content));
    expect(system.join("\n")).toContain(GUARD_MARKER);
    expect(system.join("\n")).toMatch(/Knowledge-base steps/);
    expect(system.join("\n")).toMatch(/Device: (Notebook|Laptop)/i);
    const user = body.messages.at(-1);
    expect(user?.role).toBe("user");
    expect(user?.content).toBe(`${marker} ya probé eso, escribime a [email] o al [phone]`);
    // The user's words never reach the instructions.
    expect(system.join("\n")).not.toContain(marker);

    // Stored once: one user message and one reply for the turn.
    const { messages } = await chat.history();
    expect(messages.filter((m) => m.text === content)).toHaveLength(1);
    expect(messages.filter((m) => m.text.includes(marker))).toHaveLength(1);
  });

  it("streams deltas, then one done event carrying the same JSON as a plain answer", async () => {
    const chat = new Conversation();
    await chat.toSteps();
    const marker = newMarker();
    const content =
      "Revisá que el cargador tenga la luz encendida y probá otro enchufe. Si la notebook sigue sin prender, contame qué ves.";
    await scenario(marker, [{ kind: "ok", content, chunkDelayMs: 2 }]);

    const events = await chat.stream(`${marker} sigue sin prender`);
    const deltas = events.filter((e) => e.event === "delta").map((e) => (e.data as { text: string }).text);
    expect(deltas.length).toBeGreaterThan(1);
    const done = events.at(-1);
    expect(done?.event).toBe("done");
    const response = done?.data as { reply: string; state: { stage: string }; buttons: unknown[] };
    expect(deltas.join("")).toBe(response.reply);
    expect(response.reply).toBe(content);
    expect(response.buttons.length).toBeGreaterThan(0);
    expect(events.filter((e) => e.event === "done")).toHaveLength(1);
    expect(bodyOf((await modelRequests(marker))[0]).stream).toBe(true);
    const { messages } = await chat.history();
    expect(messages.filter((m) => m.text === content)).toHaveLength(1);
  });

  it("streams a rules-only turn (button press) as one delta and done", async () => {
    const chat = new Conversation();
    await chat.start();
    const res = await chat.request(
      "/api/chat",
      { sessionId: chat.sessionId, action: "device:printer" },
      { Accept: "text/event-stream" },
    );
    const text = await res.text();
    const events = text.split("\n\n").filter(Boolean);
    expect(events).toHaveLength(2);
    expect(events[0]).toMatch(/^event: delta/);
    expect(events[1]).toMatch(/^event: done/);
  });

  it("keeps the turn when the client goes away mid-stream: the full reply is stored", async () => {
    const chat = new Conversation();
    await chat.toSteps();
    const marker = newMarker();
    const content =
      "Uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis.";
    await scenario(marker, [{ kind: "ok", content, chunkDelayMs: 20 }]);
    const res = await chat.request(
      "/api/chat",
      { sessionId: chat.sessionId, message: `${marker} no anda` },
      { Accept: "text/event-stream" },
    );
    const reader = res.body?.getReader();
    await reader?.read();
    await reader?.cancel();
    // Asking again (what a reconnecting widget does) waits for the turn and gets the whole reply, once.
    const stored = (await chat.history()).messages.filter((m) => m.text === content).map((m) => m.text);
    expect(stored).toEqual([content]);
  });

  it("refuses a bad action with a JSON 400 before any stream starts", async () => {
    const chat = new Conversation();
    await chat.start();
    const res = await chat.request(
      "/api/chat",
      { sessionId: chat.sessionId, action: "nope:nope" },
      { Accept: "text/event-stream" },
    );
    expect(res.status).toBe(400);
    expect(res.headers.get("Content-Type")).toMatch(/application\/json/);
  });
});
