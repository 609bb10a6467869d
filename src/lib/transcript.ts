import type { PublicState, Transcript } from "../protocol";
import { maskContactText } from "./contact/read-contact";
import { maskPersonalData } from "./masking";

/**
 * A session's conversation as R2 keeps it (src/storage/transcripts.ts), personal data masked. A
 * message typed at the contact question (`kind: "contact"`) is masked whole: its phone or email is
 * for the ticket only, where the shop reads it.
 */
export type { Transcript } from "../protocol";

export function buildTranscript(
  sessionId: string,
  state: PublicState | null,
  messages: { role: "user" | "assistant"; kind?: string; text: string; createdAt: number }[],
  now: Date,
): Transcript {
  return {
    sessionId,
    updatedAt: now.toISOString(),
    state,
    messages: messages.map((m) => ({
      role: m.role,
      text: m.kind === "contact" ? maskContactText(m.text) : maskPersonalData(m.text),
      at: m.createdAt,
    })),
  };
}

/** One line per message: `[time] role: text`. */
export function renderTranscriptText(t: Transcript): string {
  const header = [
    `Session: ${t.sessionId}`,
    `Updated: ${t.updatedAt}`,
    t.state
      ? `Stage: ${t.state.stage} | Language: ${t.state.language} | Device: ${t.state.device ?? "-"} | Problem: ${t.state.problem ?? "-"}`
      : "",
    "",
  ].filter((line, i) => line !== "" || i === 3);
  const lines = t.messages.map(
    (m) =>
      `[${new Date(m.at).toISOString()}] ${m.role === "user" ? "user" : "assistant"}: ${m.text.replaceAll("\n", " / ")}`,
  );
  return `${[...header, ...lines].join("\n")}\n`;
}
