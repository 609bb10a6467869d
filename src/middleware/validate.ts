import { zValidator } from "@hono/zod-validator";
import { createMiddleware } from "hono/factory";
import type { z } from "zod";
import { AppError } from "../errors";
import { declaresBody } from "./body-limit";

/** The first issue of a zod error, as one readable sentence naming the field. */
export function describeIssue(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): string {
  const issue = error.issues[0];
  if (!issue) return "Invalid request";
  const field = issue.path.map(String).join(".");
  return field ? `${field}: ${issue.message}` : issue.message;
}

/** JSON body validation that fails with the project's 400 error instead of zod-validator's default. */
export const validateJson = <T extends z.ZodType>(schema: T) =>
  zValidator("json", schema, (result) => {
    if (!result.success) throw new AppError(400, "validation_failed", describeIssue(result.error));
  });

export const validateParams = <T extends z.ZodType>(schema: T) =>
  zValidator("param", schema, (result) => {
    if (!result.success) throw new AppError(400, "validation_failed", describeIssue(result.error));
  });

export const validateQuery = <T extends z.ZodType>(schema: T) =>
  zValidator("query", schema, (result) => {
    if (!result.success) throw new AppError(400, "validation_failed", describeIssue(result.error));
  });

/**
 * A request with a body must say it is JSON; otherwise the validator would silently see `{}`.
 * Bodiless requests pass (e.g. `POST /api/greeting` with nothing).
 */
export const requireJsonBody = () =>
  createMiddleware(async (c, next) => {
    const type = c.req.header("Content-Type") ?? "";
    if (declaresBody((name) => c.req.header(name)) && !/^application\/([\w.-]+\+)?json\s*(;|$)/i.test(type)) {
      throw new AppError(
        415,
        "unsupported_media_type",
        "Send the body as JSON with Content-Type: application/json",
      );
    }
    await next();
  });
