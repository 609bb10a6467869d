import { afterEach, expect, it, vi } from "vitest";
import { logEvent } from "../../src/observability/log";

afterEach(() => vi.restoreAllMocks());

it("writes one JSON line with tokens and personal data masked", () => {
  const spy = vi.spyOn(console, "error").mockImplementation(() => {});
  logEvent("error", "unhandled_error", {
    url: "https://chat.example/api/logs?token=s3cret-admin&level=info",
    message: "Authorization: Bearer s3cret-admin-token failed for ana@mail.com",
  });
  expect(spy).toHaveBeenCalledTimes(1);
  const line = String(spy.mock.calls[0]?.[0]);
  const parsed = JSON.parse(line) as Record<string, string>;
  expect(parsed).toMatchObject({ level: "error", event: "unhandled_error" });
  expect(line).not.toContain("s3cret");
  expect(line).not.toContain("ana@mail.com");
  expect(parsed.url).toBe("https://chat.example/api/logs?token=[secret]&level=info");
});
