import { maskDeep } from "./masking";

export type LogLevel = "debug" | "info" | "warn" | "error";

/**
 * One JSON line per event, personal data and tokens masked (URLs with `?token=` included),
 * so nothing that reaches `wrangler tail` or Workers Logs carries secrets.
 */
export function logEvent(level: LogLevel, event: string, fields: Record<string, unknown> = {}): void {
  const line = JSON.stringify(maskDeep({ level, time: new Date().toISOString(), event, ...fields }));
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.log(line);
}
