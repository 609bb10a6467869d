import { z } from "zod";
import { isCalendarDay, utcDayStart } from "./lib/dates";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./lib/staff/password";
import {
  type AssignTicketRequest,
  type CreateStaffRequest,
  LANGUAGES,
  MAX_MESSAGE_CHARS,
  RATINGS,
  type RatingRequest,
  SESSION_ID_PATTERN,
  type SignInRequest,
  STAFF_ROLES,
  TICKET_STATUSES,
  type TicketNoteRequest,
  type TicketStatusRequest,
  type UpdateStaffRequest,
} from "./protocol";

/** Request schemas shared by the routes (the wire types themselves live in protocol.ts). */

/**
 * Free text with every lone surrogate (half an emoji, e.g. cut by a client) replaced by one U+FFFD.
 * Decided over a 400: the rest of the message is the person's, and one broken emoji should not
 * lose it. Done once here, so the session object (SQLite would store three U+FFFD), R2, the
 * WhatsApp link (`encodeURIComponent` throws on them) and every answer hold the same text.
 */
export const wellFormed = (text: string): string => text.toWellFormed();

/** A string field of free text, made well-formed after its other checks. */
export const freeText = <T extends z.ZodType<string>>(schema: T) => schema.transform(wellFormed);

export const sessionIdSchema = z
  .string()
  .regex(SESSION_ID_PATTERN, "must be 1-64 characters of letters, digits, '_' or '-'");

export const greetingRequestSchema = z.strictObject({
  sessionId: sessionIdSchema.optional(),
  language: z.enum(LANGUAGES).optional(),
});

export const chatRequestSchema = z
  .strictObject({
    sessionId: sessionIdSchema,
    message: freeText(
      z
        .string()
        .max(MAX_MESSAGE_CHARS, `must be at most ${MAX_MESSAGE_CHARS} characters`)
        .refine((m) => m.trim().length > 0, "must not be empty"),
    ).optional(),
    action: z.string().min(1).max(64).optional(),
  })
  .refine((body) => (body.message === undefined) !== (body.action === undefined), {
    message: "send exactly one of message or action",
  });

export const ratingRequestSchema = z.strictObject({
  sessionId: sessionIdSchema,
  rating: z.enum(RATINGS),
}) satisfies z.ZodType<RatingRequest>;

export const DAY_MS = 86_400_000;

/** A calendar day, `YYYY-MM-DD` (UTC). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD")
  .refine(isCalendarDay, "not a real date");

/** A validated `isoDate`'s start (epoch ms, UTC). */
export const dayStart = (day: string): number => utcDayStart(day) ?? Number.NaN;

// The desk (src/routes/desk-*.ts).
const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, "must be an email address");
const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH);
const staffNameSchema = freeText(z.string().trim().min(1).max(100));

export const signInRequestSchema = z.strictObject({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
}) satisfies z.ZodType<SignInRequest>;

export const createStaffSchema = z.strictObject({
  name: staffNameSchema,
  email: emailSchema,
  role: z.enum(STAFF_ROLES),
  password: passwordSchema.optional(),
}) satisfies z.ZodType<CreateStaffRequest>;

export const updateStaffSchema = z
  .strictObject({
    name: staffNameSchema.optional(),
    role: z.enum(STAFF_ROLES).optional(),
    active: z.boolean().optional(),
    password: passwordSchema.optional(),
  })
  .refine(
    (body) => Object.keys(body).length > 0,
    "change at least one field",
  ) satisfies z.ZodType<UpdateStaffRequest>;

export const staffIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16}$/, "not a staff id");

export const deskInboxQuerySchema = z.object({
  status: z.enum(TICKET_STATUSES).optional(),
  device: z
    .string()
    .regex(/^[a-z0-9_]{1,40}$/, "a device id")
    .optional(),
  problem: z
    .string()
    .regex(/^[a-z0-9_]{1,60}$/, "a problem id")
    .optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  assignee: z.union([z.enum(["me", "none"]), staffIdSchema]).optional(),
  q: freeText(z.string().trim().min(1).max(100)).optional(),
  cursor: z
    .string()
    .regex(/^\d{1,15}_STI-\d{8}-[A-Z0-9]{6}$/, "use the nextCursor of the previous page")
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

export const assignTicketSchema = z.strictObject({
  staffId: staffIdSchema.nullable(),
}) satisfies z.ZodType<AssignTicketRequest>;

export const ticketStatusSchema = z.strictObject({
  status: z.enum(TICKET_STATUSES),
}) satisfies z.ZodType<TicketStatusRequest>;

export const ticketNoteSchema = z.strictObject({
  text: freeText(z.string().trim().min(1).max(2_000)),
}) satisfies z.ZodType<TicketNoteRequest>;
