import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config";
import {
  DAY_MS,
  HOUR_MS,
  judge,
  keyDayStart,
  type ListedObject,
  logCutoff,
  planPage,
  retentionCutoffs,
} from "../../src/retention/policy/policy";

const NOW = Date.parse("2026-11-30T12:00:00Z");
const MINUTE = 60_000;
const object = (key: string, uploaded: number, createdAt?: number): ListedObject => ({
  key,
  uploaded: new Date(uploaded),
  ...(createdAt === undefined ? {} : { customMetadata: { createdAt: new Date(createdAt).toISOString() } }),
});

describe("retention policy", () => {
  it("draws each target's line from its own variable", () => {
    const cutoffs = retentionCutoffs(parseConfig({}), NOW);
    expect(cutoffs.uploads).toBe(NOW - 30 * DAY_MS);
    expect(cutoffs.transcripts).toBe(NOW - 48 * HOUR_MS);
    expect(cutoffs.sessionRows).toBe(NOW - 48 * HOUR_MS);
    expect(cutoffs.tickets).toBe(NOW - 90 * DAY_MS);
    expect(cutoffs.ticketRows).toBe(NOW - 90 * DAY_MS);
    expect(retentionCutoffs(parseConfig({ UPLOAD_RETENTION_DAYS: "3" }), NOW).uploads).toBe(NOW - 3 * DAY_MS);
  });

  it("the log stream's line follows LOG_RETENTION_DAYS, not a fixed 7 days", () => {
    expect(logCutoff(parseConfig({}), NOW)).toBe(NOW - 7 * DAY_MS);
    expect(logCutoff(parseConfig({ LOG_RETENTION_DAYS: "2" }), NOW)).toBe(NOW - 2 * DAY_MS);
  });

  it("reads the day from upload and ticket keys, and only real dates", () => {
    expect(keyDayStart("uploads", "uploads/2026-10-31/20261031-abc")).toBe(
      Date.parse("2026-10-31T00:00:00Z"),
    );
    expect(keyDayStart("tickets", "tickets/STI-20260901-ABCDEF.json")).toBe(
      Date.parse("2026-09-01T00:00:00Z"),
    );
    expect(keyDayStart("uploads", "uploads/2026-02-30/x")).toBeNull();
    expect(keyDayStart("uploads", "uploads/misc/x")).toBeNull();
    expect(keyDayStart("transcripts", "transcripts/2026-10-31.json")).toBeNull();
  });

  it("a whole day on one side of the line is decided by the key; the line's own day by R2's time", () => {
    const cutoff = NOW - 30 * DAY_MS; // 2026-10-31T12:00Z
    expect(judge("uploads", object("uploads/2026-10-30/a", NOW), cutoff)).toBe("expired");
    expect(judge("uploads", object("uploads/2026-11-01/a", cutoff - DAY_MS), cutoff)).toBe("later");
    expect(judge("uploads", object("uploads/2026-10-31/a", cutoff), cutoff)).toBe("expired");
    expect(judge("uploads", object("uploads/2026-10-31/a", cutoff + 1), cutoff)).toBe("kept");
    // An upload is written once: metadata does not override R2's time.
    expect(judge("uploads", object("uploads/2026-10-31/a", cutoff + 1, cutoff - MINUTE), cutoff)).toBe(
      "kept",
    );
    // An undated key never ends the listing early.
    expect(judge("uploads", object("uploads/misc/a", NOW), cutoff)).toBe("kept");
  });

  it("a transcript's age is R2's time (rewritten on every mirror), whatever its metadata says", () => {
    const cutoff = NOW - 48 * HOUR_MS;
    expect(judge("transcripts", object("transcripts/s.json", cutoff - 1, NOW), cutoff)).toBe("expired");
    expect(judge("transcripts", object("transcripts/s.json", cutoff + 1), cutoff)).toBe("kept");
  });

  it("a ticket keeps its creation time when it is rewritten (anonymised)", () => {
    const cutoff = NOW - 90 * DAY_MS;
    const day = new Date(cutoff).toISOString().slice(0, 10).replaceAll("-", "");
    const key = `tickets/STI-${day}-ABCDEF.json`;
    expect(judge("tickets", object(key, NOW, cutoff - MINUTE), cutoff)).toBe("expired");
    expect(judge("tickets", object(key, NOW - 100 * DAY_MS, cutoff + MINUTE), cutoff)).toBe("kept");
  });

  it("plans a page in key order, stopping at the delete budget or at the first later key", () => {
    const cutoff = Date.parse("2026-10-31T12:00:00Z");
    const page = [
      object("uploads/2026-10-30/a", NOW),
      object("uploads/2026-10-31/b", cutoff + MINUTE),
      object("uploads/2026-10-31/c", cutoff - MINUTE),
      object("uploads/2026-11-01/d", NOW),
      object("uploads/2026-11-02/e", NOW),
    ];
    expect(planPage("uploads", page, cutoff, 100)).toEqual({
      handled: 3,
      expired: ["uploads/2026-10-30/a", "uploads/2026-10-31/c"],
      kept: 1,
      reachedLater: true,
      budgetCut: false,
    });
    expect(planPage("uploads", page, cutoff, 1)).toEqual({
      handled: 2,
      expired: ["uploads/2026-10-30/a"],
      kept: 1,
      reachedLater: false,
      budgetCut: true,
    });
  });
});
