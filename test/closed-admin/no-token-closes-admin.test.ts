import { expect, it } from "vitest";
import { call, expectError } from "../helpers/api";

// This project runs with ENVIRONMENT=test and no LOG_TOKEN: admin routes must be closed, never open.
it("answers every admin route with 401 when no admin token is configured", async () => {
  for (const path of [
    "/api/tickets",
    "/api/sessions",
    "/api/transcript/abc",
    "/api/ticket/STI-20261128-ABCDEF",
  ]) {
    const body = await expectError(
      await call(path, { headers: { Authorization: "Bearer " } }),
      401,
      "unauthorized",
    );
    expect(body.error.message).toMatch(/LOG_TOKEN/);
  }
  await expectError(await call("/api/tickets?token="), 401, "unauthorized");
});
