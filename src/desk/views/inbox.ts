import type { DeskInboxResponse, DeskTicketListItem } from "../../protocol";
import type { Failure } from "../api";
import type { DeskContext, View } from "../context";
import { focusTarget, h, liveRegion, redraw, say } from "../dom";
import { failureText } from "../errors";
import { paths } from "../router";
import { ageOf, failurePanel, loading, statusBadge } from "./common";
import { filterForm, filtersFromQuery, queryOf, statusTabs } from "./inbox-filters";

const PAGE_SIZE = 25;

/**
 * The inbox: tabs with a count per status, the unclaimed badge, filters and search (all in the
 * URL), newest first, and "load more" pages through `nextCursor`.
 */
export function inboxView(ctx: DeskContext, query: URLSearchParams): View {
  const element = h("section", { class: "inbox", "aria-labelledby": "inbox-title" });
  const filters = filtersFromQuery(query);
  const state: {
    data: DeskInboxResponse | null;
    failure: Failure | null;
    more: "idle" | "loading" | Failure;
  } = { data: null, failure: null, more: "idle" };

  async function load() {
    state.failure = null;
    state.data = null;
    draw();
    const result = await ctx.api.inbox({ ...filters, limit: PAGE_SIZE });
    if (result.ok) state.data = result.value;
    else state.failure = result.failure;
    draw();
  }

  async function loadMore() {
    const cursor = state.data?.nextCursor;
    if (!state.data || !cursor || state.more === "loading") return;
    state.more = "loading";
    draw();
    const result = await ctx.api.inbox({ ...filters, cursor, limit: PAGE_SIZE });
    if (result.ok && state.data) {
      const firstNew = result.value.tickets[0]?.id;
      state.data = {
        ...result.value,
        tickets: [...state.data.tickets, ...result.value.tickets],
      };
      state.more = "idle";
      draw();
      // The keyboard lands on the first row that arrived, not back at the top.
      if (firstNew) document.getElementById(`row-${firstNew}`)?.focus();
    } else if (!result.ok) {
      state.more = result.failure;
      draw();
    }
  }

  function build(): Node[] {
    const { i18n } = ctx;
    const { t } = i18n;
    const heading = focusTarget("h1", t("inboxTitle"));
    heading.id = "inbox-title";
    const refresh = h("button", { type: "button", id: "inbox-refresh", class: "ghost" }, t("refresh"));
    refresh.addEventListener("click", () => void load());
    const head = h(
      "div",
      { class: "view-head" },
      heading,
      state.data
        ? h(
            "span",
            { class: `badge${state.data.unclaimed > 0 ? " hot" : ""}`, id: "unclaimed" },
            t("unclaimed", { n: state.data.unclaimed }),
          )
        : null,
      refresh,
    );
    const form = filterForm(i18n, filters, (next) => ctx.navigate(paths.inbox(queryOf(next))));
    const tabs = statusTabs(i18n, filters, state.data?.counts ?? null);
    const results = liveRegion("status", "results");
    results.id = "inbox-results";
    const body: Node[] = [];
    if (state.failure) body.push(failurePanel(i18n, state.failure, () => void load()));
    else if (!state.data) body.push(loading(i18n));
    else {
      const shown = state.data.tickets.length;
      say(results, shown === 0 ? t("noTickets") : t("shown", { n: shown }));
      if (shown > 0) body.push(table(state.data.tickets));
      body.push(...moreControls());
    }
    return [head, tabs, form, results, ...body];
  }

  function moreControls(): Node[] {
    const { t } = ctx.i18n;
    if (!state.data?.nextCursor) return [];
    const button = h(
      "button",
      { type: "button", id: "load-more", "aria-disabled": state.more === "loading" ? "true" : null },
      state.more === "loading" ? t("loadingMore") : t("loadMore"),
    );
    button.addEventListener("click", () => void loadMore());
    const problem = liveRegion("alert");
    if (typeof state.more === "object") say(problem, failureText(ctx.i18n, state.more), "error");
    return [h("div", { class: "more" }, button, problem)];
  }

  function table(tickets: DeskTicketListItem[]): HTMLTableElement {
    const { t } = ctx.i18n;
    const columns = [
      t("colTicket"),
      t("colCustomer"),
      t("colWhat"),
      t("colStatus"),
      t("colAssignee"),
      t("colAge"),
    ];
    return h(
      "table",
      { class: "tickets", "aria-labelledby": "inbox-title" },
      h("thead", {}, h("tr", {}, ...columns.map((name) => h("th", { scope: "col" }, name)))),
      h("tbody", {}, ...tickets.map((ticket) => row(ticket, columns))),
    );
  }

  function row(ticket: DeskTicketListItem, columns: string[]): HTMLTableRowElement {
    const { i18n } = ctx;
    const { t } = i18n;
    const name = ticket.anonymised ? t("anonymised") : (ticket.name ?? t("noName"));
    // Each cell carries its column's name and a class: on a phone the rows become cards.
    const cell = (index: number, area: string, ...content: (Node | string | null)[]) =>
      h("td", { "data-label": columns[index], class: area }, ...content);
    return h(
      "tr",
      {},
      h(
        "th",
        { scope: "row", "data-label": columns[0], class: "c-id" },
        h("a", { href: paths.ticket(ticket.id), id: `row-${ticket.id}`, class: "ticket-id" }, ticket.id),
      ),
      cell(1, "c-name", h("span", { class: ticket.name && !ticket.anonymised ? "name" : "muted" }, name)),
      cell(
        2,
        "c-what",
        h("span", { class: "what-device" }, i18n.device(ticket.device)),
        h("span", { class: "what-problem" }, i18n.problem(ticket.problem)),
      ),
      cell(3, "c-status", statusBadge(i18n, ticket.status)),
      cell(
        4,
        "c-assignee",
        ticket.assignee
          ? h("span", {}, ticket.assignee.name)
          : h("span", { class: "muted unassigned" }, t("nobody")),
      ),
      cell(5, "c-age", ageOf(i18n, ticket.createdAt)),
    );
  }

  const draw = () => redraw(element, build);
  void load();
  return { element, title: () => ctx.i18n.t("inboxTitle"), redraw: draw };
}
