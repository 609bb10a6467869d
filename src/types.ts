import type { RequestIdVariables } from "./middleware/request-id";
import type { StaffPrincipal } from "./storage/staff";

/**
 * The Hono environment every sub-app shares: generated bindings plus per-request variables
 * (`staff` only on desk routes, after `staffAuth`).
 */
export type AppEnv = { Bindings: Env; Variables: RequestIdVariables & { staff: StaffPrincipal } };
