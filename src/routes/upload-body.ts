import { detectImageType } from "../lib/uploads/detect-type";
import { boundaryOf, type Head, MultipartForm } from "../lib/uploads/multipart";
import type { UploadContentType } from "../protocol";
import { sessionIdSchema } from "../schemas";

/**
 * Reads an upload request (`multipart/form-data`: the field `sessionId`, then the file `file`)
 * without trusting it, and with one copy of the photo in memory at most:
 *
 * 1. the size is checked against `Content-Length` before a byte is read;
 * 2. the fields before the file are read (at most MULTIPART_OVERHEAD_BYTES), and `admit` decides
 *    on the session: an unknown, closed or full one is refused before a byte of the photo is read;
 * 3. the rest is read once into one buffer (of the declared length, or growing in place up to the
 *    limit without one), and the photo is a view of that buffer, never copied;
 * 4. a body that ends early is refused, and the photo's type comes from its bytes.
 *
 * Refusals are typed so the route can answer the right 4xx.
 */

export type UploadRefusal =
  | { status: 400; code: "invalid_multipart" | "validation_failed"; message: string }
  | { status: 413; code: "payload_too_large"; message: string }
  | { status: 415; code: "unsupported_media_type"; message: string };

export type ReceivedUpload<R> =
  | { ok: true; sessionId: string; bytes: Uint8Array; contentType: UploadContentType }
  | { ok: false; refusal: UploadRefusal }
  /** `admit` refused the session (before the photo was read). */
  | { ok: false; refused: R };

/** Room for the form around the photo: boundaries, part headers, the file name and the session id. */
export const MULTIPART_OVERHEAD_BYTES = 16 * 1024;

const MULTIPART = /^multipart\/form-data\s*;/i;

const refuse = (refusal: UploadRefusal) => ({ ok: false, refusal }) as const;
const invalid = (message: string) => refuse({ status: 400, code: "validation_failed", message });
const cutShort = () =>
  refuse({ status: 400, code: "invalid_multipart", message: "The upload was cut short; send it again" });
const notAForm = () =>
  refuse({
    status: 400,
    code: "invalid_multipart",
    message: "The body is not a complete multipart/form-data form (was it cut short?)",
  });

export async function receiveUpload<R>(
  request: Request,
  maxFileBytes: number,
  admit: (sessionId: string) => Promise<R | null>,
): Promise<ReceivedUpload<R>> {
  const tooLarge = refuse({
    status: 413,
    code: "payload_too_large",
    message: `The photo is larger than the limit of ${maxFileBytes} bytes`,
  });
  const type = request.headers.get("Content-Type") ?? "";
  const boundary = MULTIPART.test(type) ? boundaryOf(type) : null;
  if (boundary === null) {
    return refuse({
      status: 415,
      code: "unsupported_media_type",
      message: "Send the photo as multipart/form-data with the fields sessionId and file",
    });
  }
  const maxBodyBytes = maxFileBytes + MULTIPART_OVERHEAD_BYTES;
  const declaredHeader = request.headers.get("Content-Length");
  if (declaredHeader !== null && !/^\d{1,15}$/.test(declaredHeader)) {
    return refuse({ status: 400, code: "invalid_multipart", message: "Content-Length is not a number" });
  }
  const declared = declaredHeader === null ? null : Number(declaredHeader);
  // A declared size over the limit is refused before a single byte is read.
  if (declared !== null && declared > maxBodyBytes) return tooLarge;
  if (!request.body) return notAForm();

  const form = new MultipartForm(boundary);
  const reader = request.body.getReader();
  let done = false;
  try {
    // 2. The fields, up to the file part's headers: small, so gathered chunk by chunk.
    let head = new Uint8Array(0);
    let parsed: Head = { kind: "incomplete" };
    while (parsed.kind === "incomplete") {
      if (head.length > MULTIPART_OVERHEAD_BYTES) {
        return invalid(
          "file: send sessionId and then the photo, with no more than 16 KB of fields before it",
        );
      }
      const chunk = await readChunk(reader);
      if (chunk === "broken") return cutShort();
      if (chunk === "done") {
        done = true;
        break;
      }
      const joined = new Uint8Array(head.length + chunk.length);
      joined.set(head);
      joined.set(chunk, head.length);
      head = joined;
      parsed = form.readHead(head);
    }
    if (parsed.kind === "incomplete") return notAForm();
    if (parsed.kind === "invalid") {
      return parsed.reason === "file_not_a_file" ? invalid("file: required, as a file field") : notAForm();
    }
    const sessionId = parsed.fields.get("sessionId");
    if (sessionId === undefined) {
      return invalid(
        parsed.kind === "no_file"
          ? "sessionId: required, as a form field"
          : "sessionId: required, as a form field sent before the file",
      );
    }
    const parsedId = sessionIdSchema.safeParse(sessionId);
    if (!parsedId.success) return invalid(`sessionId: ${parsedId.error.issues[0]?.message ?? "invalid"}`);
    if (parsed.kind === "no_file") return invalid("file: required, as a file field");
    if (declared !== null && declared < head.length) return cutShort();

    const refused = await admit(parsedId.data);
    if (refused !== null) return { ok: false, refused };

    // 3. The rest, read once into the one buffer that will hold the photo.
    const body = BodyBuffer.create(declared, maxBodyBytes);
    if (!body.append(head)) return tooLarge;
    while (!done) {
      const chunk = await readChunk(reader);
      if (chunk === "broken") return cutShort();
      if (chunk === "done") done = true;
      else if (!body.append(chunk)) return declared === null ? tooLarge : cutShort();
    }
    const bytes = body.bytes();
    if (declared !== null && bytes.length !== declared) return cutShort();

    // 4. Where the photo ends; what it is.
    const tail = form.readTail(bytes, parsed.fileStart);
    if (tail.kind === "incomplete") return cutShort();
    if (tail.kind === "invalid") {
      return tail.reason === "second_file" ? invalid("file: send one photo per upload") : notAForm();
    }
    const photo = bytes.subarray(parsed.fileStart, tail.fileEnd);
    if (photo.length > maxFileBytes) return tooLarge;
    const detection = detectImageType(photo);
    if (!detection.accepted) {
      return refuse({
        status: 415,
        code: "unsupported_media_type",
        message: `Only JPEG, PNG, WebP and HEIC photos are accepted; this file is ${detection.detected}`,
      });
    }
    return { ok: true, sessionId: parsedId.data, bytes: photo, contentType: detection.contentType };
  } finally {
    // Refused early: the rest of the body is never read.
    if (!done) reader.cancel().catch(() => {});
  }
}

async function readChunk(
  reader: ReadableStreamDefaultReader<Uint8Array>,
): Promise<Uint8Array | "done" | "broken"> {
  try {
    const { done, value } = await reader.read();
    return done ? "done" : value;
  } catch {
    return "broken";
  }
}

/**
 * The body, in one buffer: exactly the declared length when there is one, else one that grows in
 * place (a resizable ArrayBuffer, so growing never copies) up to the limit.
 */
class BodyBuffer {
  private length = 0;

  private constructor(
    private readonly buffer: ArrayBuffer,
    private readonly capacity: number,
  ) {}

  static create(declared: number | null, maxBytes: number): BodyBuffer {
    return declared !== null
      ? new BodyBuffer(new ArrayBuffer(declared), declared)
      : new BodyBuffer(new ArrayBuffer(0, { maxByteLength: maxBytes }), maxBytes);
  }

  /** False when the bytes would pass the capacity (nothing is added then). */
  append(chunk: Uint8Array): boolean {
    const end = this.length + chunk.length;
    if (end > this.capacity) return false;
    if (this.buffer.resizable && end > this.buffer.byteLength) this.buffer.resize(end);
    new Uint8Array(this.buffer, this.length, chunk.length).set(chunk);
    this.length = end;
    return true;
  }

  bytes(): Uint8Array {
    return new Uint8Array(this.buffer, 0, this.length);
  }
}
