import { describe, expect, it } from "vitest";
import { MAX_EMAIL_CHARS, normaliseEmail } from "../../../src/lib/contact/email";

const read = (raw: string) => {
  const reading = normaliseEmail(raw);
  return reading.ok ? reading.email : null;
};

describe("an email address's syntax", () => {
  it.each([
    ["ana@correo.com", "ana@correo.com"],
    ["Ana.Lopez@Correo.COM.ar", "Ana.Lopez@correo.com.ar"],
    ["juan_p+soporte@mail.example.org", "juan_p+soporte@mail.example.org"],
    ["  ana@correo.com  ", "ana@correo.com"],
    ["ana＠correo.com", "ana@correo.com"],
    ["ｍａｒｉａ@ｃｏｒｒｅｏ.ｃｏｍ", "maria@correo.com"],
    ["josé@correo.com.ar", "josé@correo.com.ar"],
    ["a@b.co", "a@b.co"],
    ["ana@xn--caf-dma.com", "ana@xn--caf-dma.com"],
    ["ana@mi-empresa.com.ar", "ana@mi-empresa.com.ar"],
  ])("%s is read as %s", (raw, email) => {
    expect(read(raw)).toBe(email);
  });

  it.each([
    "ana",
    "ana@",
    "@correo.com",
    "ana@correo",
    "ana@@correo.com",
    "ana@bob@correo.com",
    "ana@correo.c",
    "ana@correo.123",
    "ana@-correo.com",
    "ana@correo-.com",
    "ana@correo..com",
    ".ana@correo.com",
    "ana.@correo.com",
    "an..a@correo.com",
    "ana lopez@correo.com",
    "ana@correo .com",
    "ana!x@correo.com",
    "ana@correo.com/path",
    "",
  ])("%s is refused", (raw) => {
    expect(read(raw)).toBeNull();
  });

  it("has at most 254 characters, a local part of at most 64 and labels of at most 63", () => {
    expect(read(`${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(57)}.com`)?.length).toBe(
      MAX_EMAIL_CHARS,
    );
    expect(read(`${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(58)}.com`)).toBeNull();
    expect(read(`${"a".repeat(65)}@correo.com`)).toBeNull();
    expect(read(`ana@${"b".repeat(64)}.com`)).toBeNull();
    expect(read(`ana@${"b".repeat(63)}.com`)).not.toBeNull();
  });
});
