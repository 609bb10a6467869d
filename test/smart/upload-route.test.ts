import { exports } from "cloudflare:workers";
import { expect, it } from "vitest";
import type { UploadResponse } from "../../src/protocol";
import { bodyOf, Conversation, modelRequests, newMarker } from "./support";

// A 1×1 PNG and a HEIC header: detection reads only their first bytes.
const PNG = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+A8AAQUBAScY42YAAAAASUVORK5CYII="),
  (c) => c.charCodeAt(0),
);
const HEIC = Uint8Array.from("\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic\x00\x00\x00\x08mdat", (c) =>
  c.charCodeAt(0),
);

/**
 * The photo plus a tag of letters of its own, placed on a 3-byte boundary so that its base64 (letters
 * and digits only) appears verbatim in the data URL the model receives: it finds this test's calls.
 */
function tagged(photo: Uint8Array): { file: Uint8Array; tag: string } {
  const letters = `${newMarker()}xy`; // 18 letters: whole base64 groups
  const padded = Math.ceil(photo.byteLength / 3) * 3;
  const file = new Uint8Array(padded + letters.length);
  file.set(photo);
  file.set(
    Uint8Array.from(letters, (c) => c.charCodeAt(0)),
    padded,
  );
  return { file, tag: btoa(letters) };
}

async function uploadThroughRoute(
  chat: Conversation,
  file: Uint8Array,
  name: string,
): Promise<UploadResponse> {
  const form = new FormData();
  form.append("sessionId", chat.sessionId);
  form.append("file", new File([file], name, { type: "image/jpeg" }));
  const res = await exports.default.fetch(
    new Request("http://chat.test/api/upload", {
      method: "POST",
      body: form,
      cf: { colo: chat.location },
    } as RequestInit),
  );
  const text = await res.text();
  expect(res.status, text).toBe(201);
  return JSON.parse(text) as UploadResponse;
}

it("a photo uploaded through POST /api/upload reaches the model as an image; what it saw is the reply", async () => {
  const chat = new Conversation();
  await chat.toSteps();
  const { file, tag } = tagged(PNG);
  const { upload, reply } = await uploadThroughRoute(chat, file, "photo.jpg");
  expect(upload.contentType).toBe("image/png");

  const calls = await modelRequests(tag);
  expect(calls).toHaveLength(1);
  const content = bodyOf(calls[0]).messages.at(-1)?.content;
  expect(content).toEqual([
    { type: "image_url", image_url: { url: expect.stringMatching(/^data:image\/png;base64,iVBOR/) } },
  ]);
  expect(reply.reply).toMatch(/^📷 Recibí la foto\. Lo que veo: ./);
  const { messages } = await chat.history();
  expect(messages.filter((m) => m.kind === "photo")).toHaveLength(1);
});

it("a HEIC photo is kept for the technician but not sent to the model, which cannot read it", async () => {
  const chat = new Conversation();
  await chat.toSteps();
  const { file, tag } = tagged(HEIC);
  const { upload, reply } = await uploadThroughRoute(chat, file, "IMG_0001.HEIC");
  expect(upload.contentType).toBe("image/heic");
  expect(await modelRequests(tag)).toEqual([]);
  expect(reply.reply).toMatch(/la sumo a tu consulta/);
});
