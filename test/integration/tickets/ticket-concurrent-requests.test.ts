import { describe, expect, it } from "vitest";
import type { ChatResponse } from "../../../src/protocol";
import { greet, newSessionId, postJson, say } from "../../helpers/api";
import { createManual, type ManualTicketResponse, r2TicketObjects, TICKET_ID, ticketRows } from "./support";

interface Answer {
  status: number;
  body: ManualTicketResponse;
}

async function answer(res: Response): Promise<Answer> {
  return { status: res.status, body: (await res.json()) as ManualTicketResponse };
}

/** What the stores hold for one session: its D1 rows and its ticket JSON keys in R2. */
async function storedFor(sessionId: string) {
  const rows = await ticketRows(sessionId);
  const jsonKeys = (await r2TicketObjects())
    .filter((o) => o.sessionId === sessionId && o.key.endsWith(".json"))
    .map((o) => o.key);
  return { rowIds: rows.map((r) => r.id), jsonKeys };
}

describe("concurrent ticket requests for one new session", () => {
  it.each([2, 5])("%i simultaneous create-manual calls make exactly one ticket", async (n) => {
    const sid = newSessionId("race");
    const answers = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        createManual({ sessionId: sid, name: `Admin ${i}`, device: "notebook", problem: "no enciende" }).then(
          answer,
        ),
      ),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([...Array(n - 1).fill(200), 201]);
    expect(answers.filter((a) => a.body.created)).toHaveLength(1);
    const id = answers[0]?.body.ticket.id ?? "";
    expect(id).toMatch(TICKET_ID);
    for (const a of answers) expect(a.body.ticket).toEqual(answers[0]?.body.ticket);

    expect(await storedFor(sid)).toEqual({ rowIds: [id], jsonKeys: [`tickets/${id}.json`] });
  });

  it("a chat hand-off racing a manual request ends with one shared ticket", async () => {
    const sid = newSessionId("race");
    await greet(sid);
    await say(sid, "soy Ana, mi notebook no prende");
    const [chat, manual] = await Promise.all([
      postJson("/api/chat", { sessionId: sid, action: "technician" }).then(async (r) => ({
        status: r.status,
        body: (await r.json()) as ChatResponse,
      })),
      createManual({ sessionId: sid, device: "notebook", problem: "no enciende" }).then(answer),
    ]);
    expect(chat.status).toBe(200);
    expect([200, 201]).toContain(manual.status);
    const id = manual.body.ticket.id;
    expect(chat.body.ticket?.id).toBe(id);
    expect(await storedFor(sid)).toEqual({ rowIds: [id], jsonKeys: [`tickets/${id}.json`] });
  });
});
