import { describe, expect, it } from "vitest";
import { fromBase64Url, toBase64, toBase64Url } from "../../src/lib/base64";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** Reference encoder from the platform's btoa, so the decoder is not checked against itself. */
const reference = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");

describe("base64url", () => {
  it("round-trips every length from 0 to 64 bytes and every byte value", () => {
    for (let n = 0; n <= 64; n++) {
      const bytes = crypto.getRandomValues(new Uint8Array(n));
      const text = toBase64Url(bytes);
      expect(text).toBe(reference(bytes));
      expect(fromBase64Url(text)).toEqual(bytes);
    }
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64Url(toBase64Url(all))).toEqual(all);
    expect(toBase64(all)).toBe(btoa(String.fromCharCode(...all)));
  });

  it("returns null, never throws, for anything that is not canonical unpadded base64url", () => {
    const valid = toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
    const cases: Record<string, string> = {
      "length 4n + 1": "A".repeat(21),
      "length 1": "A",
      "length 25": "A".repeat(25),
      "= padding": `${toBase64Url(new Uint8Array([1]))}==`,
      "one = of padding": `${toBase64Url(new Uint8Array([1, 2]))}=`,
      "+ of standard base64": `${valid.slice(0, -1)}+`,
      "/ of standard base64": `${valid.slice(0, -1)}/`,
      "a space": `${valid.slice(0, 10)} ${valid.slice(11)}`,
      "a trailing newline": `${valid.slice(0, -1)}\n`,
      NUL: `${valid.slice(0, -1)}\0`,
      "a percent-escape": `${valid.slice(0, -3)}%41`,
      "a dot": `${valid.slice(0, -1)}.`,
      "a non-ASCII letter": `${valid.slice(0, -1)}ñ`,
      "a full-width letter": `${valid.slice(0, -1)}Ａ`,
      "an emoji (two UTF-16 units)": `${valid.slice(0, -2)}😀`,
      "a lone surrogate": `${valid.slice(0, -1)}\ud800`,
      // 32 bytes: the 43rd character carries 4 bits and 2 unused ones, zero in the canonical form.
      "unused trailing bits set (43 characters)": `${valid.slice(0, -1)}${ALPHABET[ALPHABET.indexOf(valid.at(-1) ?? "A") ^ 1]}`,
      "unused trailing bits set (2 characters)": "AB",
      "unused trailing bits set (3 characters)": "AAB",
    };
    for (const [name, text] of Object.entries(cases)) {
      let result: Uint8Array | null | undefined;
      expect(() => {
        result = fromBase64Url(text);
      }, name).not.toThrow();
      expect(result, name).toBeNull();
    }
  });

  it("bounds the work on long input: over maxLength is null without decoding", () => {
    const long = "A".repeat(1_000_000);
    expect(fromBase64Url(long)).toBeNull();
    expect(fromBase64Url("AAAA", 3)).toBeNull();
    expect(fromBase64Url("AAAA", 4)).toEqual(new Uint8Array(3));
  });

  it("decodes the empty string to no bytes", () => {
    expect(fromBase64Url("")).toEqual(new Uint8Array(0));
  });
});
