import { expect, it } from "vitest";
import { sign, singleParam, verify } from "../../src/lib/signing";

it("accepts only the exact signature for that purpose and id", async () => {
  const sig = await sign("k", "ticket", "STI-20261128-ABCDEF");
  expect(await verify("k", "ticket", "STI-20261128-ABCDEF", sig)).toBe(true);
  expect(await verify("k", "upload", "STI-20261128-ABCDEF", sig)).toBe(false);
  expect(await verify("k", "ticket", "STI-20261128-ABCDEG", sig)).toBe(false);
  expect(await verify("other", "ticket", "STI-20261128-ABCDEF", sig)).toBe(false);
});

it("rejects a non-canonical encoding of a valid signature (changed unused trailing bits)", async () => {
  const sig = await sign("k", "ticket", "STI-20261128-ABCDEF");
  // 32 bytes encode to 43 characters: the last one carries 2 unused bits.
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  const last = alphabet.indexOf(sig.at(-1) ?? "A");
  const twin = sig.slice(0, -1) + alphabet[last ^ 1];
  expect(twin).not.toBe(sig);
  expect(await verify("k", "ticket", "STI-20261128-ABCDEF", twin)).toBe(false);
});

it("rejects an expired link", async () => {
  const expires = 1_000;
  const sig = await sign("k", "upload", "x", expires);
  expect(await verify("k", "upload", "x", sig, { expires, now: 999 })).toBe(true);
  expect(await verify("k", "upload", "x", sig, { expires, now: 1_001 })).toBe(false);
});

it("answers false, never throws, for a malformed signature of any length, alphabet or encoding", async () => {
  const sig = await sign("k", "ticket", "STI-20261128-ABCDEF");
  const id = "STI-20261128-ABCDEF";
  for (const bad of [
    "",
    "A".repeat(21), // 4n + 1 characters: atob throws on these
    "A".repeat(25),
    `${sig}AA`,
    sig.slice(0, 22), // decodes, but to 16 bytes, not a MAC's 32
    `${sig}A`,
    `${sig}=`,
    sig.replaceAll("-", "+").replaceAll("_", "/").replace(/.$/, "+"),
    ` ${sig}`,
    `${sig.slice(0, -1)}\ud800`,
    `${sig.slice(0, -1)}ñ`,
    "A".repeat(100_000),
  ]) {
    await expect(verify("k", "ticket", id, bad), bad.slice(0, 50)).resolves.toBe(false);
  }
});

it("answers false for an expiry that is not a safe integer", async () => {
  for (const expires of [Number.NaN, Number.POSITIVE_INFINITY, 1.5, 2 ** 60]) {
    const sig = await sign("k", "upload", "x", expires);
    await expect(verify("k", "upload", "x", sig, { expires, now: 0 }), String(expires)).resolves.toBe(false);
  }
});

it("reads a query parameter only when it appears exactly once", () => {
  expect(singleParam(["a"])).toBe("a");
  expect(singleParam(["a", "a"])).toBeUndefined();
  expect(singleParam(["a", "b"])).toBeUndefined();
  expect(singleParam([])).toBeUndefined();
  expect(singleParam(undefined)).toBeUndefined();
});
