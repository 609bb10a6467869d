import { env } from "cloudflare:workers";
import { expect } from "vitest";
import type { UploadResponse } from "../../../src/protocol";
import { call, greet, newSessionId, press } from "../../helpers/api";

/** Shared by the upload tests: tiny photos of each type, multipart requests, and reads of R2. */

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? Array.from(p, (c) => c.charCodeAt(0)) : p)));

/** A 1×1 PNG. */
export const PNG = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+A8AAQUBAScY42YAAAAASUVORK5CYII="),
  (c) => c.charCodeAt(0),
);
/** Detection reads only the first bytes, so a header is enough for the other types. */
export const JPEG = bytes(
  [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10],
  "JFIF",
  [0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9],
);
export const WEBP = bytes(
  "RIFF",
  [0x1a, 0, 0, 0],
  "WEBPVP8L",
  [0x0d, 0, 0, 0, 0x2f, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xfe, 0x07, 0],
);
/** `ftyp` box: size 24, major brand heic, minor version 0, compatible brands mif1 and heic. */
export const HEIC = bytes([0, 0, 0, 24], "ftypheic", [0, 0, 0, 0], "mif1heic", [0, 0, 0, 8], "mdat");
export const HTML = bytes("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");
export const SVG = bytes(
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
);

export function uploadForm(
  sessionId: string | null,
  file: Uint8Array | null,
  name = "photo.jpg",
  type = "image/jpeg",
) {
  const form = new FormData();
  if (sessionId !== null) form.append("sessionId", sessionId);
  if (file !== null) form.append("file", new File([file], name, { type }));
  return form;
}

export function upload(form: FormData | BodyInit, init: RequestInit = {}): Promise<Response> {
  return call("/api/upload", { method: "POST", body: form, ...init });
}

export async function uploaded(res: Response): Promise<UploadResponse> {
  const text = await res.text();
  expect(res.status, text).toBe(201);
  return JSON.parse(text) as UploadResponse;
}

/** A session past the privacy notice, ready to receive photos. */
export async function startedSession(): Promise<string> {
  const id = newSessionId("up");
  await greet(id);
  await press(id, "consent:yes");
  return id;
}

/** Every upload key in R2 (paged, though these tests never pass one page). */
export async function uploadKeys(): Promise<string[]> {
  const keys: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await env.BUCKET.list({ prefix: "uploads/", ...(cursor ? { cursor } : {}) });
    keys.push(...page.objects.map((o) => o.key));
    cursor = page.truncated ? page.cursor : undefined;
  } while (cursor);
  return keys;
}

/** The path and query of a link the Worker gave out, to request it through the test's `call`. */
export const pathOf = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

export const keyOf = (id: string) => `uploads/${id.slice(0, 4)}-${id.slice(4, 6)}-${id.slice(6, 8)}/${id}`;
