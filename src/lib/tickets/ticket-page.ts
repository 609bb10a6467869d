import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import { customerWhatsappLink, shopTime, type Ticket } from "./ticket";

/**
 * The technician's page: everything escaped by `html`, no scripts, readable on a phone. The
 * person's phone and email (when they left them) are links to call, write or reply on WhatsApp.
 * It never shows the session id: that id is the key to the person's own data routes.
 */
export function renderTicketPage(t: Ticket): HtmlEscapedString | Promise<HtmlEscapedString> {
  const es = t.language === "es";
  // With the customer's phone, the button opens a chat with them; without it, the shop's hand-off link.
  const customer = customerWhatsappLink(t);
  return html`<!doctype html>
<html lang="${t.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${t.id}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:1.5rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.5rem;border-bottom:1px solid #ddd}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}
.msg{margin:.25rem 0}.text,.summary{white-space:pre-wrap}.user{color:#0b4f8a}.time{color:#666;font-size:.85em}
figure{margin:.5rem 0}img{max-width:100%;max-height:20rem}figcaption{color:#666;font-size:.85em}
a.wa{display:inline-block;margin-top:1rem;padding:.6rem 1rem;background:#1b7f3b;color:#fff;border-radius:.4rem;text-decoration:none}
</style>
</head>
<body>
<h1>${es ? "Ticket de soporte" : "Support ticket"} ${t.id}</h1>
<dl>
<dt>${es ? "Creado" : "Created"}</dt><dd>${shopTime(t.createdAt, t.language)}</dd>
<dt>${es ? "Nombre" : "Name"}</dt><dd>${t.name ?? "—"}</dd>
${t.contact?.phone ? html`<dt>${es ? "Teléfono" : "Phone"}</dt><dd><a href="tel:${t.contact.phone}">${t.contact.phone}</a></dd>` : ""}
${t.contact?.email ? html`<dt>Email</dt><dd><a href="mailto:${encodeURI(t.contact.email)}">${t.contact.email}</a></dd>` : ""}
<dt>${es ? "Equipo" : "Device"}</dt><dd>${t.device.label}</dd>
<dt>${es ? "Problema" : "Problem"}</dt><dd class="summary">${t.problem.summary}</dd>
<dt>${es ? "Origen" : "Source"}</dt><dd>${t.source}</dd>
</dl>
<h2>${es ? "Pasos probados" : "Steps tried"}</h2>
<ol>${t.stepsTried.map((s) => html`<li>${s}</li>`)}</ol>
${
  t.attachments.length > 0
    ? html`<h2>${es ? "Fotos" : "Photos"}</h2>
${t.attachments.map(
  (a) =>
    html`<figure>${
      a.url
        ? html`<a href="${a.url}"><img src="${a.url}" alt="${a.id}" loading="lazy"></a>`
        : html`<span>${a.id}</span>`
    }<figcaption>${a.contentType}, ${Math.ceil(a.size / 1024)} KB${a.findings ? html` — ${a.findings}` : ""}</figcaption></figure>`,
)}`
    : ""
}
<h2>${es ? "Conversación" : "Conversation"}</h2>
${t.transcript.map(
  (m) =>
    html`<p class="msg ${m.role}"><span class="time">${shopTime(m.at, t.language)}</span> <strong>${
      m.role === "user" ? (es ? "Cliente" : "Customer") : "Tecnos"
    }:</strong> <span class="text">${m.text}</span></p>`,
)}
${
  customer
    ? html`<a class="wa" href="${customer}">${es ? "Responder por WhatsApp" : "Reply on WhatsApp"}</a>`
    : t.whatsapp.link
      ? html`<a class="wa" href="${t.whatsapp.link}">WhatsApp</a>`
      : ""
}
</body>
</html>`;
}
