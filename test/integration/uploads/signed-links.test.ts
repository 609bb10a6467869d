import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { sign } from "../../../src/lib/signing";
import { call, expectError } from "../../helpers/api";
import { HEIC, keyOf, PNG, pathOf, startedSession, upload, uploaded, uploadForm } from "./support";

const SECRET = "test-signing-secret";
const LINK_TTL_SECONDS = 3600;

async function stored(file = PNG, name = "p.png") {
  const sessionId = await startedSession();
  return (await uploaded(await upload(uploadForm(sessionId, file, name)))).upload;
}

describe("GET /api/upload/:id serves a photo only through a signed, expiring link", () => {
  it("serves the bytes with the detected type and headers that never let it run as a page", async () => {
    const photo = await stored();
    const url = new URL(photo.url);
    expect(url.origin).toBe("http://chat.test");
    const exp = Number(url.searchParams.get("exp"));
    expect(exp - Date.now()).toBeGreaterThan((LINK_TTL_SECONDS - 60) * 1000);
    expect(exp - Date.now()).toBeLessThanOrEqual(LINK_TTL_SECONDS * 1000);

    const res = await call(pathOf(photo.url));
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PNG);
    expect(res.headers.get("Content-Type")).toBe("image/png");
    expect(res.headers.get("Content-Length")).toBe(String(PNG.byteLength));
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(res.headers.get("Content-Disposition")).toBe(`inline; filename="${photo.id}.png"`);
    expect(res.headers.get("Content-Security-Policy")).toBe("default-src 'none'; img-src 'self'; sandbox");
    const maxAge = Number(/^private, max-age=(\d+)$/.exec(res.headers.get("Cache-Control") ?? "")?.[1]);
    expect(maxAge).toBeGreaterThan(0);
    expect(maxAge).toBeLessThanOrEqual(LINK_TTL_SECONDS);
  });

  it("names a HEIC photo .heic and serves it as image/heic", async () => {
    const photo = await stored(HEIC, "x.jpg");
    const res = await call(pathOf(photo.url));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("image/heic");
    expect(res.headers.get("Content-Disposition")).toBe(`inline; filename="${photo.id}.heic"`);
  });

  it("refuses an expired link with 403", async () => {
    const photo = await stored();
    const past = Date.now() - 1000;
    const sig = await sign(SECRET, "upload", photo.id, past);
    const body = await expectError(
      await call(`/api/upload/${photo.id}?exp=${past}&sig=${sig}`),
      403,
      "invalid_signature",
    );
    expect(body.error.message).toMatch(/expired/);
  });

  it("refuses forged, missing, altered and borrowed signatures with 403", async () => {
    const photo = await stored();
    const other = await stored();
    const url = new URL(photo.url);
    const exp = url.searchParams.get("exp") ?? "";
    const sig = url.searchParams.get("sig") ?? "";
    const flipped = `${sig.slice(0, -2)}${sig.at(-2) === "A" ? "B" : "A"}${sig.at(-1)}`;
    const later = String(Number(exp) + 86_400_000);
    const forgedKey = await sign("not-the-secret", "upload", photo.id, Number(exp));
    const ticketPurpose = await sign(SECRET, "ticket", photo.id, Number(exp));
    const noExpiry = await sign(SECRET, "upload", photo.id);
    const otherSig = new URL(other.url).searchParams.get("sig");
    for (const query of [
      "",
      `?exp=${exp}`,
      `?sig=${sig}`,
      `?exp=${exp}&sig=${flipped}`,
      `?exp=${later}&sig=${sig}`, // a longer life is not for the taking
      `?exp=${exp}&sig=${forgedKey}`,
      `?exp=${exp}&sig=${ticketPurpose}`,
      `?sig=${noExpiry}`,
      `?exp=${exp}&sig=${otherSig}`,
      `?exp=abc&sig=${sig}`,
    ]) {
      const body = await expectError(await call(`/api/upload/${photo.id}${query}`), 403, "invalid_signature");
      expect(body.error.message, query).toMatch(/not valid/);
    }
    // The same signature does not open another photo either.
    await expectError(await call(`/api/upload/${other.id}?exp=${exp}&sig=${sig}`), 403, "invalid_signature");
  });

  it("answers 404 once the photo is gone (e.g. purged), and for ids that name nothing", async () => {
    const photo = await stored();
    await env.BUCKET.delete(keyOf(photo.id));
    await expectError(await call(pathOf(photo.url)), 404, "not_found");
    const exp = Date.now() + 60_000;
    const id = "20261301-AAAAAAAAAAAAAAAAAAAAAA"; // month 13
    const sig = await sign(SECRET, "upload", id, exp);
    await expectError(await call(`/api/upload/${id}?exp=${exp}&sig=${sig}`), 404, "not_found");
  });
});
