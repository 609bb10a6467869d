import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call } from "../../helpers/api";
import {
  HEIC,
  JPEG,
  keyOf,
  PNG,
  pathOf,
  startedSession,
  upload,
  uploaded,
  uploadForm,
  WEBP,
} from "./support";

const ID = /^\d{8}-[A-Za-z0-9_-]{22}$/;

async function sha256Hex(data: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", data));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

describe("POST /api/upload accepts photos recognised by their bytes", () => {
  it.each([
    ["JPEG", JPEG, "photo.jpg", "image/jpeg", "image/jpeg"],
    ["PNG", PNG, "photo.png", "image/png", "image/png"],
    ["WebP", WEBP, "photo.webp", "image/webp", "image/webp"],
    ["HEIC", HEIC, "IMG_0001.HEIC", "image/heic", "image/heic"],
    // The declared type and the name are ignored: a PNG called .jpg is stored as a PNG.
    ["PNG named .jpg", PNG, "photo.jpg", "image/jpeg", "image/png"],
    ["JPEG with no declared type", JPEG, "blob", "application/octet-stream", "image/jpeg"],
  ])("%s", async (_label, file, name, declared, expected) => {
    const sessionId = await startedSession();
    const before = Date.now();
    const { upload: photo, reply } = await uploaded(
      await upload(uploadForm(sessionId, file, name, declared)),
    );

    expect(photo).toEqual({
      id: expect.stringMatching(ID),
      contentType: expected,
      size: file.byteLength,
      url: expect.any(String),
    });
    const today = new Date().toISOString().slice(0, 10);
    expect(photo.id.slice(0, 8)).toBe(today.replaceAll("-", ""));
    expect(reply).toMatchObject({ sessionId, reply: expect.stringMatching(/foto/) });

    // In R2 under a key that starts with the upload date, with what was detected, not declared.
    const key = `uploads/${today}/${photo.id}`;
    expect(keyOf(photo.id)).toBe(key);
    const object = await env.BUCKET.get(key);
    expect(object).not.toBeNull();
    expect(new Uint8Array(await (object as R2ObjectBody).arrayBuffer())).toEqual(file);
    expect(object?.httpMetadata?.contentType).toBe(expected);
    expect(object?.customMetadata).toEqual({
      sessionId,
      createdAt: expect.any(String),
      size: String(file.byteLength),
      sha256: await sha256Hex(file),
      detectedType: expected,
    });
    const created = Date.parse(object?.customMetadata?.createdAt ?? "");
    expect(created).toBeGreaterThanOrEqual(before);
    expect(created).toBeLessThanOrEqual(Date.now());

    // The widget's link serves it with the detected type.
    const served = await call(pathOf(photo.url));
    expect(served.status).toBe(200);
    expect(served.headers.get("Content-Type")).toBe(expected);
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(file);
  });

  it("joins the conversation as a photo message, shown in the history with a fresh link", async () => {
    const sessionId = await startedSession();
    const { upload: photo, reply } = await uploaded(
      await upload(uploadForm(sessionId, PNG, "a.png", "image/png")),
    );
    const res = await call(`/api/history/${sessionId}`);
    expect(res.status).toBe(200);
    const history = (await res.json()) as {
      messages: { role: string; kind: string; text: string; upload?: { id: string; url: string } }[];
    };
    const [photoMessage, answer] = history.messages.slice(-2);
    expect(photoMessage).toMatchObject({
      role: "user",
      kind: "photo",
      text: "📷 Foto",
      upload: { id: photo.id, contentType: "image/png", size: PNG.byteLength, url: expect.any(String) },
    });
    expect(answer).toMatchObject({ role: "assistant", kind: "reply", text: reply.reply });
    const served = await call(pathOf(photoMessage?.upload?.url ?? ""));
    expect(served.status).toBe(200);
    expect(history.messages.filter((m) => m.kind === "photo")).toHaveLength(1);
  });

  it("accepts a photo of exactly UPLOAD_MAX_BYTES", async () => {
    const sessionId = await startedSession();
    const file = new Uint8Array(10 * 1024 * 1024);
    file.set(JPEG);
    const { upload: photo } = await uploaded(await upload(uploadForm(sessionId, file)));
    expect(photo.size).toBe(file.byteLength);
    expect((await env.BUCKET.head(keyOf(photo.id)))?.size).toBe(file.byteLength);
  });
});
