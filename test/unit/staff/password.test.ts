import { describe, expect, it } from "vitest";
import { hashPassword, PBKDF2_ITERATIONS, verifyPassword } from "../../../src/lib/staff/password";

describe("staff passwords (PBKDF2-SHA-256, per-user salt)", () => {
  it("stores the algorithm, the runtime's maximum iterations, a 16-byte salt and a 32-byte hash", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(stored).toMatch(/^pbkdf2-sha256\$100000\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(PBKDF2_ITERATIONS).toBe(100_000);
    // A new salt every time: the same password never gives the same hash.
    expect(await hashPassword("correct horse battery staple")).not.toBe(stored);
  });

  it("verifies the right password only", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(await verifyPassword("correct horse battery staple", stored)).toBe(true);
    expect(await verifyPassword("correct horse battery stapl", stored)).toBe(false);
    expect(await verifyPassword("Correct horse battery staple", stored)).toBe(false);
    expect(await verifyPassword("", stored)).toBe(false);
  });

  it("keeps verifying hashes made with another iteration count (stored with each hash)", async () => {
    const cheaper = await hashPassword("an older password", 1_000);
    expect(cheaper.split("$")[1]).toBe("1000");
    expect(await verifyPassword("an older password", cheaper)).toBe(true);
  });

  it("no hash, or a malformed one, is false and never a throw", async () => {
    const stored = await hashPassword("x".repeat(12));
    const [, , salt, hash] = stored.split("$");
    for (const bad of [
      null,
      "",
      "plain",
      `bcrypt$100000$${salt}$${hash}`,
      `pbkdf2-sha256$200000$${salt}$${hash}`,
      `pbkdf2-sha256$0$${salt}$${hash}`,
      `pbkdf2-sha256$abc$${salt}$${hash}`,
      `pbkdf2-sha256$100000$${salt}$${hash}$extra`,
      `pbkdf2-sha256$100000$${salt}$${hash?.slice(0, 20)}`,
      `pbkdf2-sha256$100000$!!!$${hash}`,
    ]) {
      expect(await verifyPassword("x".repeat(12), bad), String(bad)).toBe(false);
    }
  });
});
