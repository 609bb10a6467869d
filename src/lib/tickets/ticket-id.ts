/** Ticket ids: `STI-YYYYMMDD-XXXXXX`, UTC date plus 6 characters from an alphabet without look-alikes. */

/** No 0/O, 1/I/L: ids are read aloud and typed from phone screens. */
export const TICKET_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const TICKET_ID_PATTERN = /^STI-\d{8}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/;

export function newTicketId(now: Date, randomBytes: (n: number) => Uint8Array = defaultRandom): string {
  const date = now.toISOString().slice(0, 10).replaceAll("-", "");
  let suffix = "";
  // Rejection sampling keeps every character equally likely (256 is not a multiple of 31).
  const limit = 256 - (256 % TICKET_ALPHABET.length);
  while (suffix.length < 6) {
    for (const byte of randomBytes(12)) {
      if (byte < limit && suffix.length < 6) suffix += TICKET_ALPHABET[byte % TICKET_ALPHABET.length];
    }
  }
  return `STI-${date}-${suffix}`;
}

function defaultRandom(n: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(n));
}
