import { env } from "cloudflare:workers";
import { type Config, parseConfig } from "../../../src/config";
import type { PurgeSummary } from "../../../src/retention/policy/summary";
import { type PurgeOptions, type PurgeStores, runPurge } from "../../../src/retention/purge";

/** Shared by the retention tests: the controlled clock, seeding and reading the real stores. */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const ADMIN = { Authorization: "Bearer test-admin-token" };

/** YYYY-MM-DD (UTC) of a time. */
export const utcDay = (at: number) => new Date(at).toISOString().slice(0, 10);
export const dayStart = (at: number) => Date.parse(`${utcDay(at)}T00:00:00Z`);

const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const random = (n: number) => crypto.randomUUID().replaceAll("-", "").slice(0, n);

/** An upload key dated like the upload route's (uploads/YYYY-MM-DD/<id>). */
export const uploadKeyOn = (at: number) =>
  `uploads/${utcDay(at)}/${utcDay(at).replaceAll("-", "")}-${random(22)}`;

/** A ticket id dated like the ticket writer's (STI-YYYYMMDD-XXXXXX). */
export function ticketIdOn(at: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  const suffix = Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join("");
  return `STI-${utcDay(at).replaceAll("-", "")}-${suffix}`;
}

export const transcriptKeyOf = (sessionId: string) => `transcripts/${sessionId}.json`;

export interface Seed {
  key: string;
  /** customMetadata.createdAt, as the upload route and the ticket writer set it. */
  createdAt?: number;
}

/** Puts the objects in parallel batches (thousands take a few seconds on Miniflare's R2). */
export async function seed(objects: readonly Seed[], batch = 200): Promise<void> {
  for (let i = 0; i < objects.length; i += batch) {
    await Promise.all(
      objects.slice(i, i + batch).map(({ key, createdAt }) =>
        env.BUCKET.put(key, "x", {
          ...(createdAt === undefined
            ? {}
            : { customMetadata: { createdAt: new Date(createdAt).toISOString() } }),
        }),
      ),
    );
  }
}

export async function exists(key: string): Promise<boolean> {
  return (await env.BUCKET.head(key)) !== null;
}

/** Every key under `prefix`, through as many pages as it takes. */
export async function listKeys(prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await env.BUCKET.list({ prefix, limit: 1_000, ...(cursor ? { cursor } : {}) });
    keys.push(...page.objects.map((o) => o.key));
    cursor = page.truncated ? page.cursor : undefined;
  } while (cursor);
  return keys;
}

export async function insertSessionRow(id: string, lastActivityAt: number): Promise<void> {
  await env.DB.prepare(
    `INSERT INTO sessions (id, created_at, last_activity_at, language, stage) VALUES (?1, ?2, ?2, 'es', 'steps')`,
  )
    .bind(id, lastActivityAt)
    .run();
}

export async function rowExists(table: "sessions" | "tickets", id: string): Promise<boolean> {
  return (await env.DB.prepare(`SELECT 1 AS x FROM ${table} WHERE id = ?`).bind(id).first()) !== null;
}

export async function savedPlaces(): Promise<{ target: string; start_after: string | null; done: number }[]> {
  const { results } = await env.DB.prepare("SELECT target, start_after, done FROM purge_state").all<{
    target: string;
    start_after: string | null;
    done: number;
  }>();
  return results;
}

export interface TestPurge extends Partial<Omit<PurgeOptions, "now">> {
  config?: Config;
  stores?: PurgeStores;
}

/** One purge run on the real bindings with the clock the test chooses. */
export function purge(now: number, options: TestPurge = {}): Promise<PurgeSummary> {
  const { config = parseConfig({}), stores = { bucket: env.BUCKET, db: env.DB }, ...rest } = options;
  return runPurge(stores, config, { trigger: "test", ...rest, now });
}

/** Totals of a summary across targets. */
export const deletedIn = (summary: PurgeSummary) =>
  Object.values(summary.targets).reduce((sum, t) => sum + t.deleted, 0);
