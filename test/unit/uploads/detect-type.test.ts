import { describe, expect, it } from "vitest";
import { detectImageType } from "../../../src/lib/uploads/detect-type";

const bytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
/** An `ftyp` box with these brands (major first), as HEIC/HEIF/AVIF/MP4 files start. */
const ftyp = (major: string, ...compatible: string[]) => {
  const size = 16 + 4 * compatible.length;
  return bytes(`\x00\x00\x00${String.fromCharCode(size)}ftyp${major}\x00\x00\x00\x00${compatible.join("")}`);
};

describe("detectImageType reads the magic bytes, nothing else", () => {
  it.each([
    ["JPEG", "\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg"],
    ["JPEG (EXIF)", "\xff\xd8\xff\xe1", "image/jpeg"],
    ["PNG", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png"],
    ["WebP", "RIFF\x1a\x00\x00\x00WEBPVP8L", "image/webp"],
  ])("%s", (_label, head, type) => {
    expect(detectImageType(bytes(head))).toEqual({ accepted: true, contentType: type });
  });

  it("recognises HEIC by its major or only by a compatible brand, and generic HEIF", () => {
    expect(detectImageType(ftyp("heic", "mif1", "heic"))).toEqual({
      accepted: true,
      contentType: "image/heic",
    });
    expect(detectImageType(ftyp("mif1", "heix"))).toEqual({ accepted: true, contentType: "image/heic" });
    expect(detectImageType(ftyp("hevc"))).toEqual({ accepted: true, contentType: "image/heic" });
    expect(detectImageType(ftyp("msf1", "iso8"))).toEqual({ accepted: true, contentType: "image/heif" });
    expect(detectImageType(ftyp("iso8", "mif1"))).toEqual({ accepted: true, contentType: "image/heif" });
  });

  it.each([
    ["AVIF (which also lists mif1)", ftyp("avif", "mif1", "miaf"), "an AVIF image"],
    ["an MP4 video", ftyp("isom", "iso2", "mp41"), "a video or other ISO media file"],
    ["an ftyp box too short to hold brands", bytes("\x00\x00\x00\x08ftypheic"), "a malformed ISO media file"],
    ["HTML", bytes("<!DOCTYPE html><p>hi"), "an HTML document"],
    ["HTML after a BOM and white space", bytes("\xef\xbb\xbf \n\t<html><script>"), "an HTML document"],
    ["a script tag alone", bytes("<script>alert(1)</script>"), "an HTML document"],
    ["SVG", bytes("<svg xmlns='http://www.w3.org/2000/svg'/>"), "an SVG image"],
    ["SVG with an XML declaration", bytes('<?xml version="1.0"?><svg/>'), "an SVG image"],
    ["XML", bytes('<?xml version="1.0"?><a/>'), "an XML document"],
    ["GIF", bytes("GIF89a"), "a GIF image"],
    ["PDF", bytes("%PDF-1.4"), "a PDF document"],
    ["ZIP", bytes("PK\x03\x04"), "a ZIP archive (or an Office document)"],
    ["nothing", new Uint8Array(0), "empty"],
    ["two bytes of a JPEG", bytes("\xff\xd8"), "of an unknown type"],
    ["RIFF that is not WebP (WAV)", bytes("RIFF\x1a\x00\x00\x00WAVEfmt "), "of an unknown type"],
  ])("rejects %s", (_label, file, detected) => {
    expect(detectImageType(file)).toEqual({ accepted: false, detected });
  });
});
