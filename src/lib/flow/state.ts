import { z } from "zod";
import { DEVICE_IDS, LANGUAGES, PROBLEM_IDS, type PublicState, STAGES } from "../../protocol";

export const AREA_IDS = ["hardware", "software", "network", "account", "printer"] as const;
export type AreaId = (typeof AREA_IDS)[number];

/** Names and problems are retried this many times before the conversation goes on without them. */
export const MAX_NAME_ATTEMPTS = 3;
export const MAX_CLARIFY_ATTEMPTS = 2;
/** A contact that does not read as a phone or an email is asked again twice, then the chat goes on. */
export const MAX_CONTACT_ATTEMPTS = 3;

/**
 * The optional question after a hand-off: how the shop can reach the person.
 * `offered`: asked, with buttons; `typing`: they chose to leave one and we wait for it; `given` and
 * `skipped`: answered (the ticket has it, or they said no), not asked again in this session.
 */
export const CONTACT_OFFERS = ["none", "offered", "typing", "given", "skipped"] as const;
export type ContactOffer = (typeof CONTACT_OFFERS)[number];

/**
 * The whole state of one conversation, as the session object stores it.
 * Stored JSON is parsed with defaults, so state written by an older version of the code
 * (fields missing) keeps working after an upgrade, and unknown extra fields are dropped.
 */
export const sessionStateSchema = z.object({
  v: z.literal(1).catch(1),
  stage: z.enum(STAGES).catch("consent"),
  language: z.enum(LANGUAGES).catch("es"),
  consent: z.boolean().catch(false),
  name: z.string().optional().catch(undefined),
  nameSkipped: z.boolean().catch(false),
  nameAttempts: z.number().int().nonnegative().catch(0),
  device: z.enum(DEVICE_IDS).optional().catch(undefined),
  /** Other devices the user's words could mean ("compu": desktop or notebook). */
  deviceAlternatives: z.array(z.enum(DEVICE_IDS)).catch([]),
  problem: z.enum(PROBLEM_IDS).optional().catch(undefined),
  area: z.enum(AREA_IDS).optional().catch(undefined),
  clarifyAttempts: z.number().int().nonnegative().catch(0),
  stepLevel: z.enum(["quick", "advanced"]).catch("quick"),
  /** Steps shown to the user, in their language, for the technician's ticket. */
  stepsTried: z.array(z.string()).catch([]),
  escalation: z
    .object({
      reason: z.enum(["persists", "frustration", "requested"]),
      accepted: z.boolean(),
    })
    .optional()
    .catch(undefined),
  /** Only where the question stands: the phone or email itself is never kept in the state. */
  contactOffer: z.enum(CONTACT_OFFERS).catch("none"),
  contactAttempts: z.number().int().nonnegative().catch(0),
});

export type SessionState = z.infer<typeof sessionStateSchema>;

export function initialState(language: PublicState["language"] = "es"): SessionState {
  return sessionStateSchema.parse({ stage: "consent", language });
}

/**
 * Starts the conversation over in place, keeping only `keep` (e.g. consent, name, language), and an
 * answered contact question: the session has one ticket, and it already has the answer.
 */
export function resetState(state: SessionState, keep: Partial<SessionState>): void {
  const answered = state.contactOffer === "given" || state.contactOffer === "skipped";
  const contactOffer = answered ? state.contactOffer : "none";
  for (const key of Object.keys(state)) delete (state as Partial<SessionState>)[key as keyof SessionState];
  Object.assign(state, initialState(state.language), { contactOffer }, keep);
}

/** Reads stored state of any earlier shape; never throws. */
export function readStoredState(json: string | null | undefined): SessionState | null {
  if (!json) return null;
  try {
    return sessionStateSchema.parse(JSON.parse(json));
  } catch {
    return null;
  }
}

export function toPublicState(state: SessionState): PublicState {
  return {
    stage: state.stage,
    language: state.language,
    ...(state.name ? { name: state.name } : {}),
    ...(state.device ? { device: state.device } : {}),
    ...(state.problem ? { problem: state.problem } : {}),
  };
}
