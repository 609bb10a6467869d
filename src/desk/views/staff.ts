import { STAFF_ROLES, type StaffMember, type StaffRole, type UpdateStaffRequest } from "../../protocol";
import type { Failure } from "../api";
import type { DeskContext, View } from "../context";
import { field, focusTarget, h, liveRegion, option, redraw, say } from "../dom";
import { failureText } from "../errors";
import type { I18n } from "../i18n";
import { failurePanel, loading } from "./common";

const PASSWORD_MIN_LENGTH = 12;

type Message = { text: (i18n: I18n) => string; tone: "ok" | "error" } | null;

/**
 * Admins manage the shop's accounts: the list, adding a person (with a password, or for Cloudflare
 * Access only), changing a role, deactivating and reactivating, setting a new password.
 */
export function staffView(ctx: DeskContext): View {
  const element = h("section", { class: "staff", "aria-labelledby": "staff-title" });
  const state = {
    list: null as StaffMember[] | null,
    failure: null as Failure | null,
    busy: false,
    resetFor: null as string | null,
    created: null as Message,
    changed: null as Message,
    draft: { name: "", email: "", role: "technician" as StaffRole },
  };

  async function load() {
    state.failure = null;
    draw();
    const result = await ctx.api.staff();
    if (result.ok) state.list = result.value.staff;
    else state.failure = result.failure;
    draw();
  }

  /** An update refused: a 409 there can only mean the shop's last active admin. */
  const problem = (failure: Failure): Message => ({
    tone: "error",
    text: (i18n) => failureText(i18n, failure, { 409: "lastAdmin" }),
  });

  async function create(password: string) {
    state.busy = true;
    state.created = null;
    draw();
    const { name, email, role } = state.draft;
    const result = await ctx.api.createStaff({ name, email, role, ...(password ? { password } : {}) });
    state.busy = false;
    if (result.ok) {
      state.list = [...(state.list ?? []), result.value];
      state.draft = { name: "", email: "", role: "technician" };
      state.created = { tone: "ok", text: (i18n) => i18n.t("created_staff", { name: result.value.name }) };
    } else {
      const failure = result.failure;
      state.created = { tone: "error", text: (i18n) => failureText(i18n, failure, { 409: "emailTaken" }) };
    }
    draw();
  }

  async function update(person: StaffMember, body: UpdateStaffRequest) {
    state.busy = true;
    state.changed = null;
    draw();
    const result = await ctx.api.updateStaff(person.id, body);
    state.busy = false;
    if (result.ok) {
      state.list = (state.list ?? []).map((row) => (row.id === person.id ? result.value : row));
      state.resetFor = null;
      state.changed = { tone: "ok", text: (i18n) => i18n.t("savedStaff", { name: result.value.name }) };
    } else {
      state.changed = problem(result.failure);
    }
    draw();
  }

  function addForm(i18n: I18n): HTMLElement {
    const { t } = i18n;
    const name = h("input", {
      id: "staff-name",
      required: true,
      autocomplete: "off",
      value: state.draft.name,
    });
    const email = h("input", {
      id: "staff-email",
      type: "email",
      required: true,
      autocomplete: "off",
      value: state.draft.email,
    });
    const role = h(
      "select",
      { id: "staff-role" },
      ...STAFF_ROLES.map((value) => option(value, i18n.role(value), state.draft.role)),
    );
    const password = h("input", { id: "staff-password", type: "password", autocomplete: "new-password" });
    const result = liveRegion("status");
    result.id = "staff-created";
    if (state.created) say(result, state.created.text(i18n), state.created.tone);
    const form = h(
      "form",
      { class: "add-staff", novalidate: true },
      h(
        "div",
        { class: "filter-grid" },
        field(t("name"), name),
        field(t("email"), email),
        field(t("role"), role),
        field(t("passwordOptional"), password, h("p", { class: "hint" }, t("passwordHint"))),
      ),
      h(
        "button",
        { type: "submit", class: "primary", id: "staff-create", "aria-disabled": state.busy ? "true" : null },
        t("create"),
      ),
      result,
    );
    const keep = () => {
      state.draft = { name: name.value, email: email.value, role: role.value as StaffRole };
    };
    form.addEventListener("input", keep);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      keep();
      if (state.busy) return;
      const short = password.value.length > 0 && password.value.length < PASSWORD_MIN_LENGTH;
      if (!name.value.trim() || !email.value.includes("@") || short) {
        state.created = { tone: "error", text: (i) => (short ? i.t("passwordHint") : i.t("invalid")) };
        draw();
        document
          .getElementById(short ? "staff-password" : name.value.trim() ? "staff-email" : "staff-name")
          ?.focus();
        return;
      }
      state.draft.name = name.value.trim();
      state.draft.email = email.value.trim();
      void create(password.value);
    });
    return h(
      "section",
      { class: "card", "aria-labelledby": "add-staff-title" },
      h("h2", { id: "add-staff-title" }, t("addStaff")),
      form,
    );
  }

  function row(i18n: I18n, person: StaffMember): HTMLTableRowElement {
    const { t } = i18n;
    const me = person.id === ctx.session.staff.id;
    const roleSelect = h(
      "select",
      { id: `role-${person.id}`, "aria-label": t("roleOf", { name: person.name }) },
      ...STAFF_ROLES.map((value) => option(value, i18n.role(value), person.role)),
    );
    const saveRole = h("button", { type: "button", id: `save-role-${person.id}` }, t("saveRole"));
    saveRole.addEventListener("click", () => {
      if (!state.busy) void update(person, { role: roleSelect.value as StaffRole });
    });
    const toggle = h(
      "button",
      { type: "button", id: `toggle-${person.id}`, class: person.active ? "danger" : "" },
      person.active ? t("deactivate") : t("reactivate"),
    );
    toggle.addEventListener("click", () => {
      if (!state.busy) void update(person, { active: !person.active });
    });
    const reset = h(
      "button",
      { type: "button", id: `reset-${person.id}`, "aria-expanded": String(state.resetFor === person.id) },
      t("resetPassword"),
    );
    reset.addEventListener("click", () => {
      state.resetFor = state.resetFor === person.id ? null : person.id;
      draw();
      document.getElementById(state.resetFor ? `password-${person.id}` : `reset-${person.id}`)?.focus();
    });
    // Your own role and account stay as they are here: changing them could lock you out.
    const cells = [
      h("td", { "data-label": t("email"), class: "email" }, person.email),
      h(
        "td",
        { "data-label": t("role") },
        me ? i18n.role(person.role) : h("div", { class: "inline" }, roleSelect, saveRole),
      ),
      h(
        "td",
        { "data-label": t("stateCol") },
        h(
          "span",
          { class: `state ${person.active ? "on" : "off"}` },
          person.active ? t("active") : t("inactive"),
        ),
        person.hasPassword ? null : h("span", { class: "muted small" }, ` · ${t("passwordAccessOnly")}`),
      ),
      h(
        "td",
        { "data-label": t("actions") },
        h("div", { class: "inline" }, me ? null : toggle, reset),
        resetForm(i18n, person),
      ),
    ];
    return h(
      "tr",
      { class: person.active ? "" : "inactive" },
      h(
        "th",
        { scope: "row", "data-label": t("name") },
        person.name,
        me ? h("span", { class: "muted" }, ` ${t("you")}`) : null,
      ),
      ...cells,
    );
  }

  function resetForm(i18n: I18n, person: StaffMember): HTMLElement | null {
    if (state.resetFor !== person.id) return null;
    const { t } = i18n;
    const input = h("input", {
      id: `password-${person.id}`,
      type: "password",
      autocomplete: "new-password",
      minlength: String(PASSWORD_MIN_LENGTH),
    });
    const cancel = h("button", { type: "button", id: `cancel-${person.id}` }, t("cancel"));
    cancel.addEventListener("click", () => {
      state.resetFor = null;
      draw();
      document.getElementById(`reset-${person.id}`)?.focus();
    });
    const form = h(
      "form",
      { class: "reset", novalidate: true },
      field(t("newPasswordFor", { name: person.name }), input, h("p", { class: "hint" }, t("passwordHint"))),
      h(
        "div",
        { class: "inline" },
        h("button", { type: "submit", class: "primary", id: `save-password-${person.id}` }, t("save")),
        cancel,
      ),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      if (state.busy) return;
      if (input.value.length < PASSWORD_MIN_LENGTH) {
        state.changed = { tone: "error", text: (i) => i.t("passwordHint") };
        draw();
        document.getElementById(`password-${person.id}`)?.focus();
        return;
      }
      void update(person, { password: input.value });
    });
    return form;
  }

  function build(): Node[] {
    const { i18n } = ctx;
    const { t } = i18n;
    const heading = focusTarget("h1", t("staffTitle"));
    heading.id = "staff-title";
    const head = h("div", { class: "view-head" }, heading);
    if (ctx.session.staff.role !== "admin") {
      return [head, h("p", { class: "failure", role: "alert" }, t("forbidden"))];
    }
    if (state.failure) return [head, failurePanel(i18n, state.failure, () => void load())];
    if (!state.list) return [head, loading(i18n)];
    const changed = liveRegion("status");
    changed.id = "staff-changed";
    if (state.changed) say(changed, state.changed.text(i18n), state.changed.tone);
    const columns = [t("name"), t("email"), t("role"), t("stateCol"), t("actions")];
    const table = h(
      "table",
      { class: "staff-list", "aria-labelledby": "staff-list-title" },
      h("thead", {}, h("tr", {}, ...columns.map((name) => h("th", { scope: "col" }, name)))),
      h("tbody", {}, ...state.list.map((person) => row(i18n, person))),
    );
    const list = h(
      "section",
      { class: "card", "aria-labelledby": "staff-list-title" },
      h("h2", { id: "staff-list-title" }, t("staffList")),
      changed,
      table,
    );
    return [head, list, addForm(i18n)];
  }

  const draw = () => redraw(element, build);
  void load();
  return { element, title: () => ctx.i18n.t("staffTitle"), redraw: draw };
}
