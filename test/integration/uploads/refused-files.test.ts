import { describe, expect, it } from "vitest";
import { expectError } from "../../helpers/api";
import { HTML, JPEG, PNG, SVG, startedSession, upload, uploadForm, uploadKeys } from "./support";

const LIMIT = 10 * 1024 * 1024;
const enc = (text: string) => new TextEncoder().encode(text);

/** Whatever a refused request was, R2 holds exactly the uploads it held before. */
async function expectNothingStored(request: () => Promise<Response>, status: number, code: string) {
  const before = await uploadKeys();
  const body = await expectError(await request(), status, code);
  expect(await uploadKeys()).toEqual(before);
  return body.error.message;
}

describe("POST /api/upload refuses anything but a photo, storing nothing", () => {
  it.each([
    ["an HTML page named .png", HTML, "photo.png", "image/png", /HTML document/],
    ["an SVG named .png", SVG, "photo.png", "image/png", /SVG image/],
    ["a GIF", enc("GIF89a\x01\x00\x01\x00"), "anim.gif", "image/gif", /GIF image/],
    ["a PDF named .jpg", enc("%PDF-1.7\n"), "scan.jpg", "image/jpeg", /PDF document/],
    [
      "an MP4 video",
      enc("\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2"),
      "clip.heic",
      "image/heic",
      /video/,
    ],
    ["an empty file", new Uint8Array(0), "empty.jpg", "image/jpeg", /empty/],
    ["random bytes", enc("hello, not a photo"), "x.webp", "image/webp", /unknown type/],
  ])("%s: 415 naming what it is", async (_label, file, name, type, detected) => {
    const sessionId = await startedSession();
    const message = await expectNothingStored(
      () => upload(uploadForm(sessionId, file, name, type)),
      415,
      "unsupported_media_type",
    );
    expect(message).toMatch(detected);
    expect(message).toMatch(/JPEG, PNG, WebP and HEIC/);
  });

  it("a photo one byte over UPLOAD_MAX_BYTES: 413", async () => {
    const sessionId = await startedSession();
    const file = new Uint8Array(LIMIT + 1);
    file.set(JPEG);
    const message = await expectNothingStored(
      () => upload(uploadForm(sessionId, file)),
      413,
      "payload_too_large",
    );
    expect(message).toContain(String(LIMIT));
  });

  it("a body whose Content-Length is over the limit: 413 before reading it", async () => {
    const sessionId = await startedSession();
    const file = new Uint8Array(LIMIT + 64 * 1024);
    file.set(PNG);
    await expectNothingStored(() => upload(uploadForm(sessionId, file)), 413, "payload_too_large");
  });

  it("a streamed body with no Content-Length that grows past the limit: 413", async () => {
    const sessionId = await startedSession();
    const boundary = "b0undary";
    const head = enc(
      `--${boundary}\r\nContent-Disposition: form-data; name="sessionId"\r\n\r\n${sessionId}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
    );
    const chunk = new Uint8Array(1024 * 1024);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Never ends on its own: only the limit stops the reading.
        controller.enqueue(sent++ === 0 ? head : chunk);
      },
    });
    await expectNothingStored(
      () => upload(body, { headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` } }),
      413,
      "payload_too_large",
    );
    expect(sent).toBeLessThan(20);
  });

  it("a multipart body cut short (no closing boundary, file incomplete): 400", async () => {
    const sessionId = await startedSession();
    const boundary = "cutshort";
    const truncated =
      `--${boundary}\r\nContent-Disposition: form-data; name="sessionId"\r\n\r\n${sessionId}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n` +
      "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR";
    const message = await expectNothingStored(
      () => upload(truncated, { headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` } }),
      400,
      "invalid_multipart",
    );
    expect(message).toMatch(/cut short/);
  });

  it("a body that is not multipart: 415; missing or malformed fields: 400", async () => {
    const sessionId = await startedSession();
    await expectNothingStored(
      () => upload(JSON.stringify({ sessionId }), { headers: { "Content-Type": "application/json" } }),
      415,
      "unsupported_media_type",
    );
    await expectNothingStored(
      () => upload(PNG, { headers: { "Content-Type": "image/png" } }),
      415,
      "unsupported_media_type",
    );
    const noFile = await expectNothingStored(
      () => upload(uploadForm(sessionId, null)),
      400,
      "validation_failed",
    );
    expect(noFile).toMatch(/^file:/);
    const noSession = await expectNothingStored(
      () => upload(uploadForm(null, PNG)),
      400,
      "validation_failed",
    );
    expect(noSession).toMatch(/^sessionId:/);
    const badSession = await expectNothingStored(
      () => upload(uploadForm("no spaces allowed", PNG)),
      400,
      "validation_failed",
    );
    expect(badSession).toMatch(/^sessionId:/);
    const textFile = uploadForm(sessionId, null);
    textFile.append("file", "just a string");
    await expectNothingStored(() => upload(textFile), 400, "validation_failed");
    const twoFiles = uploadForm(sessionId, PNG);
    twoFiles.append("file", new File([PNG], "b.png"));
    await expectNothingStored(() => upload(twoFiles), 400, "validation_failed");
  });
});
