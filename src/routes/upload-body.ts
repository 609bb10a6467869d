import { detectImageType } from "../lib/uploads/detect-type";
import type { UploadContentType } from "../protocol";
import { sessionIdSchema } from "../schemas";

/**
 * Reads an upload request (`multipart/form-data` with `sessionId` and `file`) without trusting it:
 * the size is enforced before and while reading, a body that ends early is refused, and the photo's
 * type comes from its bytes. Refusals are typed so the route can answer the right 4xx.
 */

export type UploadRefusal =
  | { status: 400; code: "invalid_multipart" | "validation_failed"; message: string }
  | { status: 413; code: "payload_too_large"; message: string }
  | { status: 415; code: "unsupported_media_type"; message: string };

export type ReceivedUpload =
  | { ok: true; sessionId: string; bytes: Uint8Array; contentType: UploadContentType }
  | { ok: false; refusal: UploadRefusal };

/** Room for the form around the photo: boundaries, part headers, the file name and the session id. */
export const MULTIPART_OVERHEAD_BYTES = 16 * 1024;

const MULTIPART = /^multipart\/form-data\s*;.*\bboundary=/i;

const refuse = (refusal: UploadRefusal): ReceivedUpload => ({ ok: false, refusal });

export async function receiveUpload(request: Request, maxFileBytes: number): Promise<ReceivedUpload> {
  const tooLarge = refuse({
    status: 413,
    code: "payload_too_large",
    message: `The photo is larger than the limit of ${maxFileBytes} bytes`,
  });
  const type = request.headers.get("Content-Type") ?? "";
  if (!MULTIPART.test(type)) {
    return refuse({
      status: 415,
      code: "unsupported_media_type",
      message: "Send the photo as multipart/form-data with the fields sessionId and file",
    });
  }
  const maxBodyBytes = maxFileBytes + MULTIPART_OVERHEAD_BYTES;
  const declared = request.headers.get("Content-Length");
  if (declared !== null && !/^\d{1,15}$/.test(declared)) {
    return refuse({ status: 400, code: "invalid_multipart", message: "Content-Length is not a number" });
  }
  // A declared size over the limit is refused before a single byte is read.
  if (declared !== null && Number(declared) > maxBodyBytes) return tooLarge;

  const body = await readCapped(request.body, maxBodyBytes);
  if (body.kind === "too_large") return tooLarge;
  if (body.kind === "broken" || (declared !== null && body.bytes.byteLength !== Number(declared))) {
    return refuse({
      status: 400,
      code: "invalid_multipart",
      message: "The upload was cut short; send it again",
    });
  }

  let form: FormData;
  try {
    form = await new Response(body.bytes, { headers: { "Content-Type": type } }).formData();
  } catch {
    return refuse({
      status: 400,
      code: "invalid_multipart",
      message: "The body is not a complete multipart/form-data form (was it cut short?)",
    });
  }

  const sessionId = form.get("sessionId");
  if (typeof sessionId !== "string") return invalid("sessionId: required, as a form field");
  const parsedId = sessionIdSchema.safeParse(sessionId);
  if (!parsedId.success) return invalid(`sessionId: ${parsedId.error.issues[0]?.message ?? "invalid"}`);
  const files = form.getAll("file");
  const file = files[0];
  if (!(file instanceof File)) return invalid("file: required, as a file field");
  if (files.length > 1) return invalid("file: send one photo per upload");
  if (file.size > maxFileBytes) return tooLarge;

  const bytes = new Uint8Array(await file.arrayBuffer());
  const detection = detectImageType(bytes);
  if (!detection.accepted) {
    return refuse({
      status: 415,
      code: "unsupported_media_type",
      message: `Only JPEG, PNG, WebP and HEIC photos are accepted; this file is ${detection.detected}`,
    });
  }
  return { ok: true, sessionId: parsedId.data, bytes, contentType: detection.contentType };
}

const invalid = (message: string) => refuse({ status: 400, code: "validation_failed", message });

type ReadResult = { kind: "ok"; bytes: Uint8Array } | { kind: "too_large" } | { kind: "broken" };

/** The whole body, or "too_large" as soon as it passes `maxBytes` (the rest is never read). */
async function readCapped(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<ReadResult> {
  if (!body) return { kind: "ok", bytes: new Uint8Array(0) };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        reader.cancel().catch(() => {});
        return { kind: "too_large" };
      }
      chunks.push(value);
    }
  } catch {
    return { kind: "broken" };
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { kind: "ok", bytes };
}
