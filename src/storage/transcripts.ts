import { z } from "zod";
import { transcriptKey } from "../lib/keys";
import { DEVICE_IDS, LANGUAGES, PROBLEM_IDS, STAGES, type Transcript } from "../protocol";
import { MalformedStoredData } from "./malformed";

/**
 * The transcript mirror in R2 (`transcripts/<sessionId>.json`): written by the session's alarm about
 * a second after each turn, read by the admin and GDPR routes when the object holds nothing, deleted
 * with the session. The only reader and writer of those objects.
 */

/** Loose, as for tickets: a field from a newer version is kept. */
const storedTranscriptSchema = z.looseObject({
  sessionId: z.string(),
  updatedAt: z.string(),
  state: z
    .looseObject({
      stage: z.enum(STAGES),
      language: z.enum(LANGUAGES),
      name: z.string().optional(),
      // An id a newer version added (during a gradual deployment) reads as not known.
      device: z.enum(DEVICE_IDS).optional().catch(undefined),
      problem: z.enum(PROBLEM_IDS).optional().catch(undefined),
    })
    .nullable(),
  messages: z.array(z.looseObject({ role: z.enum(["user", "assistant"]), text: z.string(), at: z.number() })),
}) satisfies z.ZodType<Transcript>;

export async function saveTranscript(bucket: R2Bucket, transcript: Transcript): Promise<void> {
  await bucket.put(transcriptKey(transcript.sessionId), JSON.stringify(transcript), {
    httpMetadata: { contentType: "application/json; charset=utf-8" },
  });
}

/** Null when none is stored; throws MalformedStoredData when the object is not a transcript. */
export async function loadTranscript(bucket: R2Bucket, sessionId: string): Promise<Transcript | null> {
  const object = await bucket.get(transcriptKey(sessionId));
  if (!object) return null;
  const what = `stored transcript of ${sessionId}`;
  let json: unknown;
  try {
    json = JSON.parse(await object.text());
  } catch {
    throw new MalformedStoredData(what, "not JSON");
  }
  const parsed = storedTranscriptSchema.safeParse(json);
  if (!parsed.success) throw new MalformedStoredData(what, "not a transcript");
  return parsed.data;
}

export async function deleteTranscript(bucket: R2Bucket, sessionId: string): Promise<void> {
  await bucket.delete(transcriptKey(sessionId));
}
