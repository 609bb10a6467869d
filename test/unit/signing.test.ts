import { expect, it } from "vitest";
import { sign, verify } from "../../src/lib/signing";

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
