import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config";

const RETENTION_VARS = [
  "UPLOAD_RETENTION_DAYS",
  "TRANSCRIPT_RETENTION_HOURS",
  "TICKET_RETENTION_DAYS",
  "LOG_RETENTION_DAYS",
  "PURGE_MAX_DELETES_PER_RUN",
] as const;

describe("retention config", () => {
  it("defaults to the policy: uploads 30 days, transcripts 48 h, tickets 90 days, logs 7 days", () => {
    expect(parseConfig({})).toMatchObject({
      UPLOAD_RETENTION_DAYS: 30,
      TRANSCRIPT_RETENTION_HOURS: 48,
      TICKET_RETENTION_DAYS: 90,
      LOG_RETENTION_DAYS: 7,
      PURGE_MAX_DELETES_PER_RUN: 10_000,
    });
  });

  it("parses custom values from wrangler's strings", () => {
    const config = parseConfig({ UPLOAD_RETENTION_DAYS: "14", TRANSCRIPT_RETENTION_HOURS: "24" });
    expect(config.UPLOAD_RETENTION_DAYS).toBe(14);
    expect(config.TRANSCRIPT_RETENTION_HOURS).toBe(24);
  });

  for (const name of RETENTION_VARS) {
    it(`a bad ${name} fails naming it`, () => {
      for (const bad of ["thirty", "0", "-1", "1.5", "99999999"]) {
        let error: unknown;
        try {
          parseConfig({ [name]: bad });
        } catch (e) {
          error = e;
        }
        expect(error, `${name}=${bad}`).toBeInstanceOf(ConfigError);
        expect((error as ConfigError).variable).toBe(name);
        expect((error as ConfigError).message).toContain(name);
      }
    });
  }
});
