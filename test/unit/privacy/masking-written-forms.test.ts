import { describe, expect, it } from "vitest";
import { luhn } from "../../../src/lib/luhn";
import { applyMaskingRules, MASK, maskPersonalData } from "../../../src/lib/masking";
import { detectSensitive } from "../../../src/lib/understanding";

/**
 * Card numbers, phones and emails as people really write them: any separator, full-width digits
 * and `＠` (phone keyboards), spelled-out "at"/"arroba". Matching runs on the NFKC form; everything
 * outside a masked span is returned exactly as written (full-width letters, accents, emoji).
 */

const CARD = "4539148803436467";
const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const group = (digits: string, sep: string) => digits.match(/.{1,4}/g)?.join(sep) ?? digits;

describe("card numbers in every common written form", () => {
  it("the number used is a real Luhn-valid card number", () => {
    expect(luhn(CARD)).toBe(true);
  });

  const forms: Record<string, string> = {
    "no separator": CARD,
    spaces: group(CARD, " "),
    dashes: group(CARD, "-"),
    dots: group(CARD, "."),
    slashes: group(CARD, "/"),
    underscores: group(CARD, "_"),
    "no-break spaces": group(CARD, "\u00a0"),
    "en dashes": group(CARD, "–"),
    "full-width digits": fullWidth(CARD),
    "full-width digits and spaces": group(fullWidth(CARD), "\u3000"),
    "full-width digits and dashes": group(fullWidth(CARD), "－"),
    "Amex 4-6-5 with dots": "3782.822463.10005",
  };
  for (const [name, written] of Object.entries(forms)) {
    it(`${name}: masked in Spanish and English sentences, and the message is sensitive`, () => {
      expect(maskPersonalData(`mi tarjeta es ${written} gracias`)).toBe(`mi tarjeta es ${MASK.card} gracias`);
      expect(maskPersonalData(`my card is ${written}, thanks`)).toBe(`my card is ${MASK.card}, thanks`);
      expect(detectSensitive(`mi tarjeta es ${written}`)).toBe(true);
      expect(detectSensitive(`pagué con ${written}`)).toBe(true);
    });
  }

  it("the brief's case", () => {
    expect(maskPersonalData("mi tarjeta es 4539.1488.0343.6467")).toBe(`mi tarjeta es ${MASK.card}`);
    expect(detectSensitive("mi tarjeta es 4539.1488.0343.6467")).toBe(true);
  });

  it("a number failing the Luhn check is not a card, whatever its separators", () => {
    const wrong = `${CARD.slice(0, -1)}${(Number(CARD.at(-1)) + 1) % 10}`;
    for (const sep of [" ", "-", ".", "/", "_"]) {
      expect(maskPersonalData(`pedido ${group(wrong, sep)}`)).not.toContain(MASK.card);
      expect(detectSensitive(`pedido ${group(wrong, sep)}`)).toBe(false);
    }
  });
});

describe("phone numbers in every common written form", () => {
  it.each([
    ["mi cel es +54 9 11 1234-5678", "mi cel es [phone]"],
    ["llamame al (011) 4567-8901", "llamame al [phone]"],
    ["el fijo es 11.4567.8901", "el fijo es [phone]"],
    ["mi número 11/4567/8901", "mi número [phone]"],
    ["tel 11_4567_8901", "tel [phone]"],
    ["call me on 0341.15.555.1234", "call me on [phone]"],
    ["my phone is +54.9.11.1234.5678", "my phone is [phone]"],
    [`mi cel es ${fullWidth("+54 9 11 1234-5678")}`, "mi cel es [phone]"],
    [`llamame al ${fullWidth("(011) 4567-8901")} porfa`, "llamame al [phone] porfa"],
    ["mi cel es 11\u00a04567\u00a08901", "mi cel es [phone]"],
    ["mi cel es 11–4567–8901", "mi cel es [phone]"],
  ])("%j", (input, expected) => {
    expect(maskPersonalData(input)).toBe(expected);
  });
});

describe("emails in every common written form", () => {
  it.each([
    ["escribime a ana＠example.com", "escribime a [email]"],
    [`escribime a ${fullWidth("ana@example.com")} cuando puedas`, "escribime a [email] cuando puedas"],
    ["mail: josé.pérez@correo.com.ar", "mail: [email]"],
    ["my email is ana at example dot com", "my email is [email]"],
    ["my email is ana [at] example [dot] com, thanks", "my email is [email], thanks"],
    ["email me: ana (at) example (dot) co (dot) uk", "email me: [email]"],
    ["mi mail es ana arroba gmail punto com", "mi mail es [email]"],
    ["mi correo es ana.lopez arroba hotmail.com.ar", "mi correo es [email]"],
    ["mi mail es ana @ gmail . com", "mi mail es [email]"],
    ["ANA AT EXAMPLE DOT COM", "[email]"],
  ])("%j", (input, expected) => {
    expect(maskPersonalData(input)).toBe(expected);
  });
});

describe("what must stay as written", () => {
  it.each([
    "tengo 2 notebooks y 3 monitores",
    "I have 2 laptops and 3 monitors",
    "una RTX 3060 y un Ryzen 5 5600X",
    "my RTX 3060 Ti and an i7-12700K",
    "la compré el 28/11/2026, falló el 1.2.2027",
    "bought on 28/11/26, failed 2026-11-28",
    "a las 14:30 hs",
    "la IP es 192.168.0.1 y el puerto 8080",
    "pagué 45.000 pesos, o sea $ 45.000,50",
    "versión 1.2.3 de la app, build 24.11.2",
    "Windows 11 24H2, KB5034441",
    "error 0x80070005",
    "estoy at home",
    "look at the settings, then the dot next to the wifi",
    "I'm at work right now, it's the dot on the screen",
    "la arroba no anda en el teclado",
    "the @ key does not work",
    "Galaxy A52 SM-A525F",
    "HP 250 G8 con 8 GB y SSD de 256 GB",
    "Ticket STI-20261128-ABC234",
    "ｆｕｌｌ－ｗｉｄｔｈ ｔｅｘｔ ｓｔａｙｓ",
  ])("%j", (text) => {
    expect(maskPersonalData(text)).toBe(text);
  });

  it("keeps everything around a masked span exactly as written (no NFKC of the rest)", () => {
    const prefix = "Ｈｏｌａ, soy Ana ﬁ ½ ² 😀 —";
    const suffix = "… ¡gracias! ｔｈａｎｋｓ";
    expect(maskPersonalData(`${prefix} ${fullWidth(CARD)} ${suffix}`)).toBe(
      `${prefix} ${MASK.card} ${suffix}`,
    );
    expect(maskPersonalData(`${prefix} ana＠example.com ${suffix}`)).toBe(
      `${prefix} ${MASK.email} ${suffix}`,
    );
    expect(maskPersonalData(`${prefix} ${fullWidth("11 4567 8901")} ${suffix}`)).toBe(
      `${prefix} ${MASK.phone} ${suffix}`,
    );
  });

  it("lone surrogates pass through untouched and do not break the rules", () => {
    expect(maskPersonalData("a\ud800b 4539 1488 0343 6467 \udfff")).toBe(`a\ud800b ${MASK.card} \udfff`);
    expect(applyMaskingRules("\ud800")).toBe("\ud800");
  });
});
