import { describe, expect, it } from "vitest";
import { call, expectError, newSessionId } from "../helpers/api";
import { manualTicket, signedPath } from "./tickets/support";
import { PNG, pathOf, startedSession, upload, uploaded, uploadForm } from "./uploads/support";

/**
 * A signed link's `sig` and `exp` come from whoever holds the URL. Whatever they are (any length,
 * alphabet or encoding, repeated, percent-encoded junk), the answer is the route's usual refusal in
 * the one JSON error shape: the ticket page's 404 that reveals nothing, the photo's 403. Never a 5xx.
 */

/** Raw query values (already percent-encoded where needed), each a malformed signature. */
const malformedSignatures = (valid: string): Record<string, string> => ({
  empty: "",
  "one character": "A",
  "21 characters (length mod 4 = 1)": "A".repeat(21),
  "22 characters": "A".repeat(22),
  "25 characters (length mod 4 = 1)": "A".repeat(25),
  "42 characters": valid.slice(0, -1),
  "44 characters": `${valid}A`,
  "45 characters (length mod 4 = 1)": `${valid}AA`,
  "100 characters": "A".repeat(100),
  "101 characters": "A".repeat(101),
  "5,000 characters": "A".repeat(5000),
  "with = padding": `${valid}%3D`,
  "with == padding": `${valid}%3D%3D`,
  "standard base64 alphabet (+ and /)": `${valid.slice(0, -2)}%2B%2F`,
  "a literal + (a space once decoded)": `${valid.slice(0, -1)}+`,
  "a dot": `${valid.slice(0, -1)}.`,
  "a space before": `%20${valid}`,
  "a newline after": `${valid}%0A`,
  "a NUL inside": `${valid.slice(0, 20)}%00${valid.slice(21)}`,
  "invalid percent-encoding": `${valid.slice(0, -3)}%ZZ`,
  "a lone percent sign": `${valid.slice(0, -1)}%`,
  "truncated UTF-8": `${valid.slice(0, -1)}%E2%82`,
  "bytes that are not UTF-8": "%FF%FE%FD",
  "an encoded lone surrogate (CESU)": `${valid.slice(0, -3)}%ED%A0%80`,
  "unicode letters": encodeURIComponent("ñandúÅ".repeat(7)).slice(0, 200),
  "full-width letters": encodeURIComponent("Ａ".repeat(43)),
  "an emoji": encodeURIComponent(`${valid.slice(0, -2)}😀`),
  "the right length, unused trailing bits set": twin(valid),
  "all A, the right length": "A".repeat(valid.length),
});

/**
 * Every attempt that is not answered `status` with `code` in the JSON error shape, named with what
 * it got, so one run lists them all.
 */
async function notRefused(attempts: Record<string, string>, status: number, code: string, message: RegExp) {
  const wrong: string[] = [];
  for (const [name, path] of Object.entries(attempts)) {
    const res = await call(path);
    const text = await res.text();
    let body: { error?: { code?: unknown; message?: unknown } } = {};
    try {
      body = JSON.parse(text);
    } catch {}
    const shaped =
      res.headers.get("Content-Type")?.startsWith("application/json") &&
      body.error?.code === code &&
      typeof body.error.message === "string" &&
      message.test(body.error.message);
    if (res.status !== status || !shaped) wrong.push(`${name}: ${res.status} ${text.slice(0, 120)}`);
  }
  return wrong;
}

/** The same 32 bytes written with the last character's two unused bits changed. */
function twin(sig: string): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  return sig.slice(0, -1) + alphabet[alphabet.indexOf(sig.at(-1) ?? "A") ^ 1];
}

describe("the ticket page refuses every malformed signature with its 404, never a 5xx", () => {
  it("the brief's case: a 21-character sig on a ticket id that exists nowhere", async () => {
    await expectError(await call("/ticket/STI-20261128-K7M2QX?sig=AAAAAAAAAAAAAAAAAAAAA"), 404, "not_found");
  });

  it("every malformed sig on a real ticket, while its own signature opens it", async () => {
    const ticket = await manualTicket({
      sessionId: newSessionId("sig"),
      name: "Ana",
      device: "notebook",
      problem: "no enciende",
    });
    const { sig } = signedPath(ticket);
    const base = `/ticket/${ticket.id}`;
    expect((await call(`${base}?sig=${sig}`)).status).toBe(200);

    const attempts: Record<string, string> = {};
    for (const [name, value] of Object.entries(malformedSignatures(sig))) {
      attempts[name] = `${base}?sig=${value}`;
    }
    // Repeated: whichever one a parser picks, two signatures are one too many.
    attempts["the valid sig, then junk"] = `${base}?sig=${sig}&sig=AAAA`;
    attempts["junk, then the valid sig"] = `${base}?sig=AAAA&sig=${sig}`;
    attempts["the valid sig twice"] = `${base}?sig=${sig}&sig=${sig}`;
    attempts["a sig[] array"] = `${base}?sig[]=${sig}`;
    expect(await notRefused(attempts, 404, "not_found", /^No such route$/)).toEqual([]);
  });
});

describe("the photo link refuses every malformed sig or exp with 403, never a 5xx", () => {
  it("the brief's case: exp=1 and a 25-character sig", async () => {
    const res = await call(`/api/upload/20261128-${"A".repeat(22)}?exp=1&sig=${"A".repeat(25)}`);
    await expectError(res, 403, "invalid_signature");
  });

  it("every malformed sig and exp on a real photo, while its own link serves it", async () => {
    const sessionId = await startedSession();
    const photo = (await uploaded(await upload(uploadForm(sessionId, PNG, "p.png")))).upload;
    const link = new URL(photo.url);
    const exp = link.searchParams.get("exp") ?? "";
    const sig = link.searchParams.get("sig") ?? "";
    const base = `/api/upload/${photo.id}`;
    expect((await call(pathOf(photo.url))).status).toBe(200);

    const attempts: Record<string, string> = {};
    for (const [name, value] of Object.entries(malformedSignatures(sig))) {
      attempts[`sig: ${name}`] = `${base}?exp=${exp}&sig=${value}`;
    }
    const malformedExpiries: Record<string, string> = {
      empty: "",
      negative: `-${exp}`,
      "minus zero": "-0",
      "a leading plus": `%2B${exp}`,
      "a leading zero (another spelling of the signed value)": `0${exp}`,
      "a leading space": `%20${exp}`,
      "a trailing newline": `${exp}%0A`,
      "a decimal point": `${exp}.0`,
      exponent: "1e15",
      hexadecimal: "0x1",
      "non-numeric": "soon",
      Infinity: "Infinity",
      NaN: "NaN",
      "16 digits": "9".repeat(16),
      "400 digits": "9".repeat(400),
      "full-width digits": encodeURIComponent(
        String.fromCodePoint(...Array.from(exp, (d) => 0xff10 + Number(d))),
      ),
      "Arabic-Indic digits": encodeURIComponent(
        String.fromCodePoint(...Array.from(exp, (d) => 0x660 + Number(d))),
      ),
      "invalid percent-encoding": `${exp}%G0`,
      "bytes that are not UTF-8": "%FF",
    };
    for (const [name, value] of Object.entries(malformedExpiries)) {
      attempts[`exp: ${name}`] = `${base}?exp=${value}&sig=${sig}`;
    }
    attempts["exp repeated: the valid one, then junk"] = `${base}?exp=${exp}&exp=1&sig=${sig}`;
    attempts["exp repeated: junk, then the valid one"] = `${base}?exp=1&exp=${exp}&sig=${sig}`;
    attempts["sig repeated: the valid one, then junk"] = `${base}?exp=${exp}&sig=${sig}&sig=AAAA`;
    attempts["sig repeated: junk, then the valid one"] = `${base}?exp=${exp}&sig=AAAA&sig=${sig}`;
    attempts["both repeated, all valid"] = `${base}?exp=${exp}&sig=${sig}&exp=${exp}&sig=${sig}`;
    attempts["exp=1 with a 25-character sig"] = `${base}?exp=1&sig=${"A".repeat(25)}`;
    attempts["exp=-1 with a 21-character sig"] = `${base}?exp=-1&sig=${"A".repeat(21)}`;

    expect(await notRefused(attempts, 403, "invalid_signature", /not valid/)).toEqual([]);
  });

  it("a malformed sig on an id that is not an upload id is still a 403, never a 5xx", async () => {
    const attempts: Record<string, string> = {};
    for (const id of ["x", "A".repeat(2000), encodeURIComponent("ñ😀"), "%ED%A0%80", "%FF"]) {
      attempts[id.slice(0, 20)] = `/api/upload/${id}?exp=1&sig=${"A".repeat(21)}`;
    }
    expect(await notRefused(attempts, 403, "invalid_signature", /not valid/)).toEqual([]);
  });
});
