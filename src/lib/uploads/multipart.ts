/**
 * A `multipart/form-data` reader over bytes already in memory, for the one form the upload route
 * takes: text fields, then exactly one file. It never copies the file: it finds where the fields
 * end and the file starts (`readHead`, as soon as those bytes have arrived, so the session can be
 * checked before the photo is read), then where the file ends (`readTail`, once the body is
 * complete), and the caller takes the file as a view of its own buffer.
 */

/** Form fields, in order, up to the start of the file part. */
export type Head =
  | { kind: "incomplete" }
  | { kind: "invalid"; reason: HeadProblem }
  /** `fileStart`: offset of the file's first byte. */
  | { kind: "file"; fields: Map<string, string>; fileStart: number }
  /** The form ended (closing boundary) without a file part. */
  | { kind: "no_file"; fields: Map<string, string> };

export type HeadProblem = "malformed" | "file_not_a_file";

/** Where the file ends, once the whole body is there. */
export type Tail =
  | { kind: "ok"; fileEnd: number }
  /** No closing boundary: the body was cut short. */
  | { kind: "incomplete" }
  | { kind: "invalid"; reason: "malformed" | "second_file" };

const CRLF = [13, 10] as const;
const DASH = 45;
const MAX_PART_HEADERS_BYTES = 8 * 1024;

const encoder = new TextEncoder();
const BLANK_LINE = encoder.encode("\r\n\r\n");
const latin1 = new TextDecoder("latin1");
const utf8 = new TextDecoder("utf-8");

/** The `boundary` parameter of a `multipart/form-data` Content-Type, or null. */
export function boundaryOf(contentType: string): string | null {
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;"]{1,70}))(?=$|[\s;])/i.exec(contentType);
  return match?.[1] ?? match?.[2] ?? null;
}

/** First index of `needle` in `bytes` within [from, to), by the native byte search. */
export function indexOfBytes(bytes: Uint8Array, needle: Uint8Array, from = 0, to = bytes.length): number {
  const first = needle[0];
  if (first === undefined) return from;
  const last = to - needle.length;
  for (let i = bytes.indexOf(first, from); i !== -1 && i <= last; i = bytes.indexOf(first, i + 1)) {
    let k = 1;
    while (k < needle.length && bytes[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}

export class MultipartForm {
  /** `--boundary`, which opens the body; every later part is preceded by CRLF + this. */
  private readonly dashBoundary: Uint8Array;
  private readonly delimiter: Uint8Array;

  constructor(boundary: string) {
    this.dashBoundary = encoder.encode(`--${boundary}`);
    this.delimiter = encoder.encode(`\r\n--${boundary}`);
  }

  /** The fields before the file, from the body's first bytes (`incomplete`: more are needed). */
  readHead(body: Uint8Array): Head {
    if (body.length < this.dashBoundary.length) return { kind: "incomplete" };
    // The first boundary opens the body, or ends a preamble (which clients rarely send).
    let at: number;
    if (indexOfBytes(body, this.dashBoundary, 0, this.dashBoundary.length) === 0)
      at = this.dashBoundary.length;
    else {
      const first = indexOfBytes(body, this.delimiter);
      if (first === -1) return { kind: "incomplete" };
      at = first + this.delimiter.length;
    }
    const fields = new Map<string, string>();
    for (;;) {
      const next = this.afterBoundary(body, at);
      if (next === "incomplete") return { kind: "incomplete" };
      if (next === "malformed") return { kind: "invalid", reason: "malformed" };
      if (next === "closed") return { kind: "no_file", fields };
      const part = this.partHeaders(body, next);
      if (part === "incomplete") return { kind: "incomplete" };
      if (part === "malformed") return { kind: "invalid", reason: "malformed" };
      if (part.name === "file") {
        if (!part.isFile) return { kind: "invalid", reason: "file_not_a_file" };
        return { kind: "file", fields, fileStart: part.contentStart };
      }
      const end = indexOfBytes(body, this.delimiter, part.contentStart);
      if (end === -1) return { kind: "incomplete" };
      // The first value of a repeated field wins, as with FormData.get().
      if (part.name !== null && !fields.has(part.name)) {
        fields.set(part.name, utf8.decode(body.subarray(part.contentStart, end)));
      }
      at = end + this.delimiter.length;
    }
  }

  /** Where the file that starts at `fileStart` ends, and that nothing after it is a second file. */
  readTail(body: Uint8Array, fileStart: number): Tail {
    const fileEnd = indexOfBytes(body, this.delimiter, fileStart);
    if (fileEnd === -1) return { kind: "incomplete" };
    let at = fileEnd + this.delimiter.length;
    for (;;) {
      const next = this.afterBoundary(body, at);
      if (next === "incomplete") return { kind: "incomplete" };
      if (next === "malformed") return { kind: "invalid", reason: "malformed" };
      if (next === "closed") return { kind: "ok", fileEnd };
      const part = this.partHeaders(body, next);
      if (part === "incomplete") return { kind: "incomplete" };
      if (part === "malformed") return { kind: "invalid", reason: "malformed" };
      if (part.name === "file") return { kind: "invalid", reason: "second_file" };
      const end = indexOfBytes(body, this.delimiter, part.contentStart);
      if (end === -1) return { kind: "incomplete" };
      at = end + this.delimiter.length;
    }
  }

  /** After a boundary: `--` closes the form (the epilogue is ignored), CRLF opens a part. */
  private afterBoundary(body: Uint8Array, at: number): number | "closed" | "incomplete" | "malformed" {
    if (body.length < at + 2) return "incomplete";
    if (body[at] === DASH && body[at + 1] === DASH) return "closed";
    // Transport padding (spaces and tabs) may follow a boundary.
    let i = at;
    while (i < body.length && (body[i] === 32 || body[i] === 9)) i++;
    if (body.length < i + 2) return "incomplete";
    return body[i] === CRLF[0] && body[i + 1] === CRLF[1] ? i + 2 : "malformed";
  }

  /** One part's headers, from `at` to the blank line; its name and whether it is a file. */
  private partHeaders(
    body: Uint8Array,
    at: number,
  ): { name: string | null; isFile: boolean; contentStart: number } | "incomplete" | "malformed" {
    // A form-data part always has headers (at least its Content-Disposition).
    if (body.length >= at + 2 && body[at] === CRLF[0] && body[at + 1] === CRLF[1]) return "malformed";
    const end = indexOfBytes(body, BLANK_LINE, at, Math.min(body.length, at + MAX_PART_HEADERS_BYTES));
    if (end === -1) return body.length - at >= MAX_PART_HEADERS_BYTES ? "malformed" : "incomplete";
    const headers = latin1.decode(body.subarray(at, end)).split("\r\n");
    const disposition = headers.find((h) => /^content-disposition\s*:/i.test(h));
    if (!disposition || !/:\s*form-data\s*(;|$)/i.test(disposition)) return "malformed";
    const name =
      /;\s*name="((?:[^"\\]|\\.)*)"/i.exec(disposition)?.[1] ?? /;\s*name=([^;\s"]+)/i.exec(disposition)?.[1];
    return {
      name: name === undefined ? null : utf8.decode(Uint8Array.from(name, (c) => c.charCodeAt(0))),
      isFile: /;\s*filename\*?=/i.test(disposition),
      contentStart: end + 4,
    };
  }
}
