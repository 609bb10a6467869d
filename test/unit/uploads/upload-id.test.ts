import { expect, it } from "vitest";
import { newUpload, UPLOAD_ID_PATTERN, uploadKey } from "../../../src/lib/uploads/upload-id";

it("dates the id and the key with the UTC upload day, so the key can be found from the id alone", () => {
  const now = new Date("2026-11-28T23:59:59.999-03:00"); // already the 29th in UTC
  const { id, key } = newUpload(now);
  expect(id).toMatch(UPLOAD_ID_PATTERN);
  expect(id.slice(0, 9)).toBe("20261129-");
  expect(key).toBe(`uploads/2026-11-29/${id}`);
  expect(uploadKey(id)).toBe(key);
  expect(newUpload(now).id).not.toBe(id);
});

it("finds no key for anything that is not an upload id", () => {
  for (const bad of [
    "",
    "../tickets/STI-20261128-ABCDEF.json",
    "20261128-short",
    "20261128-AAAAAAAAAAAAAAAAAAAAA/",
    "20261128-AAAAAAAAAAAAAAAAAAAAAAA",
    "20261332-AAAAAAAAAAAAAAAAAAAAAA",
    "20260229-AAAAAAAAAAAAAAAAAAAAAA",
  ]) {
    expect(uploadKey(bad), bad).toBeNull();
  }
  expect(uploadKey("20280229-AAAAAAAAAAAAAAAAAAAAAA")).toBe(
    "uploads/2028-02-29/20280229-AAAAAAAAAAAAAAAAAAAAAA",
  );
});
