import type { DigestTicket, NotificationMessage } from "../../notifications/messages";
import type { Language } from "../../protocol";
import { DEVICE_LABELS, PROBLEM_LABELS } from "../knowledge-base";
import type { LocalizedText } from "../knowledge-base/types";
import { shopTime } from "../tickets/ticket";

/**
 * What a notification says, in the ticket's language (Spanish or English): a subject (email), the
 * text every channel sends, and the desk link. The digest lists many tickets, so it speaks both.
 * Pure: the consumer passes the message, the desk's origin and, for a customer's message, the
 * ticket's language.
 */

export interface RenderedNotification {
  subject: string;
  text: string;
  /** The desk page of the ticket; null for a digest (each of its lines has its own). */
  link: string | null;
}

export interface RenderContext {
  /** PUBLIC_ORIGIN, e.g. `https://chat.sti.example`; null: links are paths on the Worker's origin. */
  deskOrigin: string | null;
  /** The ticket's language, for messages that do not carry it (`ticket.customer_waiting`). */
  language: Language;
}

/** `<origin>/desk/tickets/<id>` (the desk's ticket page). */
export const deskLink = (origin: string | null, ticketId: string): string =>
  `${origin ?? ""}/desk/tickets/${encodeURIComponent(ticketId)}`;

/** A catalogue label, or the id itself when this version does not know it (never a prototype key). */
function label(labels: Record<string, LocalizedText>, id: string | null, language: Language): string {
  if (id === null) return "?";
  return Object.hasOwn(labels, id) ? (labels[id] as LocalizedText)[language] : id;
}

const SOURCE: Record<"chat" | "manual", LocalizedText> = {
  chat: { es: "chat web", en: "web chat" },
  manual: { es: "cargado por el local", en: "entered by the shop" },
};

/** Hours as `30 h`, or whole days from two days on: `3 d`. */
export function waitedFor(createdAt: string, at: string): string {
  const hours = Math.max(0, Math.floor((Date.parse(at) - Date.parse(createdAt)) / 3_600_000));
  return hours < 48 ? `${hours} h` : `${Math.floor(hours / 24)} d`;
}

export function renderNotification(
  message: NotificationMessage,
  context: RenderContext,
): RenderedNotification {
  switch (message.kind) {
    case "ticket.created": {
      const l = message.language;
      const device = label(DEVICE_LABELS, message.device, l);
      const problem = label(PROBLEM_LABELS, message.problem, l);
      const link = deskLink(context.deskOrigin, message.ticketId);
      const time = shopTime(message.createdAt, l);
      const source = SOURCE[message.source][l];
      if (l === "en") {
        return {
          subject: `New ticket ${message.ticketId}: ${device}, ${problem.toLowerCase()}`,
          text: [
            `New ticket ${message.ticketId} (${source})`,
            `Device: ${device}`,
            `Problem: ${problem}`,
            `Created: ${time}`,
            `Open it in the desk: ${link}`,
          ].join("\n"),
          link,
        };
      }
      return {
        subject: `Nuevo ticket ${message.ticketId}: ${device}, ${problem.toLowerCase()}`,
        text: [
          `Nuevo ticket ${message.ticketId} (${source})`,
          `Equipo: ${device}`,
          `Problema: ${problem}`,
          `Creado: ${time}`,
          `Abrilo en el escritorio: ${link}`,
        ].join("\n"),
        link,
      };
    }
    case "ticket.customer_waiting": {
      const l = context.language;
      const link = deskLink(context.deskOrigin, message.ticketId);
      const time = shopTime(message.at, l);
      if (l === "en") {
        return {
          subject: `The customer wrote on ticket ${message.ticketId}`,
          text: [
            `The customer wrote on ticket ${message.ticketId}, which was waiting for them (${time}).`,
            `Open it in the desk: ${link}`,
          ].join("\n"),
          link,
        };
      }
      return {
        subject: `El cliente escribió en el ticket ${message.ticketId}`,
        text: [
          `El cliente escribió en el ticket ${message.ticketId}, que esperaba su respuesta (${time}).`,
          `Abrilo en el escritorio: ${link}`,
        ].join("\n"),
        link,
      };
    }
    case "digest":
      return renderDigest(message, context.deskOrigin);
  }
}

function digestLine(ticket: DigestTicket, at: string, origin: string | null): string {
  const l = ticket.language;
  const device = label(DEVICE_LABELS, ticket.device, l);
  const problem = label(PROBLEM_LABELS, ticket.problem, l);
  return `- ${ticket.ticketId} · ${device} · ${problem} · ${waitedFor(ticket.createdAt, at)} · ${deskLink(origin, ticket.ticketId)}`;
}

function renderDigest(
  message: Extract<NotificationMessage, { kind: "digest" }>,
  origin: string | null,
): RenderedNotification {
  const { total, waitingHours: h } = message;
  const more = total - message.tickets.length;
  const lines = [
    `Tickets sin tomar hace más de ${h} h / Tickets waiting for more than ${h} h: ${total}`,
    ...message.tickets.map((t) => digestLine(t, message.at, origin)),
    ...(more > 0 ? [`… y ${more} más / and ${more} more: ${origin ?? ""}/desk/tickets`] : []),
  ];
  return {
    subject: `Tickets esperando / Tickets waiting: ${total}`,
    text: lines.join("\n"),
    link: null,
  };
}
