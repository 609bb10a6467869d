import type { LogLevel } from "./levels";

/** One log line as the LogStream object stores it; `line` is exactly what the console printed. */
export interface LogRecord {
  /** Epoch ms. */
  at: number;
  level: LogLevel;
  event: string;
  /** Route pattern (or masked path) of a request line; null for other events. */
  route: string | null;
  /** As it appears in the line (masked if it looked like personal data). */
  sessionId: string | null;
  /** The masked JSON line. */
  line: string;
}
