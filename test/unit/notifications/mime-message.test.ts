import { describe, expect, it } from "vitest";
import { buildMime, encodeHeaderWords, mailDate } from "../../../src/lib/notifications/mime";

const MAIL = {
  from: "desk@sti.example",
  to: "taller@sti.example",
  subject: "Nuevo ticket STI-20261201-ABCDEF: Notebook, no enciende — ¡atención!",
  text: "Nuevo ticket STI-20261201-ABCDEF (chat web)\nEquipo: Notebook\nAbrilo: https://desk.sti.test/desk/tickets/STI-20261201-ABCDEF",
  messageId: "ticket.created-STI-20261201-ABCDEF.1@sti.example",
  date: new Date("2026-12-01T12:00:00Z"),
};

const utf8 = (base64: string) =>
  new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));

/** Headers (unfolded) and the decoded body, as a mail reader would see them. */
function read(raw: string): { headers: Map<string, string>; body: string } {
  const [head = "", body = ""] = raw.split("\r\n\r\n");
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n /g, " ").split("\r\n")) {
    const at = line.indexOf(": ");
    headers.set(line.slice(0, at).toLowerCase(), line.slice(at + 2));
  }
  return { headers, body: utf8(body.replace(/\r\n/g, "")) };
}

const decodeWords = (value: string) =>
  value
    .split(" ")
    .map((word) => /^=\?UTF-8\?B\?(.*)\?=$/.exec(word)?.[1] ?? null)
    .map((b64) => (b64 === null ? "" : utf8(b64)))
    .join("");

describe("the email's MIME message", () => {
  it("has the headers the send_email binding checks, CRLF line ends and no line over 78 characters", () => {
    const raw = buildMime(MAIL);
    const { headers } = read(raw);
    expect(headers.get("from")).toBe("desk@sti.example");
    expect(headers.get("to")).toBe("taller@sti.example");
    expect(headers.get("message-id")).toBe(`<${MAIL.messageId}>`);
    expect(headers.get("date")).toBe("Tue, 01 Dec 2026 12:00:00 +0000");
    expect(headers.get("mime-version")).toBe("1.0");
    expect(headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(headers.get("content-transfer-encoding")).toBe("base64");
    expect(raw.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of raw.split("\r\n")) expect(line.length, line).toBeLessThanOrEqual(78);
  });

  it("round-trips the UTF-8 subject (encoded words) and text (base64, CRLF)", () => {
    const { headers, body } = read(buildMime(MAIL));
    expect(decodeWords(headers.get("subject") ?? "")).toBe(MAIL.subject);
    expect(body).toBe(MAIL.text.replace(/\n/g, "\r\n"));
  });

  it("never splits a character between encoded words, and keeps short ASCII subjects as they are", () => {
    const subject = "ñ".repeat(40) + "😀".repeat(20);
    expect(decodeWords(encodeHeaderWords(subject).replace(/\r\n /g, " "))).toBe(subject);
    expect(encodeHeaderWords("New ticket STI-20261201-ABCDEF")).toBe("New ticket STI-20261201-ABCDEF");
    // A line break in a subject cannot start a header of its own.
    expect(encodeHeaderWords("a\r\nBcc: x@y.z")).toBe("a Bcc: x@y.z");
  });

  it("refuses addresses or ids that could inject headers", () => {
    for (const bad of ["a@b.c\r\nBcc: x@y.z", "Ana <a@b.c>", "a b@c.d", "no-at-sign", ""]) {
      expect(() => buildMime({ ...MAIL, to: bad }), bad).toThrow(/to is not a plain address/);
      expect(() => buildMime({ ...MAIL, from: bad }), bad).toThrow(/from is not a plain address/);
    }
    expect(() => buildMime({ ...MAIL, messageId: "x>\r\nBcc: y@z" })).toThrow(/messageId/);
  });

  it("dates are RFC 5322, in UTC", () => {
    expect(mailDate(new Date("2026-01-05T03:04:05Z"))).toBe("Mon, 05 Jan 2026 03:04:05 +0000");
  });
});
