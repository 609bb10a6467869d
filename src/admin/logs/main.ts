/**
 * `/admin/logs`: follows the log stream live (`GET /api/logs` as Server-Sent Events), with filters,
 * pause and resume. Bundled by scripts/build-widget.mjs into a static asset; the page (served by
 * the Worker, src/observability/logs-page.ts) has no inline script under its strict CSP.
 * The token is asked for on the page and kept in sessionStorage only (gone when the tab closes);
 * EventSource cannot send headers, so it goes in the stream's query (`?token=`); the request log
 * records the route, never the query.
 */
import { byId } from "./dom";

const MAX_LINES = 2_000;
const TOKEN_KEY = "sti-admin-token";

interface Entry {
  id: string;
  level: string;
  text: string;
}

const ui = {
  connect: byId("connect", HTMLFormElement),
  token: byId("token", HTMLInputElement),
  filters: byId("filters", HTMLFormElement),
  level: byId("level", HTMLSelectElement),
  sessionId: byId("sessionId", HTMLInputElement),
  q: byId("q", HTMLInputElement),
  pause: byId("pause", HTMLButtonElement),
  status: byId("status", HTMLElement),
  lines: byId("lines", HTMLOListElement),
};

let source: EventSource | null = null;
let paused = false;
let held: Entry[] = [];

const status = (text: string) => {
  ui.status.textContent = text;
};
const token = () => sessionStorage.getItem(TOKEN_KEY) ?? "";

function show(entry: Entry): void {
  const li = document.createElement("li");
  li.className = entry.level;
  li.dataset.id = entry.id;
  li.textContent = entry.text;
  ui.lines.append(li);
  while (ui.lines.childElementCount > MAX_LINES) ui.lines.firstElementChild?.remove();
}

/** The line's level, for its colour; a line that is not JSON just gets none. */
function levelOf(data: string): string {
  try {
    const line: unknown = JSON.parse(data);
    if (line && typeof line === "object" && "level" in line && typeof line.level === "string") {
      return line.level;
    }
  } catch {
    // not JSON
  }
  return "";
}

function streamUrl(): string {
  const params = new URLSearchParams({ token: token(), level: ui.level.value });
  const sessionId = ui.sessionId.value.trim();
  const q = ui.q.value.trim();
  if (sessionId) params.set("sessionId", sessionId);
  if (q) params.set("q", q);
  return `/api/logs?${params}`;
}

function connect(): void {
  source?.close();
  if (!token()) {
    status("Enter the admin token");
    return;
  }
  const stream = new EventSource(streamUrl());
  source = stream;
  status("Connecting…");
  stream.onopen = () => status(paused ? "Paused" : "Live");
  // EventSource retries by itself (sending Last-Event-ID); a refused token closes it for good.
  stream.onerror = () =>
    status(stream.readyState === EventSource.CLOSED ? "Disconnected: check the token" : "Reconnecting…");
  stream.addEventListener("log", (event) => {
    const entry = { id: event.lastEventId, level: levelOf(event.data), text: event.data };
    if (!paused) show(entry);
    else {
      held.push(entry);
      status(`Paused (${held.length} new)`);
    }
  });
}

ui.connect.addEventListener("submit", (event) => {
  event.preventDefault();
  sessionStorage.setItem(TOKEN_KEY, ui.token.value);
  ui.token.value = "";
  ui.lines.replaceChildren();
  connect();
});

ui.filters.addEventListener("submit", (event) => {
  event.preventDefault();
  ui.lines.replaceChildren();
  held = [];
  connect();
});

ui.pause.addEventListener("click", () => {
  paused = !paused;
  ui.pause.textContent = paused ? "Resume" : "Pause";
  ui.pause.setAttribute("aria-pressed", String(paused));
  if (!paused) {
    for (const entry of held) show(entry);
    held = [];
  }
  status(paused ? "Paused" : "Live");
});

if (token()) connect();
