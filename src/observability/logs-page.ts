/**
 * Where scripts/build-widget.mjs puts the page's script and stylesheet, built from src/admin/logs/
 * (TypeScript, bundled like the widget). Static assets, outside `/admin/*` so that they are served
 * without the Worker (wrangler.toml's `run_worker_first`); short-cached by the build's `_headers`.
 */
export const LOGS_PAGE_SCRIPT = "/admin-assets/logs.js";
export const LOGS_PAGE_STYLESHEET = "/admin-assets/logs.css";

/**
 * `/admin/logs`: a small page for operators that follows the log stream live. It holds no data
 * and no inline script or style (strict CSP, `script-src 'self'`): the behaviour is the bundled
 * src/admin/logs/main.ts.
 */
export const LOGS_PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>STI Chat Edge · live logs</title>
<link rel="stylesheet" href="${LOGS_PAGE_STYLESHEET}">
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
<script src="${LOGS_PAGE_SCRIPT}" defer></script>
</body>
</html>
`;
