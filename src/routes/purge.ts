import { Hono } from "hono";
import type { AppEnv } from "../types";

/** `POST /api/admin/purge` (issue 6, in progress). */
export const purgeRoutes = new Hono<AppEnv>();
