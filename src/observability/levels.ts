/** Log levels, lowest first: a minimum level lets through itself and everything after it. */
export const LOG_LEVELS = ["debug", "info", "warn", "error"] as const;

export type LogLevel = (typeof LOG_LEVELS)[number];

export const levelRank = (level: LogLevel): number => LOG_LEVELS.indexOf(level);

export const isLogLevel = (value: unknown): value is LogLevel =>
  typeof value === "string" && (LOG_LEVELS as readonly string[]).includes(value);

export const atLeast = (level: LogLevel, minimum: LogLevel): boolean =>
  levelRank(level) >= levelRank(minimum);
