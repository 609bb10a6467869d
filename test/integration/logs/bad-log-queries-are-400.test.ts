import { expect, it } from "vitest";
import { call, expectError } from "../../helpers/api";
import { ADMIN } from "./support";

it("rejects a bad level, limit, mode, since or filter with 400 validation_failed", async () => {
  const bad = [
    "mode=once&limit=0",
    "mode=once&limit=1001",
    "mode=once&limit=ten",
    "mode=once&level=verbose",
    "level=trace",
    "mode=tail",
    "since=-1",
    "sessionId=a%20b",
    `q=${"x".repeat(201)}`,
  ];
  for (const query of bad) {
    const body = await expectError(
      await call(`/api/logs?${query}`, { headers: ADMIN }),
      400,
      "validation_failed",
    );
    expect(body.error.message.length, query).toBeGreaterThan(0);
  }
  const post = (body: string, type = "application/json") =>
    call("/api/logs/level", { method: "POST", headers: { ...ADMIN, "Content-Type": type }, body });
  await expectError(await post(JSON.stringify({ level: "verbose" })), 400, "validation_failed");
  await expectError(await post(JSON.stringify({ level: "info", extra: true })), 400, "validation_failed");
  await expectError(await post(JSON.stringify({})), 400, "validation_failed");
  await expectError(await post("level=info", "text/plain"), 415, "unsupported_media_type");
});
