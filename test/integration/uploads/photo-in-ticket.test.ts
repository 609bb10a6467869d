import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import type { Ticket } from "../../../src/protocol";
import { call, press, say } from "../../helpers/api";
import { JPEG, PNG, pathOf, startedSession, upload, uploaded, uploadForm } from "./support";

const RETENTION_DAYS = 30;

it("a ticket made after an upload lists the photo with a link that works for the retention period", async () => {
  const sessionId = await startedSession();
  const first = (await uploaded(await upload(uploadForm(sessionId, PNG, "a.png")))).upload;
  await say(sessionId, "soy Ana, mi notebook no prende");
  const second = (await uploaded(await upload(uploadForm(sessionId, JPEG, "b.jpg")))).upload;
  const handoff = await press(sessionId, "technician");
  const ticketId = handoff.ticket?.id ?? "";
  expect(ticketId).toMatch(/^STI-/);

  const ticket = (await (await env.BUCKET.get(`tickets/${ticketId}.json`))?.json()) as Ticket;
  expect(ticket.attachments).toEqual([
    { id: first.id, contentType: "image/png", size: PNG.byteLength, url: expect.any(String) },
    { id: second.id, contentType: "image/jpeg", size: JPEG.byteLength, url: expect.any(String) },
  ]);
  const [a, b] = ticket.attachments;
  const res = await call(pathOf(a?.url ?? ""));
  expect(res.status).toBe(200);
  expect(res.headers.get("Content-Type")).toBe("image/png");
  expect(new Uint8Array(await res.arrayBuffer())).toEqual(PNG);
  expect((await call(pathOf(b?.url ?? ""))).headers.get("Content-Type")).toBe("image/jpeg");
  // The technician's link lives as long as the photo is kept, not the widget's hour.
  const exp = Number(new URL(a?.url ?? "").searchParams.get("exp"));
  const days = (exp - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(RETENTION_DAYS - 1);
  expect(days).toBeLessThanOrEqual(RETENTION_DAYS);

  const txt = (await (await env.BUCKET.get(`tickets/${ticketId}.txt`))?.text()) ?? "";
  expect(txt).toContain(`- ${first.id} (image/png, ${PNG.byteLength} bytes)`);
  expect(txt).toContain(`  ${a?.url}`);

  const page = await call(pathOf(ticket.url));
  expect(page.status).toBe(200);
  const html = await page.text();
  const escaped = (a?.url ?? "").replaceAll("&", "&amp;");
  expect(html).toContain(`<img src="${escaped}"`);
  expect(html).toContain(`<a href="${escaped}">`);
});
