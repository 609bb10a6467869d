// Request bodies for the reliability fuzz, as specs (printable, rebuilt at send time so a burst's
// fresh session can be filled in): JSON objects plausible or bent, JSON text cut, nested, huge or
// not JSON at all, and multipart forms for the photo upload, complete or broken.
import { hostile, PROTOTYPE_KEYS, plausible } from "./fuzz-values.mjs";

/**
 * @typedef {{ type: "text", text: string }
 *   | { type: "bytes", bytes: number[] }
 *   | { type: "stream", chunk: string, chunks: number }
 *   | { type: "multipart", boundary: string, declared?: string, parts: Part[], cut?: number, close?: boolean }} BodySpec
 * `declared`: the boundary the Content-Type names, when it is not the one the body uses.
 * @typedef {{ name: string, filename?: string, type?: string, content: string | number[] }} Part
 */

/** The start of a PNG (all the type detection reads), then some bytes. */
export const PNG_BYTES = [
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 1, 2, 3, 4,
];

/**
 * A JSON object a well-behaved client could send to a route with these fields (`sessionId` may be
 * replaced by a fresh session's id at send time).
 * @param {import("./prng.mjs").Rng} r
 * @param {Record<string, string>} fields field -> kind
 * @param {import("./fuzz-values.mjs").Fixtures} fx
 * @param {string} path
 */
export function plausibleObject(r, fields, fx, path) {
  /** @type {Record<string, unknown>} */
  const body = {};
  for (const [field, kind] of Object.entries(fields)) {
    if (r.chance(0.85)) body[field] = plausible(r, kind, fx);
  }
  if (path === "/api/chat") {
    // Exactly one of message or action.
    if (r.chance(0.5)) {
      delete body.action;
      body.message = plausible(r, "message", fx);
    } else {
      delete body.message;
      body.action = plausible(r, "action", fx);
    }
  }
  if ("sessionId" in fields && path !== "/api/greeting") body.sessionId ??= plausible(r, "sessionId", fx);
  return body;
}

/**
 * The plausible object bent one to three ways: a field set to a hostile value or removed, an
 * unknown key, a prototype key, or the whole body another JSON type.
 * @param {import("./prng.mjs").Rng} r
 * @param {Record<string, string>} fields
 * @param {import("./fuzz-values.mjs").Fixtures} fx
 * @param {string} path
 * @returns {BodySpec}
 */
export function bentJson(r, fields, fx, path) {
  const body = plausibleObject(r, fields, fx, path);
  const names = Object.keys(fields);
  let prefix = "";
  for (let i = r.int(1, 3); i > 0; i--) {
    const roll = r.next();
    const field = r.pick(names);
    if (roll < 0.55) body[field] = hostile(r, fields[field] ?? "text", fx);
    else if (roll < 0.65) delete body[field];
    else if (roll < 0.75)
      body[r.pick(["extra", "admin", "role", "", " ", "sessionID", "ñ"])] = hostile(r, "text", fx);
    else if (roll < 0.9)
      prefix = `"${r.pick(PROTOTYPE_KEYS)}":${JSON.stringify(r.pick([{ admin: true }, "x", 1, null, []]))},`;
    else return { type: "text", text: JSON.stringify(r.pick([[], [body], "text", 42, null, true])) };
  }
  const text = JSON.stringify(body);
  return {
    type: "text",
    text:
      prefix && text.length > 2 ? `{${prefix}${text.slice(1)}` : prefix ? `{${prefix.slice(0, -1)}}` : text,
  };
}

/**
 * Bodies that are not JSON, or JSON no one should have to parse: cut short, nested deep, over the
 * 16 KB limit (declared and streamed), not UTF-8, with a BOM, comments or trailing garbage.
 * @param {import("./prng.mjs").Rng} r
 * @param {Record<string, string>} fields
 * @param {import("./fuzz-values.mjs").Fixtures} fx
 * @param {string} path
 * @returns {BodySpec}
 */
export function brokenJson(r, fields, fx, path) {
  const valid = JSON.stringify(plausibleObject(r, fields, fx, path));
  const depth = r.int(100, 9_000);
  const forms = [
    () => ({ type: "text", text: valid.slice(0, r.int(0, Math.max(0, valid.length - 1))) }),
    () => ({ type: "text", text: "" }),
    () => ({
      type: "text",
      text: r.pick(["{", "}", "[", "nul", "tru", '"', "{'a':1}", "{a:1}", "NaN", "undefined"]),
    }),
    () => ({ type: "text", text: `${valid}${r.pick(["x", "}", ",", "\u0000", "{}"])}` }),
    () => ({ type: "text", text: `/* c */${valid}` }),
    () => ({ type: "text", text: `\ufeff${valid}` }),
    () => ({ type: "text", text: `{"sessionId":"a","message":${"[".repeat(depth)}${"]".repeat(depth)}}` }),
    () => ({ type: "text", text: `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}` }),
    () => ({
      type: "text",
      text: `{"sessionId":"a","message":"${"x".repeat(r.pick([16_385, 70_000, 1_100_000]))}"}`,
    }),
    () => ({
      type: "text",
      text: `{${Array.from({ length: r.int(100, 2_000) }, (_, i) => `"k${i}":${i}`).join(",")}}`,
    }),
    () => ({ type: "text", text: valid.replace(/"(\w+)":/, '"$1":1,"$1":') }),
    () => ({ type: "bytes", bytes: [0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0xc3, 0x28, 0x7d] }),
    () => ({ type: "bytes", bytes: [...Buffer.from(valid, "utf16le")] }),
    () => ({ type: "bytes", bytes: Array.from({ length: r.int(1, 300) }, () => r.int(0, 255)) }),
    () => ({ type: "stream", chunk: valid, chunks: 1 }),
    () => ({ type: "stream", chunk: "x".repeat(4_096), chunks: r.int(5, 300) }),
  ];
  return /** @type {BodySpec} */ (r.pick(forms)());
}

/**
 * A photo upload form, complete (a live or fresh session, a PNG) or broken in one way: a bad or
 * missing field, a file that is no photo, two files, odd part headers, cut short, no closing boundary.
 * @param {import("./prng.mjs").Rng} r
 * @param {import("./fuzz-values.mjs").Fixtures} fx
 * @param {"plausible" | "bent" | "broken"} how
 * @param {string} [sessionId]
 * @returns {BodySpec}
 */
export function uploadForm(r, fx, how, sessionId) {
  const boundary = `----fz${r.text("abcdefghijklmnopqrstuvwxyz0123456789", r.int(8, 40))}`;
  /** @type {Part[]} */
  const parts = [
    { name: "sessionId", content: sessionId ?? String(plausible(r, "sessionId", fx)) },
    { name: "file", filename: "photo.png", type: "image/png", content: PNG_BYTES },
  ];
  if (how === "plausible") return { type: "multipart", boundary, parts, close: true };
  if (how === "bent") {
    const roll = r.next();
    if (roll < 0.3)
      parts[0] = { name: "sessionId", content: String(hostile(r, "sessionId", fx)).slice(0, 5_000) };
    else if (roll < 0.4) parts.splice(r.int(0, 1), 1);
    else if (roll < 0.5) parts.push({ ...parts[1], name: "file" });
    else if (roll < 0.6) parts[1] = { name: "file", content: "not a file" };
    else if (roll < 0.75) {
      const content = r.pick([
        "<html><script>x</script></html>",
        "<svg xmlns='http://www.w3.org/2000/svg'/>",
        "GIF89a",
        "%PDF-1.4",
        "",
      ]);
      parts[1] = { name: "file", filename: "photo.png", type: "image/png", content };
    } else if (roll < 0.9) {
      parts[1] = {
        ...parts[1],
        filename: r.pick(["../../x.png", 'a"b.png', "ñ😀.png", "x".repeat(3_000), ""]),
      };
    } else parts.push({ name: r.pick(PROTOTYPE_KEYS), content: "x" });
    return { type: "multipart", boundary, parts, close: true };
  }
  const roll = r.next();
  if (roll < 0.4) return { type: "multipart", boundary, parts, close: true, cut: r.int(0, 200) };
  if (roll < 0.7) return { type: "multipart", boundary, parts, close: false };
  return { type: "multipart", boundary, declared: `${boundary}x`, parts, close: true };
}

/**
 * The body to send, with the fresh session's id in place of the `@@FRESH_SESSION@@` placeholder.
 * @param {BodySpec | null} spec
 * @param {(text: string) => string} fill
 * @returns {BodyInit | null}
 */
export function buildBody(spec, fill) {
  if (!spec) return null;
  switch (spec.type) {
    case "text":
      return fill(spec.text);
    case "bytes":
      return new Uint8Array(spec.bytes);
    case "stream": {
      const bytes = new TextEncoder().encode(fill(spec.chunk));
      let left = spec.chunks;
      return new ReadableStream({
        pull(controller) {
          if (left-- <= 0) return controller.close();
          controller.enqueue(bytes);
        },
      });
    }
    case "multipart": {
      const pieces = spec.parts.map((part) => {
        const disposition = `form-data; name="${part.name}"${part.filename !== undefined ? `; filename="${part.filename}"` : ""}`;
        const head = `--${spec.boundary}\r\nContent-Disposition: ${disposition}\r\n${part.type ? `Content-Type: ${part.type}\r\n` : ""}\r\n`;
        const content =
          typeof part.content === "string" ? Buffer.from(fill(part.content)) : Buffer.from(part.content);
        return Buffer.concat([Buffer.from(head), content, Buffer.from("\r\n")]);
      });
      const all = Buffer.concat([...pieces, Buffer.from(spec.close ? `--${spec.boundary}--\r\n` : "")]);
      return new Uint8Array(spec.cut !== undefined ? all.subarray(0, spec.cut) : all);
    }
  }
}

/** A short, printable description of a body spec for failure reports. */
export function describeBody(spec) {
  if (!spec) return "none";
  switch (spec.type) {
    case "text":
      return `${spec.text.length} chars ${JSON.stringify(spec.text.slice(0, 160))}${spec.text.length > 160 ? "…" : ""}`;
    case "bytes":
      return `${spec.bytes.length} bytes ${Buffer.from(spec.bytes.slice(0, 24)).toString("hex")}`;
    case "stream":
      return `streamed ${spec.chunks} × ${JSON.stringify(spec.chunk.slice(0, 60))}`;
    case "multipart":
      return `multipart (${spec.parts.map((p) => `${p.name}${p.filename !== undefined ? `[file ${JSON.stringify(p.filename.slice(0, 40))}]` : `=${JSON.stringify(String(p.content).slice(0, 40))}`}`).join(", ")})${spec.close ? "" : " without closing boundary"}${spec.cut !== undefined ? ` cut at ${spec.cut} bytes` : ""}`;
  }
}
