import { describe, expect, it } from "vitest";
import { applyMaskingRules, maskDeep, maskPersonalData } from "../../src/lib/masking";

describe("masking personal data", () => {
  it.each([
    ["escribime a ana.lopez@gmail.com", "escribime a [email]"],
    ["my email is JOHN_doe+x@mail.example.org.", "my email is [email]."],
    ["mi cel es +54 9 341 555-1234", "mi cel es [phone]"],
    ["llamame al 0341 15 555 1234 después", "llamame al [phone] después"],
    ["call me on (341) 555-1234", "call me on [phone]"],
    ["mi dni es 30.123.456", "mi dni es [dni]"],
    ["DNI 30123456", "DNI [dni]"],
    ["tarjeta 4111 1111 1111 1111 vence", "tarjeta [card] vence"],
    ["card 5500-0000-0000-0004", "card [card]"],
    ["mi clave es Gato1234", "mi clave es [secret]"],
    ["password: hunter22", "password: [secret]"],
    ["Authorization: Bearer abcdef123456789", "Authorization: Bearer [secret]"],
    ["GET /api/logs?token=s3cr3t&level=info", "GET /api/logs?token=[secret]&level=info"],
    ["key sk-abcdefghijklmnopqrstu", "key [secret]"],
    ["escribime a ana.28-11-1990@hotmail.com", "escribime a [email]"],
    ["mi clave de wifi es Gato1234", "mi clave de wifi es [secret]"],
    ["la contraseña del wifi es perro99", "la contraseña del wifi es [secret]"],
    ["dni 30 123 456", "dni [dni]"],
  ])("masks %j", (input, expected) => {
    expect(maskPersonalData(input)).toBe(expected);
  });

  it("keeps ticket ids, dates and times intact", () => {
    const text = "Ticket STI-20261128-ABC234 creado el 2026-11-28T10:30:00Z (28/11/2026 10:30)";
    expect(maskPersonalData(text)).toBe(text);
  });

  it("keeps ordinary numbers and tech words", () => {
    for (const text of [
      "tengo 16 GB de RAM y un i5 de 4 núcleos",
      "error 0x80070005",
      "Windows 11 24H2",
      "Dell Inspiron 15 3000",
    ]) {
      expect(maskPersonalData(text)).toBe(text);
    }
  });

  it("does not mask an invalid card number as a card", () => {
    expect(maskPersonalData("pedido 4111 1111 1111 1112")).not.toContain("[card]");
  });

  it("masks every string inside structured values", () => {
    expect(maskDeep({ msg: "ana@x.com", nested: [{ phone: "+54 9 11 2345-6789" }], n: 3 })).toEqual({
      msg: "[email]",
      nested: [{ phone: "[phone]" }],
      n: 3,
    });
  });
});

describe("shortcut for text that cannot hold personal data", () => {
  it("gives exactly what the full rules give, on random text and on text with the trigger words", () => {
    // Letters (with Spanish ones), digits, separators and the characters the rules look for.
    const alphabet = "abcdeiklmnoprstuvñáéóAEBPSK0123456789 .-_:/@?&=#()+";
    const words = [
      "Bearer ",
      "token=",
      "sk-",
      "password ",
      "clave: ",
      "pin ",
      "cvv ",
      "contraseña es ",
      "DNI ",
    ];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    const samples = [
      "mi clave es Gato1234",
      "PIN: abcd",
      "Authorization: Bearer abcdefghijk",
      "GET /api/logs?token=secret",
      "key sk-abcdefghijklmnopqrstu",
      "la contraseña del wifi es perrito",
      "/api/bench-not-found",
      "mi compu no prende",
    ];
    for (let i = 0; i < 5_000; i++) {
      let text = "";
      const length = 1 + random(40);
      while (text.length < length) {
        text += random(8) === 0 ? words[random(words.length)] : alphabet[random(alphabet.length)];
      }
      samples.push(text);
    }
    for (const text of samples) expect(maskPersonalData(text), text).toBe(applyMaskingRules(text));
  });
});
