import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Ticket } from "../../../src/protocol";
import { call, expectError, press } from "../../helpers/api";
import {
  HEIC,
  keyOf,
  PNG,
  pathOf,
  startedSession,
  upload,
  uploaded,
  uploadForm,
  uploadKeys,
} from "./support";

interface ExportedUpload {
  id: string;
  contentType: string;
  size: number;
  createdAt: string;
  sha256: string;
  url: string;
}

async function withPhotos() {
  const sessionId = await startedSession();
  const a = (await uploaded(await upload(uploadForm(sessionId, PNG, "a.png")))).upload;
  const b = (await uploaded(await upload(uploadForm(sessionId, HEIC, "b.heic")))).upload;
  return { sessionId, photos: [a, b] };
}

describe("the person's photos in GDPR access and erasure", () => {
  it("my-data lists the session's uploads with their metadata and a working link, and nobody else's", async () => {
    const { sessionId, photos } = await withPhotos();
    const other = await withPhotos();
    const res = await call(`/api/gdpr/my-data/${sessionId}`);
    expect(res.status).toBe(200);
    const data = (await res.json()) as { uploads: ExportedUpload[] };
    expect(data.uploads).toEqual(
      await Promise.all(
        photos.map(async (p) => {
          const head = await env.BUCKET.head(keyOf(p.id));
          return {
            id: p.id,
            contentType: p.contentType,
            size: p.size,
            createdAt: head?.customMetadata?.createdAt,
            sha256: head?.customMetadata?.sha256,
            url: expect.any(String),
          };
        }),
      ),
    );
    const served = await call(pathOf(data.uploads[0]?.url ?? ""));
    expect(served.status).toBe(200);
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(PNG);
    const text = JSON.stringify(data.uploads);
    for (const p of other.photos) expect(text).not.toContain(p.id);
  });

  it("delete-me deletes the photos from R2 and says how many; their links stop working", async () => {
    const { sessionId, photos } = await withPhotos();
    const other = await withPhotos();
    const handoff = await press(sessionId, "technician");
    const before = await uploadKeys();
    for (const p of photos) expect(before).toContain(keyOf(p.id));

    const res = await call(`/api/gdpr/delete-me/${sessionId}`, { method: "DELETE" });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ sessionId, uploadsDeleted: 2 });

    const after = await uploadKeys();
    expect(after).toEqual(before.filter((k) => !photos.some((p) => k === keyOf(p.id))));
    for (const p of other.photos) expect(after).toContain(keyOf(p.id));
    for (const p of photos) await expectError(await call(pathOf(p.url)), 404, "not_found");
    // The anonymised ticket no longer lists the photos or their links.
    const ticket = (await (await env.BUCKET.get(`tickets/${handoff.ticket?.id}.json`))?.json()) as Ticket;
    expect(ticket.attachments).toEqual([]);
    expect(JSON.stringify(ticket)).not.toContain("/api/upload/");
  });
});
