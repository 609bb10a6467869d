import { z } from "zod";
import { DEVICE_IDS, LANGUAGES, PROBLEM_IDS, type Ticket } from "../protocol";
import { MalformedStoredData } from "./malformed";

/**
 * A ticket as the bucket stores it (`tickets/<id>.json`), checked when read back instead of trusted.
 * Loose objects: a field written by a newer version is kept, not stripped, so a ticket read and
 * written again (anonymised) loses nothing.
 */
export const storedTicketSchema = z.looseObject({
  id: z.string(),
  createdAt: z.string(),
  sessionId: z.string(),
  language: z.enum(LANGUAGES),
  source: z.enum(["chat", "manual"]),
  status: z.enum(["open", "closed"]),
  name: z.string().nullable(),
  // An id a newer version added (during a gradual deployment) reads as unknown; its label stays.
  device: z.looseObject({ id: z.enum(DEVICE_IDS).nullable().catch(null), label: z.string() }),
  problem: z.looseObject({ id: z.enum(PROBLEM_IDS).nullable().catch(null), summary: z.string() }),
  stepsTried: z.array(z.string()),
  transcript: z.array(
    z.looseObject({ role: z.enum(["user", "assistant"]), text: z.string(), at: z.string() }),
  ),
  attachments: z.array(
    z.looseObject({
      id: z.string(),
      contentType: z.string(),
      size: z.number(),
      findings: z.string().optional(),
      url: z.string().optional(),
    }),
  ),
  // Tickets stored before the contact question have none; one that is not an object reads as none.
  contact: z
    .looseObject({ phone: z.string().optional(), email: z.string().optional() })
    .nullable()
    .catch(null),
  url: z.string(),
  whatsapp: z.looseObject({
    number: z.string(),
    link: z.string(),
    webLink: z.string(),
    appLink: z.string(),
    message: z.string(),
  }),
}) satisfies z.ZodType<Ticket>;

/** Parses a stored ticket's text; the reason names the fields, never their values (personal data). */
export function parseStoredTicket(id: string, text: string): Ticket {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new MalformedStoredData(`stored ticket ${id}`, "not JSON");
  }
  const parsed = storedTicketSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join(".") || "(root)"))];
  throw new MalformedStoredData(`stored ticket ${id}`, `bad ${fields.slice(0, 5).join(", ")}`);
}
