import { Hono } from "hono";
import { contextStorage } from "hono/context-storage";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ConfigError, settings } from "./config";
import { AppError, type ErrorCode, errorBody } from "./errors";
import { allowedMethods } from "./lib/allowed-methods";
import { cors } from "./middleware/cors";
import { requestId } from "./middleware/request-id";
import { logEvent } from "./observability/log";
import { metrics } from "./observability/metrics/middleware";
import { requestLog } from "./observability/request-log";
import { adminRoutes } from "./routes/admin";
import { adminPageRoutes } from "./routes/admin-pages";
import { chatRoutes } from "./routes/chat";
import { deskAuthRoutes } from "./routes/desk-auth";
import { deskNotificationRoutes } from "./routes/desk-notifications";
import { deskPageRoutes } from "./routes/desk-pages";
import { deskStaffRoutes } from "./routes/desk-staff";
import { deskTicketRoutes } from "./routes/desk-tickets";
import { gdprRoutes } from "./routes/gdpr";
import { healthRoutes } from "./routes/health";
import { logRoutes } from "./routes/logs";
import { metricsRoutes } from "./routes/metrics";
import { purgeRoutes } from "./routes/purge";
import { ticketApiRoutes, ticketPageRoutes } from "./routes/tickets";
import { uploadRoutes } from "./routes/uploads";
import type { AppEnv } from "./types";

/**
 * The Worker's HTTP app: middleware, route groups, error handling. `src/index.ts` exports its
 * `fetch`; tests read `app.routes` (the reliability fuzz checks its route table against it).
 */
export const app = new Hono<AppEnv>();

// Once, first: logEvent finds the request it is serving through it (see observability/log-context.ts).
app.use(contextStorage());
app.use(requestId());
app.use(requestLog());
app.use(metrics());
app.use(async (c, next) => {
  settings(c.env); // fail fast, naming the variable, on a bad deploy
  await next();
});
// The widget's routes only, for WIDGET_ORIGINS only (see src/middleware/cors.ts).
app.use("/api/*", cors());

app.route("/api", chatRoutes);
app.route("/api", healthRoutes);
app.route("/api", ticketApiRoutes);
app.route("/api", adminRoutes);
app.route("/api", gdprRoutes);
app.route("/api", metricsRoutes);
app.route("/api", logRoutes);
app.route("/api", uploadRoutes);
app.route("/api", purgeRoutes);
app.route("/api", deskAuthRoutes);
app.route("/api", deskStaffRoutes);
app.route("/api", deskTicketRoutes);
app.route("/api", deskNotificationRoutes);
app.route("/", ticketPageRoutes);
app.route("/", adminPageRoutes);
app.route("/", deskPageRoutes);

app.notFound((c) => {
  const allow = allowedMethods(app.routes, c.req.path);
  if (allow.length > 0) {
    c.header("Allow", allow.join(", "));
    return c.json(
      errorBody("method_not_allowed", `${c.req.method} is not allowed here`, c.get("requestId")),
      405,
    );
  }
  return c.json(errorBody("not_found", "No such route", c.get("requestId")), 404);
});

const HTTP_CODES: Partial<Record<number, ErrorCode>> = {
  400: "invalid_json",
  401: "unauthorized",
  404: "not_found",
  413: "payload_too_large",
  415: "unsupported_media_type",
};

app.onError((error, c) => {
  const id = c.get("requestId");
  if (error instanceof AppError) {
    for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
    return c.json(errorBody(error.code, error.message, id), error.status);
  }
  if (error instanceof HTTPException && error.status < 500) {
    const status = error.status as ContentfulStatusCode;
    return c.json(errorBody(HTTP_CODES[status] ?? "bad_request", error.message || "Bad request", id), status);
  }
  const config = error instanceof ConfigError;
  logEvent("error", "unhandled_error", { requestId: id, route: c.req.path, message: String(error) });
  return c.json(
    errorBody(
      config ? "service_unavailable" : "internal",
      config ? "Service misconfigured" : "Internal error",
      id,
    ),
    config ? 503 : 500,
  );
});
