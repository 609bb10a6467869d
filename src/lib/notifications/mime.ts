import { toBase64 } from "../base64";

/**
 * The smallest MIME message the `send_email` binding accepts (RFC 5322 + RFC 2045/2047): one
 * plain-text UTF-8 part, base64 encoded, with a Message-ID, a Date and the sender in `From:` (the
 * binding refuses a message whose `From:` differs from the envelope's sender, or with no
 * Message-ID). CRLF line ends; no line over 78 characters.
 */

export interface MailInput {
  from: string;
  to: string;
  subject: string;
  text: string;
  /** Without angle brackets: `<local>@<domain>`. */
  messageId: string;
  date: Date;
}

const CRLF = "\r\n";
const encoder = new TextEncoder();

/** An address or id goes into a header as is: no line breaks, no angle brackets, no spaces. */
function headerSafe(name: string, value: string): string {
  if (!/^[^\s<>"(),;:\\[\]]+@[^\s<>"(),;:\\[\]]+$/.test(value)) {
    throw new Error(`${name} is not a plain address`);
  }
  return value;
}

/** RFC 5322 date in UTC, e.g. `Tue, 01 Dec 2026 12:00:00 +0000`. */
export const mailDate = (date: Date): string => date.toUTCString().replace(/GMT$/, "+0000");

/**
 * A header value as RFC 2047 encoded words (`=?UTF-8?B?...?=`), at most 39 bytes of text each so
 * a header line stays under 78 characters (`Subject: ` and one word), folded onto continuation lines. Characters are never split.
 */
export function encodeHeaderWords(value: string): string {
  const clean = value.replace(/[\r\n]+/g, " ");
  if (/^[\x20-\x7e]*$/.test(clean) && clean.length <= 60) return clean;
  const words: string[] = [];
  let chunk = "";
  for (const char of clean) {
    if (encoder.encode(chunk + char).length > 39) {
      words.push(chunk);
      chunk = "";
    }
    chunk += char;
  }
  if (chunk || words.length === 0) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${toBase64(encoder.encode(word))}?=`).join(`${CRLF} `);
}

/** Base64 of the UTF-8 text in lines of 76 characters (RFC 2045). */
function base64Body(text: string): string {
  const encoded = toBase64(encoder.encode(text.toWellFormed().replace(/\r?\n/g, CRLF)));
  return encoded.match(/.{1,76}/g)?.join(CRLF) ?? "";
}

export function buildMime(mail: MailInput): string {
  const headers = [
    `From: ${headerSafe("from", mail.from)}`,
    `To: ${headerSafe("to", mail.to)}`,
    `Subject: ${encodeHeaderWords(mail.subject)}`,
    `Date: ${mailDate(mail.date)}`,
    `Message-ID: <${headerSafe("messageId", mail.messageId)}>`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: base64",
  ];
  return `${headers.join(CRLF)}${CRLF}${CRLF}${base64Body(mail.text)}${CRLF}`;
}
