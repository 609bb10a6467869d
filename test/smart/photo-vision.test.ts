import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import { bodyOf, Conversation, modelRequests, newMarker, scenario } from "./support";

// A 1×1 PNG: the model server does not look at it, the test checks that it was sent.
const PNG = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+A8AAQUBAScY42YAAAAASUVORK5CYII="),
  (c) => c.charCodeAt(0),
);

it("sends an attached photo to the model; its findings go into the reply, later answers and the ticket", async () => {
  const chat = new Conversation();
  await chat.toSteps();
  const key = `uploads/2026-11-28/${crypto.randomUUID()}.png`;
  await env.BUCKET.put(key, PNG, { httpMetadata: { contentType: "image/png" } });
  const marker = newMarker();
  // The photo call carries no user text (so no marker): the model server gives its default answer.
  await scenario(marker, [
    { kind: "ok", content: "Entonces puede ser el disco. ¿Querés hablar con un técnico?" },
  ]);

  const stub = env.CHAT_SESSION.getByName(chat.sessionId);
  // "iVBORw" starts every base64 PNG: it finds the vision calls.
  const before = (await modelRequests("iVBORw")).length;
  const photo = await stub.attachPhoto({
    sessionId: chat.sessionId,
    attachment: { id: "up-1", key, contentType: "image/png", size: PNG.byteLength },
    smart: true,
    location: chat.location,
  });
  if (!photo.ok) throw new Error(JSON.stringify(photo));
  expect(photo.response.reply).toMatch(/^📷 Recibí la foto\. Lo que veo: /);
  const visionCalls = (await modelRequests("iVBORw")).slice(before);
  expect(visionCalls.length).toBeGreaterThanOrEqual(1);
  const content = bodyOf(visionCalls.at(-1)).messages.at(-1)?.content;
  expect(content).toEqual([
    { type: "image_url", image_url: { url: expect.stringMatching(/^data:image\/png;base64,iVBOR/) } },
  ]);
  const seen = photo.response.reply.replace(/^📷 Recibí la foto\. Lo que veo: /, "");

  // The next smart answer is told what the photo showed.
  await chat.say(`${marker} y ahora qué hago`);
  const facts = bodyOf((await modelRequests(marker)).at(-1))
    .messages.filter((m) => m.role === "system")
    .map((m) => m.content)
    .join("\n");
  expect(facts).toContain(`Photos the user sent showed: ${seen}`);

  // The ticket lists the photo with what was seen in it.
  await chat.press("steps:persists");
  const handoff = await chat.press("technician");
  expect(handoff.ticket?.id).toBeDefined();
  const ticket = (await (await env.BUCKET.get(`tickets/${handoff.ticket?.id}.json`))?.json()) as {
    attachments: { id: string; findings?: string }[];
  };
  expect(ticket.attachments).toEqual([
    {
      id: "up-1",
      contentType: "image/png",
      size: PNG.byteLength,
      findings: seen,
      url: expect.stringMatching(/\/api\/upload\/up-1\?exp=\d+&sig=/),
    },
  ]);
});

it("keeps the photo for the technician without the model when smart mode is off", async () => {
  const chat = new Conversation();
  await chat.toSteps();
  const photo = await env.CHAT_SESSION.getByName(chat.sessionId).attachPhoto({
    sessionId: chat.sessionId,
    attachment: { id: "up-2", key: "uploads/none.png", contentType: "image/png", size: 10 },
    smart: false,
  });
  if (!photo.ok) throw new Error(JSON.stringify(photo));
  expect(photo.response.reply).toMatch(/la sumo a tu consulta/);
  const { messages } = await chat.history();
  expect(messages.filter((m) => m.kind === "photo")).toHaveLength(1);
});

it("refuses a photo for a session that does not exist", async () => {
  const outcome = await env.CHAT_SESSION.getByName("no-such-session-photo").attachPhoto({
    sessionId: "no-such-session-photo",
    attachment: { id: "up-3", key: "uploads/x.png", contentType: "image/png", size: 10 },
  });
  expect(outcome.ok).toBe(false);
});
