import { describe, expect, it } from "vitest";
import { MASK, maskPersonalData } from "../../../src/lib/masking";

/**
 * maskPersonalData on whole sentences as people write them, in Spanish and in English.
 * Cases the module currently gets wrong are left out here and listed in the test report.
 */

describe("masks personal data in Spanish and English sentences", () => {
  describe("emails", () => {
    it.each([
      ["escribime a ana.lopez@gmail.com cuando puedas", "escribime a [email] cuando puedas"],
      ["mi mail es Ana_Lopez+soporte@correo.com.ar.", "mi mail es [email]."],
      ["my email is john.doe@example.co.uk, thanks", "my email is [email], thanks"],
      ["Contact: J.Smith99@mail.example.org", "Contact: [email]"],
    ])("%j", (input, expected) => {
      expect(maskPersonalData(input)).toBe(expected);
    });
  });

  describe("Argentine phone numbers", () => {
    it.each([
      ["mi cel es +54 9 11 2345-6789", "mi cel es [phone]"],
      ["llamame al 011 4567-8901 a la tarde", "llamame al [phone] a la tarde"],
      ["el fijo es 0341 15 555 1234.", "el fijo es [phone]."],
      ["mi número: 341-5551234", "mi número: [phone]"],
      ["mi cel es +54 9 341 555-1234, gracias", "mi cel es [phone], gracias"],
      ["tel 3415551234", "tel [phone]"],
      ["whatsapp +5493415551234", "whatsapp [phone]"],
      ["(011) 4567-8901 o 11 2345 6789", "[phone] o [phone]"],
      ["my phone is +54 9 11 2345-6789", "my phone is [phone]"],
      ["call me on 011 4567-8901 after 6", "call me on [phone] after 6"],
      ["you can reach me at 0341 15 555 1234.", "you can reach me at [phone]."],
      ["my number is 341-5551234", "my number is [phone]"],
    ])("%j", (input, expected) => {
      expect(maskPersonalData(input)).toBe(expected);
    });
  });

  describe("DNI", () => {
    it.each([
      ["mi DNI es 30.123.456", "mi DNI es [dni]"],
      ["DNI 30123456, a nombre de Ana", "DNI [dni], a nombre de Ana"],
      ["dni: 7.123.456.", "dni: [dni]."],
      ["my ID number (DNI) is 30.123.456", "my ID number (DNI) is [dni]"],
      ["my DNI is 30123456", "my DNI is [dni]"],
    ])("%j", (input, expected) => {
      expect(maskPersonalData(input)).toBe(expected);
    });
  });

  describe("card numbers that pass the Luhn check", () => {
    it.each([
      ["pagué con la tarjeta 4111 1111 1111 1111 ayer", "pagué con la tarjeta [card] ayer"],
      ["tarjeta 4111-1111-1111-1111", "tarjeta [card]"],
      ["la visa 4111111111111111", "la visa [card]"],
      ["my card is 5500 0000 0000 0004", "my card is [card]"],
      ["card 5500-0000-0000-0004, exp 12/27", "card [card], exp 12/27"],
      ["amex 3782 822463 10005", "amex [card]"],
    ])("%j", (input, expected) => {
      expect(maskPersonalData(input)).toBe(expected);
    });
  });

  describe("tokens and secrets", () => {
    it.each([
      ["Authorization: Bearer abcdef123456789", "Authorization: Bearer [secret]"],
      ["usé bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig-_x", "usé bearer [secret]"],
      ["abrí /api/sessions?token=test-admin-token", "abrí /api/sessions?token=[secret]"],
      [
        "GET /api/tickets?limit=5&token=s3cr3t&status=open",
        "GET /api/tickets?limit=5&token=[secret]&status=open",
      ],
      ["https://x.example/cb?access_token=abc.def#top", "https://x.example/cb?access_token=[secret]#top"],
      ["la key es sk-abcdefghijklmnopqrstu", "la key es [secret]"],
      ["my key: sk-proj-ABCDEFGHijklmnop1234", "my key: [secret]"],
      ["mi clave es Gato1234", "mi clave es [secret]"],
      ["mi contraseña es perro99!", "mi contraseña es [secret]"],
      ["mi clave: Gato1234", "mi clave: [secret]"],
      ["my password is hunter22", "my password is [secret]"],
      ["my wifi password is hunter22 now", "my wifi password is [secret] now"],
      ["password=hunter22", "password=[secret]"],
      ["el pin es 4821", "el pin es [secret]"],
    ])("%j", (input, expected) => {
      expect(maskPersonalData(input)).toBe(expected);
    });
  });

  it("masks several kinds in one message", () => {
    expect(
      maskPersonalData(
        "Soy Ana (DNI 30.123.456), mail ana@x.com, cel 341-5551234, tarjeta 4111 1111 1111 1111, mi clave es Gato1234",
      ),
    ).toBe("Soy Ana (DNI [dni]), mail [email], cel [phone], tarjeta [card], mi clave es [secret]");
    expect(maskPersonalData("I'm Ann, my email is ann@example.com and my phone is +54 9 11 2345-6789")).toBe(
      "I'm Ann, my email is [email] and my phone is [phone]",
    );
  });
});

describe("leaves technical data intact", () => {
  it.each([
    "Mi ticket es STI-20261128-ABC234, ¿cómo sigue?",
    "Ticket STI-20261128-ABC234 and STI-20270101-XYZ789 are mine",
    "pasó el 2026-11-28 a las 10:30",
    "the log says 2026-11-28T10:30:00Z and then 2026-11-28T10:30:00.123Z",
    "at 2026-11-28 10:30:15 it froze",
    "la compré el 28/11/2026 y falló el 1/2/2027",
    "bought on 28/11/26, failed 28-11-2026",
    "a las 14:30 hs se apagó; a las 9:05:10 volvió",
    "error 0x80070005 al actualizar",
    "blue screen 0xC000021A then 0x0000007B",
    "mi notebook es una Dell Inspiron 15 3000",
    "my laptop is a Dell Inspiron 15 3000 with 16 GB",
    "tengo 16 GB de RAM y un SSD de 512 GB",
    "I have 8GB RAM and a 256 GB SSD",
    "Windows 11 24H2",
    "HP 250 G8, ThinkPad T480, iPhone 13 Pro Max 256GB",
    "Galaxy A52 SM-A525F",
    "la IP es 192.168.0.1 y el puerto 8080",
    "hace 2 días, 3 veces por hora",
    "pagué 45.000 pesos",
    "KB5034441 no se instala",
  ])("%j", (text) => {
    expect(maskPersonalData(text)).toBe(text);
  });

  it("keeps ticket ids, dates and times next to data it masks", () => {
    expect(maskPersonalData("ticket STI-20261128-ABC234, cel 341-5551234, el 28/11/2026 a las 10:30")).toBe(
      "ticket STI-20261128-ABC234, cel [phone], el 28/11/2026 a las 10:30",
    );
    expect(maskPersonalData("error 0x80070005 on 2026-11-28T10:30:00Z, mail me at a@b.co")).toBe(
      "error 0x80070005 on 2026-11-28T10:30:00Z, mail me at [email]",
    );
  });

  it("does not call an invalid card number a card", () => {
    expect(maskPersonalData("pedido 4111 1111 1111 1112")).not.toContain(MASK.card);
  });

  it("returns empty text unchanged", () => {
    expect(maskPersonalData("")).toBe("");
  });
});
