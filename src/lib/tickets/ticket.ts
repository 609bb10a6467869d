import type { DeviceId, Language, ProblemId, Ticket, TicketAttachment, TicketContact } from "../../protocol";
import { whatsappNumberOf } from "../contact/phone";
import { maskContactText } from "../contact/read-contact";
import { DEVICE_LABELS, PROBLEM_LABELS } from "../knowledge-base";
import { maskPersonalData } from "../masking";

/** The stored and served ticket is a wire type (src/protocol/tickets.ts); this builds it. */
export type { Ticket, TranscriptLine } from "../../protocol";
export type Attachment = TicketAttachment;

export interface TicketInput {
  id: string;
  now: Date;
  sessionId: string;
  language: Language;
  source: Ticket["source"];
  name: string | null;
  deviceId: DeviceId | null;
  /** Free text from an admin; defaults to the device's label. */
  deviceText?: string;
  problemId: ProblemId | null;
  problemText?: string;
  stepsTried: string[];
  /** `kind` as the session stores it: a `contact` message is masked whole (src/lib/contact). */
  transcript: { role: "user" | "assistant"; kind?: string; text: string; createdAt: number }[];
  attachments: Attachment[];
  /** A phone or email left in the chat before this ticket was made (usually none: it is asked after). */
  contact?: TicketContact | null;
  url: string;
  whatsappNumber: string;
}

/** Argentina has no daylight saving; the shop reads times in its own zone. */
export const SHOP_TIME_ZONE = "America/Argentina/Buenos_Aires";

/** Building a formatter costs far more than using one (it loads locale and time-zone data). */
const SHOP_TIME_FORMATS: Record<Language, Intl.DateTimeFormat> = {
  es: new Intl.DateTimeFormat("es-AR", { timeZone: SHOP_TIME_ZONE, dateStyle: "short", timeStyle: "short" }),
  en: new Intl.DateTimeFormat("en-GB", { timeZone: SHOP_TIME_ZONE, dateStyle: "short", timeStyle: "short" }),
};

export function shopTime(iso: string, language: Language): string {
  return SHOP_TIME_FORMATS[language].format(new Date(iso));
}

export function buildTicket(input: TicketInput): Ticket {
  const l = input.language;
  const device = {
    id: input.deviceId,
    label: maskPersonalData(
      input.deviceText?.trim() || (input.deviceId ? DEVICE_LABELS[input.deviceId][l] : "?"),
    ),
  };
  const problem = {
    id: input.problemId,
    summary: maskPersonalData(
      input.problemText?.trim() || (input.problemId ? PROBLEM_LABELS[input.problemId][l] : "?"),
    ),
  };
  const base = {
    id: input.id,
    createdAt: input.now.toISOString(),
    sessionId: input.sessionId,
    language: l,
    source: input.source,
    status: "open" as const,
    // Masked like the admin's free text below: a name field is no place for a phone or an email.
    name: input.name === null ? null : maskPersonalData(input.name),
    device,
    problem,
    stepsTried: input.stepsTried,
    transcript: input.transcript.map((m) => ({
      role: m.role,
      text: m.kind === "contact" ? maskContactText(m.text) : maskPersonalData(m.text),
      at: new Date(m.createdAt).toISOString(),
    })),
    attachments: input.attachments,
    contact: input.contact ?? null,
    url: input.url,
  };
  const message = whatsappMessage({ ...base, whatsapp: undefined });
  return {
    ...base,
    whatsapp: { number: input.whatsappNumber, message, ...whatsappLinks(input.whatsappNumber, message) },
  };
}

type TicketSummary = Omit<Ticket, "whatsapp"> & { whatsapp: undefined };

/** The hand-off message: greets the technician, says who and where from, then the ticket's facts. */
export function whatsappMessage(t: TicketSummary): string {
  const time = shopTime(t.createdAt, t.language);
  if (t.language === "en") {
    return [
      `Hi! I'm ${t.name ?? "a customer"}, coming from the web chat.`,
      `Ticket: ${t.id}`,
      `Device: ${t.device.label}`,
      `Problem: ${t.problem.summary}`,
      `Time: ${time}`,
      `Details: ${t.url}`,
    ].join("\n");
  }
  return [
    `¡Hola! Soy ${t.name ?? "un cliente"} y vengo del chat web.`,
    `Ticket: ${t.id}`,
    `Equipo: ${t.device.label}`,
    `Problema: ${t.problem.summary}`,
    `Hora: ${time}`,
    `Detalle: ${t.url}`,
  ].join("\n");
}

export function whatsappLinks(number: string, message: string) {
  // encodeURIComponent throws on a lone surrogate; requests are made well-formed, this is the backstop.
  const text = encodeURIComponent(message.toWellFormed());
  return {
    link: `https://wa.me/${number}?text=${text}`,
    webLink: `https://web.whatsapp.com/send?phone=${number}&text=${text}`,
    appLink: `whatsapp://send?phone=${number}&text=${text}`,
  };
}

/** The ticket with the contact the person left; a field given again replaces the one it had. */
export function withContact(ticket: Ticket, contact: TicketContact): Ticket {
  return { ...ticket, contact: { ...ticket.contact, ...contact } };
}

/**
 * The technician's "reply on WhatsApp" link: a chat with the customer's own number (not the shop's,
 * which the customer's hand-off link opens), greeting them about their ticket. Null without a phone
 * WhatsApp can use (no phone, or a local number without its country).
 */
export function customerWhatsappLink(t: Ticket): string | null {
  const number = t.contact?.phone ? whatsappNumberOf(t.contact.phone) : null;
  if (!number) return null;
  const message =
    t.language === "en"
      ? `Hi${t.name ? ` ${t.name}` : ""}! We're writing about your ticket ${t.id} from the web chat.`
      : `¡Hola${t.name ? ` ${t.name}` : ""}! Te escribimos por tu ticket ${t.id} del chat web.`;
  return whatsappLinks(number, message).link;
}
