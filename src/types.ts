import type { RequestIdVariables } from "./middleware/request-id";

/** The Hono environment every sub-app shares: generated bindings plus per-request variables. */
export type AppEnv = { Bindings: Env; Variables: RequestIdVariables };
