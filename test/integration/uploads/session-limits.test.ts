import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { expectError, newSessionId, press } from "../../helpers/api";
import { JPEG, PNG, startedSession, upload, uploaded, uploadForm, uploadKeys } from "./support";

const MAX_PER_SESSION = 10;

async function photosOf(sessionId: string): Promise<number> {
  const { messages } = await env.CHAT_SESSION.getByName(sessionId).history();
  return messages.filter((m) => m.kind === "photo").length;
}

describe("POST /api/upload: which session, and how many", () => {
  it("refuses a session that was never started: 404, nothing stored", async () => {
    const before = await uploadKeys();
    const body = await expectError(await upload(uploadForm(newSessionId("ghost"), PNG)), 404, "not_found");
    expect(body.error.message).toMatch(/Unknown session/);
    expect(await uploadKeys()).toEqual(before);
  });

  it(`accepts ${MAX_PER_SESSION} photos per session, then answers 409 too_many_uploads`, async () => {
    const sessionId = await startedSession();
    for (let i = 0; i < MAX_PER_SESSION; i++) await uploaded(await upload(uploadForm(sessionId, JPEG)));
    const before = await uploadKeys();
    const body = await expectError(await upload(uploadForm(sessionId, JPEG)), 409, "too_many_uploads");
    expect(body.error.message).toContain(String(MAX_PER_SESSION));
    expect(await uploadKeys()).toEqual(before);
    expect(await photosOf(sessionId)).toBe(MAX_PER_SESSION);
    // Another session is not affected.
    await uploaded(await upload(uploadForm(await startedSession(), JPEG)));
  });

  it("lets exactly one of several concurrent uploads take the last place; the others leave nothing in R2", async () => {
    const sessionId = await startedSession();
    for (let i = 0; i < MAX_PER_SESSION - 1; i++) await uploaded(await upload(uploadForm(sessionId, PNG)));
    const before = await uploadKeys();
    const results = await Promise.all([1, 2, 3].map(() => upload(uploadForm(sessionId, PNG))));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409, 409]);
    const winner = (await results.find((r) => r.status === 201)?.json()) as { upload: { id: string } };
    const added = (await uploadKeys()).filter((k) => !before.includes(k));
    expect(added).toEqual([expect.stringContaining(winner.upload.id)]);
    expect(await photosOf(sessionId)).toBe(MAX_PER_SESSION);
  });

  it("a rate-limited upload answers 429 with Retry-After and leaves nothing stored", async () => {
    const sessionId = await startedSession(); // two turns
    for (let i = 0; i < 28; i++) await press(sessionId, "lang:es");
    const before = await uploadKeys();
    const res = await upload(uploadForm(sessionId, PNG));
    expect(Number(res.headers.get("Retry-After"))).toBeGreaterThan(0);
    await expectError(res, 429, "rate_limited");
    expect(await uploadKeys()).toEqual(before);
    expect(await photosOf(sessionId)).toBe(0);
  });
});
