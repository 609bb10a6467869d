import { describe, expect, it } from "vitest";
import { boundaryOf, indexOfBytes, MultipartForm } from "../../../src/lib/uploads/multipart";

const enc = (text: string) => new TextEncoder().encode(text);
const B = "XyZ-b0und";
const field = (name: string, value: string) =>
  `--${B}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
const fileHead = (name = "file") =>
  `--${B}\r\nContent-Disposition: form-data; name="${name}"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`;
const form = new MultipartForm(B);

describe("the upload form's head: the fields, up to the file", () => {
  it("reads the fields before the file and where its bytes start", () => {
    const head =
      field("sessionId", "abc") + field("sessionId", "second") + field("note", "ñandú") + fileHead();
    const body = enc(`${head}PHOTO\r\n--${B}--\r\n`);
    const parsed = form.readHead(body);
    expect(parsed).toEqual({
      kind: "file",
      fields: new Map([
        ["sessionId", "abc"],
        ["note", "ñandú"],
      ]),
      fileStart: enc(head).length,
    });
  });

  it("asks for more at every cut before the file's headers end, never guessing", () => {
    const head = enc(field("sessionId", "abc") + fileHead());
    for (let cut = 0; cut < head.length; cut++) {
      expect(form.readHead(head.subarray(0, cut)).kind, `cut at ${cut}`).toBe("incomplete");
    }
    expect(form.readHead(head).kind).toBe("file");
  });

  it("a field named file that is not a file, a form without a file, broken framing", () => {
    expect(form.readHead(enc(`${field("sessionId", "a")}${field("file", "text")}--${B}--`))).toEqual({
      kind: "invalid",
      reason: "file_not_a_file",
    });
    expect(form.readHead(enc(`${field("sessionId", "a")}--${B}--\r\n`))).toEqual({
      kind: "no_file",
      fields: new Map([["sessionId", "a"]]),
    });
    expect(form.readHead(enc(`--${B}\r\nContent-Type: text/plain\r\n\r\nx\r\n--${B}--`)).kind).toBe(
      "invalid",
    );
    expect(form.readHead(enc(`--${B}XX\r\n`)).kind).toBe("invalid");
  });

  it("accepts a preamble and transport padding after a boundary", () => {
    const body = enc(
      `ignored preamble\r\n--${B}  \r\nContent-Disposition: form-data; name="sessionId"\r\n\r\nabc\r\n${fileHead()}`,
    );
    expect(form.readHead(body)).toMatchObject({ kind: "file", fields: new Map([["sessionId", "abc"]]) });
  });
});

describe("the upload form's tail: where the file ends", () => {
  const head = field("sessionId", "abc") + fileHead();
  const start = enc(head).length;

  it("ends at the first boundary after the file, fields after it ignored, the epilogue too", () => {
    const photo = "\x89PNG\r\n-- not a boundary\r\n--XyZ";
    const body = enc(`${head}${photo}\r\n${field("later", "x")}--${B}--\r\nepilogue`);
    expect(form.readTail(body, start)).toEqual({ kind: "ok", fileEnd: start + enc(photo).length });
  });

  it("a body cut short, a second file, broken framing", () => {
    expect(form.readTail(enc(`${head}PHOTO`), start)).toEqual({ kind: "incomplete" });
    expect(form.readTail(enc(`${head}PHOTO\r\n--${B}`), start)).toEqual({ kind: "incomplete" });
    expect(form.readTail(enc(`${head}PHOTO\r\n${fileHead()}MORE\r\n--${B}--`), start)).toEqual({
      kind: "invalid",
      reason: "second_file",
    });
    expect(form.readTail(enc(`${head}PHOTO\r\n--${B}junk`), start)).toEqual({
      kind: "invalid",
      reason: "malformed",
    });
  });
});

describe("helpers", () => {
  it("finds the boundary parameter, quoted or not", () => {
    expect(boundaryOf("multipart/form-data; boundary=abc")).toBe("abc");
    expect(boundaryOf('multipart/form-data; charset=utf-8; boundary="a b:c"')).toBe("a b:c");
    expect(boundaryOf("multipart/form-data")).toBeNull();
    expect(boundaryOf(`multipart/form-data; boundary=${"x".repeat(71)}`)).toBeNull();
  });

  it("finds byte sequences, within bounds", () => {
    const bytes = enc("aab\r\nab\r\n--x");
    expect(indexOfBytes(bytes, enc("\r\n--x"))).toBe(7);
    expect(indexOfBytes(bytes, enc("ab"), 2)).toBe(5);
    expect(indexOfBytes(bytes, enc("\r\n--x"), 0, 11)).toBe(-1);
  });
});
