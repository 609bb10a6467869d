import { describe, expect, it } from "vitest";
import { CLIENT_LIMITS } from "../../../src/lib/client-limits";
import { expectError } from "../../helpers/api";
import { clientHeaders, newClientAddress, overLimit } from "../client-limits/support";
import { PNG, startedSession, upload, uploadForm, uploadKeys } from "./support";

const LIMIT = CLIENT_LIMITS.upload.limit;

describe("photo uploads per client address (UPLOAD_RATE_LIMITER)", () => {
  it("one address spreading photos over several sessions gets 429 uploads_rate_limited; R2 keeps only the accepted ones", async () => {
    // Started with no address: only the uploads are counted against this client.
    const sessions = await Promise.all([1, 2, 3].map(() => startedSession()));
    const address = newClientAddress();
    const before = await uploadKeys();
    const statuses: number[] = [];
    let refusal: Response | undefined;
    for (let i = 0; i < overLimit(LIMIT); i++) {
      const sessionId = sessions[i % sessions.length] ?? "";
      const res = await upload(uploadForm(sessionId, PNG), { headers: clientHeaders(address) });
      statuses.push(res.status);
      if (res.status === 429 && !refusal) refusal = res;
      else await res.arrayBuffer();
    }
    expect(new Set(statuses), statuses.join(",")).toEqual(new Set([201, 429]));
    const accepted = statuses.filter((s) => s === 201).length;
    expect(accepted).toBeGreaterThanOrEqual(LIMIT);
    expect(accepted).toBeLessThanOrEqual(2 * LIMIT);
    if (!refusal) throw new Error("no refusal");
    expect(refusal.headers.get("Retry-After")).toBe(String(CLIENT_LIMITS.upload.periodSeconds));
    await expectError(refusal, 429, "uploads_rate_limited");
    expect((await uploadKeys()).filter((k) => !before.includes(k))).toHaveLength(accepted);

    // Another address uploads to the same sessions.
    const other = await upload(uploadForm(sessions[0] ?? "", PNG), {
      headers: clientHeaders(newClientAddress()),
    });
    expect(other.status).toBe(201);
  });

  it("the limit answers before the body is read", async () => {
    const address = newClientAddress();
    const boundary = "neverread";
    // A form cut short: an upload that got as far as reading it is a 400.
    const truncated = `--${boundary}\r\nContent-Disposition: form-data; name="sessionId"\r\n\r\nx`;
    const statuses: number[] = [];
    for (let i = 0; i < overLimit(LIMIT); i++) {
      const res = await upload(truncated, {
        headers: { "Content-Type": `multipart/form-data; boundary=${boundary}`, ...clientHeaders(address) },
      });
      statuses.push(res.status);
      if (res.status === 429) await expectError(res, 429, "uploads_rate_limited");
      else await expectError(res, 400, "invalid_multipart");
    }
    expect(statuses).toContain(429);
  });
});
