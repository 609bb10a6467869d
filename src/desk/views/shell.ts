import type { DeskSessionResponse } from "../../protocol";
import { h, redraw } from "../dom";
import type { I18n } from "../i18n";
import { paths } from "../router";

export type Section = "inbox" | "staff" | null;

interface ShellDeps {
  i18n: () => I18n;
  onSwitchLanguage: () => void;
  onSignOut: (everywhere: boolean) => void;
}

/**
 * The page's frame: a skip link, the header (banner) with the sections, who is signed in, the
 * language switch and signing out; the main landmark the screens are drawn in; and a polite live
 * region for results said from anywhere.
 */
export function createShell(root: HTMLElement, { i18n, onSwitchLanguage, onSignOut }: ShellDeps) {
  const header = h("header", { class: "top" });
  const main = h("main", { id: "main", tabindex: "-1" });
  const announcer = h("p", { class: "sr-only", role: "status", "aria-live": "polite", id: "announcer" });
  const skip = h("a", { class: "skip", href: "#main" });
  root.replaceChildren(skip, header, main, announcer);

  let session: DeskSessionResponse | null = null;
  let section: Section = null;
  // A click anywhere else closes the account menu, as a menu would.
  document.addEventListener("click", (event) => {
    const account = document.getElementById("account");
    if (account instanceof HTMLDetailsElement && account.open && !account.contains(event.target as Node)) {
      account.open = false;
    }
  });

  function buildHeader(): Node[] {
    const { t, role } = i18n();
    const brand = h(
      "a",
      { class: "brand", href: paths.inbox(), id: "brand" },
      "STI",
      h("span", {}, t("app")),
    );
    const language = h(
      "button",
      {
        type: "button",
        id: "language-switch",
        class: "ghost",
        lang: i18n().language === "es" ? "en" : "es",
        "aria-label": t("otherLanguageLabel"),
      },
      t("otherLanguage"),
    );
    language.addEventListener("click", onSwitchLanguage);
    if (!session) return [brand, h("div", { class: "tools" }, language)];

    const link = (name: Exclude<Section, null>, href: string, label: string) =>
      h("a", { href, id: `nav-${name}`, "aria-current": section === name ? "page" : null }, label);
    const nav = h(
      "nav",
      { "aria-label": t("nav") },
      link("inbox", paths.inbox(), t("navInbox")),
      session.staff.role === "admin" ? link("staff", paths.staff(), t("navStaff")) : null,
    );
    const signOut = h("button", { type: "button", id: "sign-out" }, t("signOut"));
    signOut.addEventListener("click", () => onSignOut(false));
    const everywhere = h("button", { type: "button", id: "sign-out-everywhere" }, t("signOutEverywhere"));
    everywhere.addEventListener("click", () => onSignOut(true));
    const account = h(
      "details",
      { class: "account", id: "account" },
      h(
        "summary",
        { id: "account-summary", "aria-label": `${t("account")}: ${session.staff.name}` },
        h("span", { class: "who" }, session.staff.name),
        h("span", { class: "role" }, role(session.staff.role)),
      ),
      h(
        "div",
        { class: "menu" },
        h("p", {}, t("signedInAs", { name: session.staff.name })),
        h("p", { class: "muted email" }, session.staff.email),
        signOut,
        everywhere,
      ),
    );
    // Escape closes the menu and gives the keyboard back to its summary.
    account.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && account.open) {
        account.open = false;
        document.getElementById("account-summary")?.focus();
      }
    });
    return [brand, nav, h("div", { class: "tools" }, language, account)];
  }

  const drawHeader = () => {
    const { t } = i18n();
    document.documentElement.lang = i18n().language;
    skip.textContent = t("skip");
    redraw(header, buildHeader);
  };

  return {
    main,
    /** Who is signed in (null: the sign-in screen) and which section is current. */
    set(next: DeskSessionResponse | null, current: Section) {
      session = next;
      section = current;
      drawHeader();
    },
    redrawHeader: drawHeader,
    announce(text: string) {
      // Emptied first, so the same words said twice are read twice.
      announcer.textContent = "";
      requestAnimationFrame(() => {
        announcer.textContent = text;
      });
    },
  };
}

export type Shell = ReturnType<typeof createShell>;
