import type { DeskSessionResponse } from "../../protocol";
import type { Api } from "../api";
import type { View } from "../context";
import { focusTarget, h, liveRegion, redraw, say } from "../dom";
import { failureText } from "../errors";
import type { I18n } from "../i18n";

interface SignInDeps {
  api: Api;
  i18n: () => I18n;
  /** Why the form is shown again (signed out, session ended), said above it. */
  notice: ((i18n: I18n) => string) | null;
  onSignedIn: (session: DeskSessionResponse) => void;
}

/**
 * The password form. Errors are said in the person's language in an alert region: wrong email or
 * password (401), too many failures with the wait the server gives (429 `Retry-After`), no network.
 */
export function signInView({ api, i18n, notice, onSignedIn }: SignInDeps): View {
  const element = h("section", { class: "sign-in card", "aria-labelledby": "sign-in-title" });
  const state = { email: "", busy: false, error: "" };

  function build(): Node[] {
    const { t } = i18n();
    const heading = focusTarget("h1", t("signInTitle"));
    heading.id = "sign-in-title";
    const email = h("input", {
      id: "sign-in-email",
      type: "email",
      name: "email",
      autocomplete: "username",
      required: true,
      value: state.email,
    });
    email.addEventListener("input", () => {
      state.email = email.value;
    });
    const password = h("input", {
      id: "sign-in-password",
      type: "password",
      name: "password",
      autocomplete: "current-password",
      required: true,
    });
    const error = liveRegion("alert");
    error.id = "sign-in-error";
    if (state.error) say(error, state.error, "error");
    const submit = h(
      "button",
      { id: "sign-in-submit", type: "submit", class: "primary", "aria-disabled": state.busy ? "true" : null },
      state.busy ? t("signingIn") : t("signIn"),
    );
    const form = h(
      "form",
      { novalidate: true },
      h("div", { class: "field" }, h("label", { for: email.id }, t("email")), email),
      h("div", { class: "field" }, h("label", { for: password.id }, t("password")), password),
      error,
      submit,
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      if (state.busy) return;
      if (!email.value.trim() || !password.value) {
        state.error = t("fillBoth");
        say(error, state.error, "error");
        (email.value.trim() ? password : email).focus();
        return;
      }
      void submitForm(email.value.trim(), password.value);
    });
    const intro = h("p", { class: "muted intro" }, t("signInIntro"));
    return notice
      ? [heading, intro, h("p", { class: "notice", role: "status" }, notice(i18n())), form]
      : [heading, intro, form];
  }

  async function submitForm(email: string, password: string) {
    state.busy = true;
    state.error = "";
    draw();
    const result = await api.signIn({ email, password });
    state.busy = false;
    if (result.ok) {
      onSignedIn(result.value);
      return;
    }
    state.error = failureText(i18n(), result.failure, { 401: "wrongPassword" });
    draw();
    document.getElementById("sign-in-password")?.focus();
  }

  const draw = () => redraw(element, build);
  draw();
  return { element, title: () => i18n().t("signInTitle"), redraw: draw };
}
