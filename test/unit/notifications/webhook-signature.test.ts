import { describe, expect, it } from "vitest";
import {
  parseSignatureHeader,
  SIGNATURE_TOLERANCE_SECONDS,
  verifyWebhookSignature,
  webhookSignature,
} from "../../../src/lib/notifications/signature";

const SECRET = "a-webhook-secret-for-tests";
const BODY = '{"id":"ticket.created:STI-20261201-ABCDEF","kind":"ticket.created"}';
const T = 1_796_000_000;

/** HMAC-SHA256 over `<t>.<body>`, computed here independently of the module. */
async function expectedHex(secret: string, t: number, body: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(`${t}.${body}`));
  return Array.from(new Uint8Array(mac), (b) => b.toString(16).padStart(2, "0")).join("");
}

describe("the webhook signature", () => {
  it("is t=<unix seconds>,v1=<hex HMAC-SHA256 of t.body>", async () => {
    expect(await webhookSignature(SECRET, T, BODY)).toBe(`t=${T},v1=${await expectedHex(SECRET, T, BODY)}`);
  });

  it("verifies with the same secret, body and a timestamp inside the window", async () => {
    const header = await webhookSignature(SECRET, T, BODY);
    expect(await verifyWebhookSignature(SECRET, header, BODY, T)).toBe(true);
    expect(await verifyWebhookSignature(SECRET, header, BODY, T + SIGNATURE_TOLERANCE_SECONDS)).toBe(true);
    expect(await verifyWebhookSignature(SECRET, header, BODY, T - SIGNATURE_TOLERANCE_SECONDS)).toBe(true);
  });

  it("refuses another secret, a changed body, a changed timestamp and a stale or future one", async () => {
    const header = await webhookSignature(SECRET, T, BODY);
    expect(await verifyWebhookSignature("another-secret", header, BODY, T)).toBe(false);
    expect(await verifyWebhookSignature(SECRET, header, `${BODY} `, T)).toBe(false);
    expect(await verifyWebhookSignature(SECRET, header.replace(`t=${T}`, `t=${T + 1}`), BODY, T)).toBe(false);
    expect(await verifyWebhookSignature(SECRET, header, BODY, T + SIGNATURE_TOLERANCE_SECONDS + 1)).toBe(
      false,
    );
    expect(await verifyWebhookSignature(SECRET, header, BODY, T - SIGNATURE_TOLERANCE_SECONDS - 1)).toBe(
      false,
    );
  });

  it("accepts any one valid v1 among several (a receiver during a secret rotation)", async () => {
    const good = (await webhookSignature(SECRET, T, BODY)).split(",")[1];
    const other = (await webhookSignature("old-secret", T, BODY)).split(",")[1];
    expect(await verifyWebhookSignature(SECRET, `t=${T},${other},${good}`, BODY, T)).toBe(true);
  });

  it("is false, never a throw, for a missing or malformed header", async () => {
    const hex = await expectedHex(SECRET, T, BODY);
    for (const header of [
      null,
      "",
      "garbage",
      `v1=${hex}`,
      `t=${T}`,
      `t=${T},v1=${hex.toUpperCase()}`,
      `t=${T},v1=${hex.slice(1)}`,
      `t=${T},v1=${hex}0`,
      `t=abc,v1=${hex}`,
      `t=${T}=1,v1=${hex}`,
      `t=-${T},v1=${hex}`,
      "t=,v1=",
    ]) {
      expect(await verifyWebhookSignature(SECRET, header, BODY, T), String(header)).toBe(false);
    }
    expect(parseSignatureHeader(` t=${T} , v1=${hex} `)).toEqual({ timestamp: T, signatures: [hex] });
  });
});
