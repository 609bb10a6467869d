import { customerWhatsappLink, shopTime, type Ticket } from "./ticket";

/**
 * The plain-text ticket a technician can paste anywhere, in the session's language.
 * No session id: pasted anywhere, it would open the person's data routes.
 */
export function renderTicketText(t: Ticket): string {
  const es = t.language === "es";
  const rule = "=".repeat(60);
  const section = (title: string) => `\n${title}\n${"-".repeat(title.length)}`;
  const customer = customerWhatsappLink(t);
  const lines = [
    rule,
    `${es ? "TICKET DE SOPORTE" : "SUPPORT TICKET"} ${t.id}${t.name ? ` — ${t.name}` : ""}`,
    rule,
    `${es ? "Generado" : "Generated"}: ${shopTime(t.createdAt, t.language)} (${es ? "hora de Argentina" : "Argentina time"})`,
    `${es ? "Origen" : "Source"}: ${t.source === "chat" ? (es ? "chat web" : "web chat") : es ? "carga manual (admin)" : "manual entry (admin)"}`,
    section(es ? "CLIENTE Y EQUIPO" : "CUSTOMER AND DEVICE"),
    `${es ? "Nombre" : "Name"}: ${t.name ?? (es ? "(no indicado)" : "(not given)")}`,
    ...contactLines(t),
    `${es ? "Equipo" : "Device"}: ${t.device.label}`,
    section(es ? "PROBLEMA" : "PROBLEM"),
    t.problem.summary,
    section(es ? "PASOS PROBADOS" : "STEPS TRIED"),
    ...(t.stepsTried.length > 0
      ? t.stepsTried.map((s, i) => `${i + 1}. ${s}`)
      : [es ? "(ninguno)" : "(none)"]),
    section(es ? "ADJUNTOS" : "ATTACHMENTS"),
    ...(t.attachments.length > 0
      ? t.attachments.flatMap((a) => [
          `- ${a.id} (${a.contentType}, ${a.size} bytes)${a.findings ? `: ${a.findings}` : ""}`,
          ...(a.url ? [`  ${a.url}`] : []),
        ])
      : [es ? "(ninguno)" : "(none)"]),
    section(es ? "CONVERSACIÓN" : "CONVERSATION"),
    ...t.transcript.map(
      (m) =>
        `[${shopTime(m.at, t.language)}] ${m.role === "user" ? (es ? "Cliente" : "Customer") : "Tecnos"}: ${m.text.replaceAll("\n", " ")}`,
    ),
    "",
    ...(customer ? [`${es ? "WhatsApp del cliente" : "Customer's WhatsApp"}: ${customer}`] : []),
    `WhatsApp: ${t.whatsapp.link}`,
    `${es ? "Ver ticket" : "View ticket"}: ${t.url}`,
  ];
  return `${lines.join("\n")}\n`;
}

/** How to reach the person: what they left after the hand-off, or that they left nothing. */
function contactLines(t: Ticket): string[] {
  const es = t.language === "es";
  const lines = [
    ...(t.contact?.phone ? [`${es ? "Teléfono" : "Phone"}: ${t.contact.phone}`] : []),
    ...(t.contact?.email ? [`Email: ${t.contact.email}`] : []),
  ];
  return lines.length > 0
    ? lines
    : [`${es ? "Contacto" : "Contact"}: ${es ? "(no indicado)" : "(not given)"}`];
}
