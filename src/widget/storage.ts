import { SESSION_ID_PATTERN } from "../protocol";

/**
 * What survives a reload or a navigation, in the host page's localStorage (never cookies): the
 * session id, the language the person chose, and whether they already rated this conversation.
 * Storage may be unavailable (privacy modes, sandboxed frames): the chat then lasts one page view.
 */
const KEY = "sti-chat";

interface Saved {
  sessionId?: string;
  language?: string;
  ratedSessionId?: string;
}

let memory: Saved = {};

function read(): Saved {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? "{}");
    return parsed && typeof parsed === "object" ? (parsed as Saved) : {};
  } catch {
    return memory;
  }
}

function write(change: Partial<Saved>): void {
  memory = { ...read(), ...change };
  try {
    localStorage.setItem(KEY, JSON.stringify(memory));
  } catch {
    // Kept in memory only.
  }
}

export const storage = {
  sessionId(): string | null {
    const id = read().sessionId;
    return typeof id === "string" && SESSION_ID_PATTERN.test(id) ? id : null;
  },
  setSessionId(id: string | null): void {
    write({ sessionId: id ?? undefined, ratedSessionId: undefined });
  },
  language(): string | null {
    return read().language ?? null;
  },
  setLanguage(language: string): void {
    write({ language });
  },
  rated(sessionId: string): boolean {
    return read().ratedSessionId === sessionId;
  },
  setRated(sessionId: string): void {
    write({ ratedSessionId: sessionId });
  },
};

/** 128 random bits as 32 hex characters, the form docs/api.md describes for widget sessions. */
export function newSessionId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join(
    "",
  );
}
