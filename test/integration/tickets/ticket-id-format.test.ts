import { describe, expect, it } from "vitest";
import { newTicketId, TICKET_ALPHABET, TICKET_ID_PATTERN } from "../../../src/lib/tickets/ticket-id";
import { greet, newSessionId, press, say } from "../../helpers/api";
import { manualTicket, TICKET_ID, ticketRows, utcDay } from "./support";

const compactDay = (at: string | number | Date) => utcDay(at).replaceAll("-", "");

/** A random source that hands out the given batches in order, then fails loudly. */
function scripted(...batches: number[][]) {
  const calls: number[] = [];
  const source = (n: number): Uint8Array => {
    calls.push(n);
    const batch = batches[calls.length - 1];
    if (!batch) throw new Error(`random source called ${calls.length} times`);
    return Uint8Array.from(batch);
  };
  return { source, calls };
}

describe("ticket ids", () => {
  it("from the API are STI-<today UTC>-<6 unambiguous characters>", async () => {
    const before = compactDay(Date.now());
    const manual = await manualTicket({
      sessionId: newSessionId("id"),
      device: "notebook",
      problem: "no enciende",
    });
    const sid = newSessionId("id");
    await greet(sid);
    await say(sid, "soy Ana, mi notebook no prende");
    const chat = await press(sid, "technician");
    const after = compactDay(Date.now());

    const ids = [manual.id, chat.ticket?.id ?? ""];
    for (const id of ids) {
      expect(id).toMatch(TICKET_ID);
      const day = id.slice(4, 12);
      // Today's UTC date (either side of a midnight that fell during the test).
      expect([before, after]).toContain(day);
    }
    expect(manual.id.slice(4, 12)).toBe(compactDay(manual.createdAt));
    const [row] = await ticketRows(sid);
    expect(row?.id).toBe(chat.ticket?.id);
    expect(chat.ticket?.id.slice(4, 12)).toBe(compactDay(row?.created_at ?? 0));
  });

  it("the exported pattern is the documented one", () => {
    expect(TICKET_ID_PATTERN.source).toBe(TICKET_ID.source);
    expect(TICKET_ALPHABET).toBe("23456789ABCDEFGHJKMNPQRSTUVWXYZ");
    expect(TICKET_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it("newTicketId: UTC date and deterministic characters from a fixed random source", () => {
    const { source, calls } = scripted([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(newTicketId(new Date("2026-11-28T12:00:00Z"), source)).toBe("STI-20261128-234567");
    expect(calls).toEqual([12]);

    // 23:30 in Argentina (UTC-3) is already the next day in UTC: the id carries the UTC date.
    const late = scripted([30, 29, 28, 27, 26, 25, 0, 0, 0, 0, 0, 0]);
    expect(newTicketId(new Date("2026-11-28T23:30:00-03:00"), late.source)).toBe("STI-20261129-ZYXWVU");
  });

  it("newTicketId: bytes >= 248 are rejected and the source is asked again", () => {
    // 248..255 would bias the first 8 characters (256 = 8 * 31 + 8); 31 and 247 wrap to '2' and 'Z'.
    const { source, calls } = scripted(
      [248, 249, 250, 251, 252, 253, 254, 255, 31, 247, 255, 255],
      [255, 62, 255, 93, 8, 255, 9, 10, 11, 12, 13, 14],
    );
    expect(newTicketId(new Date("2000-01-01T00:00:00Z"), source)).toBe("STI-20000101-2Z22AB");
    expect(calls).toEqual([12, 12]);
  });

  it("newTicketId: every accepted byte value maps evenly onto the alphabet", () => {
    const counts = new Map<string, number>();
    let rejected = 0;
    for (let byte = 0; byte < 256; byte++) {
      const { source, calls } = scripted(Array(12).fill(byte), Array(12).fill(0));
      const suffix = newTicketId(new Date("2026-01-01T00:00:00Z"), source).slice(-6);
      if (calls.length === 2) {
        rejected++;
        expect(suffix).toBe("222222");
        continue;
      }
      const char = suffix[0] ?? "";
      expect(suffix).toBe(char.repeat(6));
      counts.set(char, (counts.get(char) ?? 0) + 1);
    }
    expect(rejected).toBe(8);
    expect([...counts.keys()].sort().join("")).toBe([...TICKET_ALPHABET].sort().join(""));
    for (const n of counts.values()) expect(n).toBe(8);
  });

  it("newTicketId with the real random source always matches the pattern", () => {
    const now = new Date();
    for (let i = 0; i < 500; i++) expect(newTicketId(now)).toMatch(TICKET_ID);
  });
});
