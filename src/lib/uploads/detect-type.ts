import type { UploadContentType } from "../../protocol";

/**
 * What a file really is, from its first bytes ("magic numbers"), never from the name or the type the
 * client declared: a page saved as `photo.png` must not be stored, let alone served, as an image.
 */
export type Detection =
  | { accepted: true; contentType: UploadContentType }
  /** `detected` completes "this file is ...": "an HTML document", "empty", "of an unknown type". */
  | { accepted: false; detected: string };

/** Bytes the detector looks at; a caller may pass just this much of a large file. */
export const SNIFF_BYTES = 512;

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...bytes.subarray(start, start + length));

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

const JPEG = [0xff, 0xd8, 0xff] as const;
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

/** ISO-BMFF brands of HEIC (HEVC-coded) images and of generic HEIF image files. */
const HEIC_BRANDS = new Set(["heic", "heix", "hevc", "hevx"]);
const HEIF_BRANDS = new Set(["mif1", "msf1"]);
const AVIF_BRANDS = new Set(["avif", "avis"]);

export function detectImageType(bytes: Uint8Array): Detection {
  if (bytes.length === 0) return { accepted: false, detected: "empty" };
  if (startsWith(bytes, JPEG)) return { accepted: true, contentType: "image/jpeg" };
  if (startsWith(bytes, PNG)) return { accepted: true, contentType: "image/png" };
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 4) === "WEBP") {
    return { accepted: true, contentType: "image/webp" };
  }
  if (ascii(bytes, 4, 4) === "ftyp") return detectIsoBmff(bytes);
  return { accepted: false, detected: describeOther(bytes) };
}

/** HEIC/HEIF: an `ftyp` box whose major or compatible brands name an HEIF image. */
function detectIsoBmff(bytes: Uint8Array): Detection {
  const boxSize =
    ((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0);
  if (boxSize < 16) return { accepted: false, detected: "a malformed ISO media file" };
  const end = Math.min(boxSize, bytes.length);
  const brands = [ascii(bytes, 8, 4)];
  // Offset 12 holds the minor version; compatible brands follow, four bytes each.
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(bytes, at, 4));
  // An AVIF file also lists the generic `mif1`: it is not a HEIF photo for our purposes.
  if (brands.some((b) => AVIF_BRANDS.has(b))) return { accepted: false, detected: "an AVIF image" };
  if (brands.some((b) => HEIC_BRANDS.has(b))) {
    return { accepted: true, contentType: "image/heic" };
  }
  if (brands.some((b) => HEIF_BRANDS.has(b))) {
    return { accepted: true, contentType: "image/heif" };
  }
  return { accepted: false, detected: "a video or other ISO media file" };
}

/** What was sent instead, completing "this file is ...", for the error message. */
function describeOther(bytes: Uint8Array): string {
  const head = ascii(bytes, 0, 8);
  if (head.startsWith("GIF87a") || head.startsWith("GIF89a")) return "a GIF image";
  if (head.startsWith("%PDF-")) return "a PDF document";
  if (head.startsWith("PK\x03\x04")) return "a ZIP archive (or an Office document)";
  if (head.startsWith("BM")) return "a BMP image";
  if (head.startsWith("II*\x00") || head.startsWith("MM\x00*")) return "a TIFF image";
  const text = leadingText(bytes);
  if (/^<svg[\s>]/.test(text) || (/^<\?xml/.test(text) && text.includes("<svg"))) return "an SVG image";
  if (/^<(!doctype html|html|head|body|script|iframe|!--)/.test(text)) return "an HTML document";
  if (/^<\?xml/.test(text)) return "an XML document";
  return "of an unknown type";
}

/** The first bytes as lower-case text, without a byte-order mark or leading white space. */
function leadingText(bytes: Uint8Array): string {
  // ignoreBOM: false means the decoder drops a leading byte-order mark.
  const text = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false }).decode(
    bytes.subarray(0, SNIFF_BYTES),
  );
  return text.trimStart().toLowerCase();
}
