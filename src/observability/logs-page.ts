/**
 * `/admin/logs`: a small page for operators that follows the log stream live.
 * No inline script (strict CSP): the behaviour is served separately as /admin/logs.js.
 * The token is asked for on the page and kept in sessionStorage only (gone when the tab closes).
 */
export const LOGS_PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>STI Chat Edge · live logs</title>
<link rel="stylesheet" href="/admin/logs.css">
</head>
<body>
<header>
  <h1>Live logs</h1>
  <form id="connect" autocomplete="off">
    <label>Admin token <input id="token" type="password" required></label>
    <button type="submit">Connect</button>
  </form>
  <form id="filters">
    <label>Level
      <select id="level">
        <option value="debug">debug</option>
        <option value="info" selected>info</option>
        <option value="warn">warn</option>
        <option value="error">error</option>
      </select>
    </label>
    <label>Session <input id="sessionId" placeholder="session id"></label>
    <label>Text <input id="q" placeholder="contains…"></label>
    <button type="submit">Apply</button>
    <button type="button" id="pause" aria-pressed="false">Pause</button>
  </form>
  <p id="status" role="status">Not connected</p>
</header>
<main>
  <ol id="lines" aria-live="polite" aria-label="Log lines"></ol>
</main>
<script src="/admin/logs.js" defer></script>
</body>
</html>
`;

export const LOGS_PAGE_CSS = `
body{font:14px/1.4 system-ui,sans-serif;margin:0;color:#111;background:#fafafa}
header{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;padding:.5rem 1rem}
h1{font-size:1.1rem;margin:.2rem 0}
form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin:.3rem 0}
label{display:flex;flex-direction:column;font-size:.8rem}
input,select,button{font:inherit;font-size:16px;padding:.25rem .4rem}
button:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #1a5fb4;outline-offset:1px}
#status{margin:.2rem 0;color:#444}
ol{list-style:none;margin:0;padding:.5rem 1rem;font-family:ui-monospace,monospace;font-size:12px}
li{white-space:pre-wrap;word-break:break-all;border-bottom:1px solid #eee;padding:2px 0}
li.warn{background:#fff6d6}li.error{background:#fde2e2}
`;

export const LOGS_PAGE_JS = `(() => {
  const $ = (id) => document.getElementById(id);
  const MAX_LINES = 2000;
  let source = null;
  let paused = false;
  let held = [];
  const status = (text) => { $("status").textContent = text; };
  const token = () => sessionStorage.getItem("sti-admin-token") || "";

  function show(entry) {
    const li = document.createElement("li");
    li.className = entry.level || "";
    li.dataset.id = entry.id;
    li.textContent = entry.text;
    const list = $("lines");
    list.append(li);
    while (list.childElementCount > MAX_LINES) list.firstElementChild.remove();
  }

  function connect() {
    if (source) source.close();
    if (!token()) { status("Enter the admin token"); return; }
    const params = new URLSearchParams({ token: token(), level: $("level").value });
    if ($("sessionId").value.trim()) params.set("sessionId", $("sessionId").value.trim());
    if ($("q").value.trim()) params.set("q", $("q").value.trim());
    source = new EventSource("/api/logs?" + params.toString());
    status("Connecting…");
    source.onopen = () => status(paused ? "Paused" : "Live");
    // EventSource retries by itself (sending Last-Event-ID); a refused token closes it for good.
    source.onerror = () =>
      status(source.readyState === EventSource.CLOSED ? "Disconnected: check the token" : "Reconnecting…");
    source.addEventListener("log", (event) => {
      let level = "";
      try { level = JSON.parse(event.data).level || ""; } catch {}
      const entry = { id: event.lastEventId, level, text: event.data };
      if (paused) { held.push(entry); status("Paused (" + held.length + " new)"); } else show(entry);
    });
  }

  $("connect").addEventListener("submit", (event) => {
    event.preventDefault();
    sessionStorage.setItem("sti-admin-token", $("token").value);
    $("token").value = "";
    $("lines").replaceChildren();
    connect();
  });
  $("filters").addEventListener("submit", (event) => {
    event.preventDefault();
    $("lines").replaceChildren();
    held = [];
    connect();
  });
  $("pause").addEventListener("click", () => {
    paused = !paused;
    $("pause").textContent = paused ? "Resume" : "Pause";
    $("pause").setAttribute("aria-pressed", String(paused));
    if (!paused) { held.forEach(show); held = []; }
    status(paused ? "Paused" : "Live");
  });
  if (token()) connect();
})();
`;
