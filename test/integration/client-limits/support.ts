import { env } from "cloudflare:workers";

/**
 * Per-client limits in tests: every test sends its own client address (`CF-Connecting-IP`, which
 * Cloudflare sets in production), a random /64 of the documentation range 2001:db8::/32, since
 * the binding's counters are shared by the tests of a file.
 *
 * The binding counts in fixed windows (Miniflare: aligned to the clock), so a run of requests can
 * straddle one boundary; a test that sends 2 × limit + 1 counted requests within a window's length
 * is sure to see at least one refused, and at most 2 × limit accepted.
 */
const hex = () => Math.floor(Math.random() * 0x10000).toString(16);
export const newClientAddress = () => `2001:db8:${hex()}:${hex()}::1`;

export const clientHeaders = (address: string) => ({ "CF-Connecting-IP": address });

/** Requests sure to cross a limit of `limit` in one period, even across a window boundary. */
export const overLimit = (limit: number) => 2 * limit + 1;

/** Whether the session object holds a conversation (a refused start must leave none). */
export async function sessionExists(sessionId: string): Promise<boolean> {
  return (await env.CHAT_SESSION.getByName(sessionId).photoStatus()).exists;
}
