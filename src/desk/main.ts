/**
 * The shop's desk (`/desk`): technicians and admins sign in and work the support tickets. Bundled by
 * scripts/build-widget.mjs into /desk-assets/desk.js; the Worker serves the shell page
 * (src/routes/desk-pages.ts) under a strict CSP, so everything here builds DOM nodes, never HTML.
 */
import type { DeskSessionResponse } from "../protocol";
import { createApi } from "./api";
import type { DeskContext, View } from "./context";
import { h } from "./dom";
import { createI18n, type I18n, initialLanguage, rememberLanguage } from "./i18n";
import { paths, type Route, startRouter } from "./router";
import { failurePanel } from "./views/common";
import { inboxView } from "./views/inbox";
import { createShell, type Section } from "./views/shell";
import { signInView } from "./views/sign-in";
import { staffView } from "./views/staff";
import { ticketView } from "./views/ticket";

const root = document.getElementById("app") ?? document.body.appendChild(h("div", { id: "app" }));
let i18n = createI18n(initialLanguage());
let session: DeskSessionResponse | null = null;
let notice: ((i18n: I18n) => string) | null = null;
let view: View | null = null;
let router: ReturnType<typeof startRouter> | null = null;

const api = createApi({
  csrfToken: () => session?.csrfToken ?? "",
  onSessionLost: () => {
    if (!session) return;
    session = null;
    notice = (words) => words.t("sessionEnded");
    if (router) show(router.current());
  },
});

const shell = createShell(root, {
  i18n: () => i18n,
  onSwitchLanguage: () => {
    i18n = createI18n(i18n.language === "es" ? "en" : "es");
    rememberLanguage(i18n.language);
    shell.redrawHeader();
    view?.redraw();
    if (view) document.title = titleOf(view);
  },
  onSignOut: (everywhere) => void signOut(everywhere),
});

const ctx: DeskContext = {
  api,
  get i18n() {
    return i18n;
  },
  get session() {
    if (!session) throw new Error("the desk's screens are drawn only while signed in");
    return session;
  },
  navigate: (url, options) => router?.navigate(url, options),
  announce: (text) => shell.announce(text),
};

const titleOf = (screen: View) => `${screen.title()} · STI ${i18n.t("app")}`;

const sectionOf = (route: Route): Section =>
  route.name === "staff" ? "staff" : route.name === "not_found" ? null : "inbox";

function screenFor(route: Route): View {
  switch (route.name) {
    case "inbox":
      return inboxView(ctx, route.query);
    case "ticket":
      return ticketView(ctx, route.id);
    case "staff":
      return staffView(ctx);
    case "not_found":
      return notFoundView();
  }
}

/** Draws the screen for `route` (the sign-in form while nobody is signed in) and moves focus to its heading. */
function show(route: Route): void {
  try {
    if (!session) {
      shell.set(null, null);
      mount(
        signInView({
          api,
          i18n: () => i18n,
          notice,
          onSignedIn: (next) => {
            session = next;
            notice = null;
            show(route);
          },
        }),
      );
      return;
    }
    shell.set(session, sectionOf(route));
    mount(screenFor(route));
  } catch (error) {
    showProblem(error);
  }
}

function mount(next: View): void {
  view = next;
  shell.main.replaceChildren(next.element);
  document.title = titleOf(next);
  next.element.querySelector<HTMLElement>("h1")?.focus();
}

function notFoundView(): View {
  const element = h("section", { class: "card" });
  const draw = () =>
    element.replaceChildren(
      h("h1", { tabindex: "-1" }, i18n.t("notFoundPage")),
      h("p", {}, h("a", { href: paths.inbox() }, i18n.t("goInbox"))),
    );
  draw();
  return { element, title: () => i18n.t("notFoundPage"), redraw: draw };
}

/** A bug or an answer the screens could not draw: the page says so instead of going blank. */
function showProblem(error: unknown): void {
  console.error(error);
  const panel = h(
    "div",
    { class: "failure", role: "alert" },
    h("p", {}, i18n.t("appError")),
    h("p", {}, h("a", { href: location.href }, i18n.t("retry"))),
  );
  shell.main.replaceChildren(panel);
}

async function signOut(everywhere: boolean): Promise<void> {
  const result = everywhere ? await api.signOutEverywhere() : await api.signOut();
  if (!result.ok && result.failure.kind !== "http") {
    shell.announce(i18n.t("network"));
    return;
  }
  const count = result.ok ? result.value.signedOut : 0;
  session = null;
  notice = everywhere
    ? (words) => words.t("signedOutEverywhere", { n: count })
    : (words) => words.t("signedOut");
  router?.navigate(paths.inbox(), { replace: true });
}

/**
 * Who is this browser? A desk session (`/me`); else, behind Cloudflare Access, its identity
 * exchanged for one (`/access`); else the password form. A failure to ask at all is shown with a
 * way to try again.
 */
async function boot(): Promise<void> {
  shell.set(null, null);
  shell.main.replaceChildren(h("p", { class: "loading", role: "status" }, i18n.t("checkingSession")));
  const me = await api.me();
  if (me.ok) session = me.value;
  else if (me.failure.kind === "http" && me.failure.status === 401) {
    const access = await api.access();
    if (access.ok) session = access.value;
  } else {
    shell.main.replaceChildren(failurePanel(i18n, me.failure, () => void boot()));
    return;
  }
  if (router) show(router.current());
  else router = startRouter(show);
}

addEventListener("unhandledrejection", (event) => showProblem(event.reason));
void boot();
