import {
  DEVICE_IDS,
  type DeskInboxResponse,
  PROBLEM_IDS,
  TICKET_STATUSES,
  type TicketStatus,
} from "../../protocol";
import type { InboxQuery } from "../api";
import { h, option } from "../dom";
import type { I18n } from "../i18n";
import { paths } from "../router";

/** The inbox's filters, as the URL keeps them (`/desk?status=new&assignee=me`): Back undoes one. */
export type InboxFilters = Omit<InboxQuery, "cursor" | "limit">;

const FILTER_NAMES = ["status", "device", "problem", "from", "to", "assignee", "q"] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function filtersFromQuery(query: URLSearchParams): InboxFilters {
  const filters: InboxFilters = {};
  const status = query.get("status");
  if (status && (TICKET_STATUSES as readonly string[]).includes(status)) {
    filters.status = status as TicketStatus;
  }
  for (const name of ["device", "problem", "assignee", "q"] as const) {
    const value = query.get(name)?.trim();
    if (value) filters[name] = value;
  }
  for (const name of ["from", "to"] as const) {
    const value = query.get(name);
    if (value && DAY.test(value)) filters[name] = value;
  }
  return filters;
}

export function queryOf(filters: InboxFilters): URLSearchParams {
  const query = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const value = filters[name];
    if (value) query.set(name, value);
  }
  return query;
}

/** How many filters other than the status tab are on (shown on the collapsed filters' summary). */
const activeCount = (filters: InboxFilters) =>
  (["device", "problem", "from", "to", "assignee"] as const).filter((name) => filters[name]).length;

/** One link per status with its count, and "all": links, so each choice is a page in the history. */
export function statusTabs(i18n: I18n, filters: InboxFilters, counts: DeskInboxResponse["counts"] | null) {
  const total = counts ? TICKET_STATUSES.reduce((sum, status) => sum + (counts[status] ?? 0), 0) : null;
  const tab = (status: TicketStatus | undefined, label: string, count: number | null) => {
    const { status: _current, ...rest } = filters;
    const href = paths.inbox(queryOf(status ? { ...rest, status } : rest));
    return h(
      "a",
      {
        href,
        id: `tab-${status ?? "all"}`,
        class: "tab",
        "aria-current": filters.status === status ? "page" : null,
      },
      h("span", {}, label),
      count === null ? null : h("span", { class: "count" }, String(count)),
    );
  };
  return h(
    "nav",
    { class: "tabs", "aria-label": i18n.t("statusTabs") },
    tab(undefined, i18n.t("all"), total),
    ...TICKET_STATUSES.map((status) => tab(status, i18n.status(status), counts?.[status] ?? null)),
  );
}

/**
 * Search (always in view) and the other filters (collapsed on a phone, open on a wide screen).
 * Submitting navigates to the filtered inbox's URL; the status tab chosen is kept.
 */
export function filterForm(
  i18n: I18n,
  filters: InboxFilters,
  apply: (filters: InboxFilters) => void,
): HTMLFormElement {
  const { t } = i18n;
  const q = h("input", {
    id: "filter-q",
    type: "search",
    name: "q",
    value: filters.q ?? "",
    autocomplete: "off",
    enterkeyhint: "search",
  });
  const select = (id: string, label: string, anyLabel: string, ids: readonly string[], current?: string) => {
    const control = h(
      "select",
      { id, name: id },
      option("", anyLabel, current),
      ...ids.map((value) =>
        option(value, id === "filter-device" ? i18n.device(value) : i18n.problem(value), current),
      ),
    );
    return h("div", { class: "field" }, h("label", { for: id }, label), control);
  };
  const date = (id: "from" | "to") =>
    h(
      "div",
      { class: "field" },
      h("label", { for: `filter-${id}` }, t(id)),
      h("input", { id: `filter-${id}`, name: id, type: "date", value: filters[id] ?? "" }),
    );
  const assignee = h(
    "select",
    { id: "filter-assignee", name: "assignee" },
    option("", t("anyone"), filters.assignee),
    option("me", t("me"), filters.assignee),
    option("none", t("nobody"), filters.assignee),
  );
  const count = activeCount(filters);
  const more = h(
    "details",
    { class: "more-filters", id: "more-filters" },
    h("summary", {}, count > 0 ? t("filtersActive", { n: count }) : t("filters")),
    h(
      "div",
      { class: "filter-grid" },
      select("filter-device", t("device"), t("anyDevice"), DEVICE_IDS, filters.device),
      select("filter-problem", t("problem"), t("anyProblem"), PROBLEM_IDS, filters.problem),
      date("from"),
      date("to"),
      h("div", { class: "field" }, h("label", { for: assignee.id }, t("assignee")), assignee),
    ),
  );
  more.open = count > 0 || matchMedia("(min-width: 56rem)").matches;
  const clear = h("a", { href: paths.inbox(), class: "button-link", id: "filter-clear" }, t("clear"));
  const form = h(
    "form",
    { class: "filters", role: "search", "aria-label": t("filters") },
    h(
      "div",
      { class: "search-row" },
      h("div", { class: "field grow" }, h("label", { for: q.id }, t("search")), q),
      h("button", { type: "submit", id: "filter-apply", class: "primary" }, t("apply")),
      clear,
    ),
    more,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? "").trim();
    const next: InboxFilters = {};
    if (filters.status) next.status = filters.status;
    if (value("q")) next.q = value("q");
    if (value("filter-device")) next.device = value("filter-device");
    if (value("filter-problem")) next.problem = value("filter-problem");
    if (DAY.test(value("from"))) next.from = value("from");
    if (DAY.test(value("to"))) next.to = value("to");
    if (value("assignee")) next.assignee = value("assignee");
    apply(next);
  });
  return form;
}
