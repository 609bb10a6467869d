import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { expectError, newSessionId, press } from "../../helpers/api";
import { PNG, startedSession, upload, uploadKeys } from "./support";

const enc = (text: string) => new TextEncoder().encode(text);
const BOUNDARY = "photoNeverRead";
const MULTIPART = { "Content-Type": `multipart/form-data; boundary=${BOUNDARY}` };
const PHOTO_HEADERS = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`;
const sessionField = (sessionId: string) =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="sessionId"\r\n\r\n${sessionId}\r\n`;

/**
 * A 10 MB upload whose photo never arrives: the stream gives the form's head (the fields and the
 * file part's headers), then never another byte. An upload that tried to read the photo could
 * never answer (the test would time out); one refused before reading it answers at once.
 */
function photoThatNeverArrives(head: string) {
  let sent = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent) return new Promise<void>(() => {});
      sent = true;
      controller.enqueue(enc(head));
    },
  });
  return { body, headers: { ...MULTIPART, "Content-Length": String(10 * 1024 * 1024) } };
}

/** Nothing reached R2 and the conversation has no photo. */
async function expectNothingStored(sessionId: string, keysBefore: string[]) {
  expect(await uploadKeys()).toEqual(keysBefore);
  const { messages } = await env.CHAT_SESSION.getByName(sessionId).history();
  expect(messages.filter((m) => m.kind === "photo")).toHaveLength(0);
}

describe("POST /api/upload refuses a session that cannot take the photo before reading the photo", () => {
  it("an unknown session: 404", async () => {
    const sessionId = newSessionId("ghost");
    const before = await uploadKeys();
    const { body, headers } = photoThatNeverArrives(sessionField(sessionId) + PHOTO_HEADERS);
    const res = await upload(body, { headers });
    const error = await expectError(res, 404, "not_found");
    expect(error.error.message).toMatch(/Unknown session/);
    await expectNothingStored(sessionId, before);
  });

  it("a session that declined the notice (closed to photos): 409 photos_not_accepted", async () => {
    const sessionId = newSessionId("declined");
    await press(sessionId, "consent:no");
    const before = await uploadKeys();
    const { body, headers } = photoThatNeverArrives(sessionField(sessionId) + PHOTO_HEADERS);
    await expectError(await upload(body, { headers }), 409, "photos_not_accepted");
    await expectNothingStored(sessionId, before);
  });

  it("a photo sent before its sessionId: 400, without reading it", async () => {
    const sessionId = await startedSession();
    const before = await uploadKeys();
    const { body, headers } = photoThatNeverArrives(PHOTO_HEADERS);
    const error = await expectError(await upload(body, { headers }), 400, "validation_failed");
    expect(error.error.message).toMatch(/^sessionId: .*before the file/);
    await expectNothingStored(sessionId, before);
  });

  it.each([
    ["with", true],
    ["without", false],
  ])(
    "a started session takes the same upload once the photo arrives, in pieces (%s Content-Length)",
    async (_label, declared) => {
      const sessionId = await startedSession();
      const pieces = [
        enc(sessionField(sessionId) + PHOTO_HEADERS),
        PNG.subarray(0, 20),
        PNG.subarray(20),
        enc(`\r\n--${BOUNDARY}--\r\n`),
      ];
      const length = pieces.reduce((n, p) => n + p.length, 0);
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          const next = pieces.shift();
          if (next) controller.enqueue(next);
          else controller.close();
        },
      });
      const res = await upload(body, {
        headers: { ...MULTIPART, ...(declared ? { "Content-Length": String(length) } : {}) },
      });
      const text = await res.text();
      expect(res.status, text).toBe(201);
      const stored = await env.BUCKET.get(
        (await uploadKeys()).find((k) =>
          k.endsWith((JSON.parse(text) as { upload: { id: string } }).upload.id),
        ) ?? "",
      );
      expect(new Uint8Array((await stored?.arrayBuffer()) ?? new ArrayBuffer(0))).toEqual(PNG);
    },
  );
});
