import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { toBase64Url } from "../../../src/lib/base64";
import type { DeskSessionResponse } from "../../../src/protocol";
import { call, expectError } from "../../helpers/api";
import { addStaff, browser, sessionCookieOf } from "../../helpers/desk";

/** The Access stand-in the `workers` project points ACCESS_TEAM_DOMAIN at (vitest.config.ts). */
const TEAM = env.ACCESS_TEAM_DOMAIN as string;
const AUDIENCE = env.ACCESS_AUD as string;

interface Signer {
  kid: string;
  key: CryptoKey;
}

async function newSigner(publish = true): Promise<Signer> {
  const pair = (await crypto.subtle.generateKey(
    {
      name: "RSASSA-PKCS1-v1_5",
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: "SHA-256",
    },
    true,
    ["sign", "verify"],
  )) as CryptoKeyPair;
  const kid = `kid-${crypto.randomUUID()}`;
  const jwk = (await crypto.subtle.exportKey("jwk", pair.publicKey)) as JsonWebKey;
  if (publish) await publishKey(kid, jwk);
  return { kid, key: pair.privateKey };
}

async function publishKey(kid: string, jwk: JsonWebKey) {
  const res = await fetch(`${TEAM}/__keys`, {
    method: "POST",
    body: JSON.stringify({ keys: [{ kid, kty: jwk.kty, n: jwk.n, e: jwk.e, alg: "RS256", use: "sig" }] }),
  });
  expect(res.status).toBe(200);
}

const json64 = (value: unknown) => toBase64Url(new TextEncoder().encode(JSON.stringify(value)));

async function token(signer: Signer, claims: Record<string, unknown>, header: Record<string, unknown> = {}) {
  const now = Math.floor(Date.now() / 1000);
  const head = json64({ alg: "RS256", kid: signer.kid, typ: "JWT", ...header });
  const body = json64({
    aud: [AUDIENCE],
    iss: TEAM,
    iat: now,
    nbf: now,
    exp: now + 600,
    type: "app",
    ...claims,
  });
  const signature = await crypto.subtle.sign(
    "RSASSA-PKCS1-v1_5",
    signer.key,
    new TextEncoder().encode(`${head}.${body}`),
  );
  return `${head}.${body}.${toBase64Url(new Uint8Array(signature))}`;
}

const exchange = (jwt: string | undefined) =>
  call("/api/desk/access", { method: "POST", headers: jwt ? { "Cf-Access-Jwt-Assertion": jwt } : {} });

let signer: Signer;
beforeAll(async () => {
  signer = await newSigner();
});

describe("the desk behind Cloudflare Access", () => {
  it("a valid Access token for an active account becomes a desk session (no password needed)", async () => {
    const staff = await addStaff("technician", { password: null });
    const res = await exchange(await token(signer, { email: staff.email.toUpperCase() }));
    const text = await res.text();
    expect(res.status, text).toBe(200);
    const session = JSON.parse(text) as DeskSessionResponse;
    expect(session.via).toBe("access");
    expect(session.staff.id).toBe(staff.id);
    const desk = browser(sessionCookieOf(res), session);
    expect((await desk.call("/api/desk/me")).status).toBe(200);
  });

  // Before the forged-key cases: a refetch for an unknown key id is allowed once per 30 s, and
  // they spend it.
  it("a rotated key (a kid not yet fetched) is fetched again and accepted", async () => {
    const staff = await addStaff("admin");
    expect((await exchange(await token(signer, { email: staff.email }))).status).toBe(200);
    // A new key appears at the team after the Worker cached the set.
    const rotated = await newSigner();
    const res = await exchange(await token(rotated, { email: staff.email }));
    expect(res.status, await res.text()).toBe(200);
  });

  it("refuses a forged signature, a key it does not know, another audience or issuer, an expired token, and alg none", async () => {
    const staff = await addStaff("technician");
    const forger = await newSigner(false);
    const cases: [string, Promise<string>][] = [
      [
        "forged (signed by another key under the team's kid)",
        token({ kid: signer.kid, key: forger.key }, { email: staff.email }),
      ],
      ["unknown key", token(forger, { email: staff.email })],
      ["wrong audience", token(signer, { email: staff.email, aud: ["someone-elses-application"] })],
      ["wrong issuer", token(signer, { email: staff.email, iss: "https://other.cloudflareaccess.com" })],
      ["expired", token(signer, { email: staff.email, exp: Math.floor(Date.now() / 1000) - 120 })],
      ["not yet valid", token(signer, { email: staff.email, nbf: Math.floor(Date.now() / 1000) + 3600 })],
      ["alg none", token(signer, { email: staff.email }, { alg: "none" })],
      ["no email", token(signer, { email: undefined, sub: "service-token" })],
    ];
    for (const [name, jwt] of cases) {
      const res = await exchange(await jwt);
      const body = await res.text();
      expect(res.status, `${name}: ${body}`).toBe(401);
      expect(res.headers.get("Set-Cookie"), name).toBeNull();
    }
    await expectError(await exchange(undefined), 401, "unauthorized");
    await expectError(await exchange("not.a.jwt"), 401, "unauthorized");
    await expectError(await exchange("x".repeat(20_000)), 401, "unauthorized");
  });

  it("a valid token whose email has no account, or an inactive one, is forbidden", async () => {
    await expectError(await exchange(await token(signer, { email: "stranger@shop.test" })), 403, "forbidden");
    const staff = await addStaff("technician");
    await env.DB.prepare("UPDATE staff SET active = 0 WHERE id = ?").bind(staff.id).run();
    await expectError(await exchange(await token(signer, { email: staff.email })), 403, "forbidden");
  });

  it("sent from another site, the exchange is refused like any state-changing call", async () => {
    const staff = await addStaff("technician");
    const res = await call("/api/desk/access", {
      method: "POST",
      headers: {
        "Cf-Access-Jwt-Assertion": await token(signer, { email: staff.email }),
        Origin: "https://evil.example",
      },
    });
    await expectError(res, 403, "csrf_failed");
  });
});
