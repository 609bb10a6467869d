/**
 * The wire protocol shared by the Worker, the chat widget and the tests, one file per area.
 * Plain types and constant lists only: the widget imports this file, so it must stay free of
 * runtime dependencies (no zod, no Workers APIs).
 */

export * from "./conversation";
export * from "./desk";
export * from "./errors";
export * from "./notifications";
export * from "./privacy";
export * from "./tickets";
