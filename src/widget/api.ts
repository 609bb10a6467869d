import type {
  ChatRequest,
  ChatResponse,
  ErrorBody,
  GreetingRequest,
  HistoryResponse,
  Rating,
  RatingRequest,
  RatingResponse,
  UploadResponse,
} from "../protocol";
import { VERSION_KEY_HEADER } from "../protocol";
import { readSse, streamEvent } from "./sse";

export type { HistoryMessage, HistoryResponse } from "../protocol";

/** Why a call failed, in the terms the person sees: each kind has its own message and way back. */
export type Failure =
  | { kind: "network" }
  | { kind: "rate_limited"; retryAfterSeconds: number }
  | { kind: "server" }
  | { kind: "refused"; status: number; code: string }
  /** The turn was accepted but its stream broke: it is stored, so the history has the answer. */
  | { kind: "lost" };

export type Result<T> = { ok: true; value: T } | { ok: false; failure: Failure };

export interface StreamHandlers {
  onDelta: (text: string) => void;
  onReset: () => void;
}

/** Version affinity (see VERSION_KEY_HEADER): the session id, on every call that belongs to a session. */
const versionKey = (sessionId: string | undefined): Record<string, string> =>
  sessionId ? { [VERSION_KEY_HEADER]: sessionId } : {};

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = <T>(failure: Failure): Result<T> => ({ ok: false, failure });

export function createApi(base: string) {
  const url = (path: string) => `${base}/api/${path}`;

  async function call<T>(path: string, init: RequestInit): Promise<Result<T>> {
    let response: Response;
    try {
      // No cookies ever: the session id in the body is the only identity.
      response = await fetch(url(path), { credentials: "omit", cache: "no-store", ...init });
    } catch {
      return fail({ kind: "network" });
    }
    if (!response.ok) return fail(await failureOf(response));
    try {
      const text = await response.text();
      return ok((text ? JSON.parse(text) : null) as T);
    } catch {
      return fail({ kind: "server" });
    }
  }

  const postJson = (body: unknown, headers: Record<string, string> = {}) =>
    ({
      method: "POST",
      headers: { "Content-Type": "application/json", ...headers },
      body: JSON.stringify(body),
    }) satisfies RequestInit;

  return {
    greeting: (body: GreetingRequest) =>
      call<ChatResponse>("greeting", postJson(body, versionKey(body.sessionId))),

    history: (sessionId: string) =>
      call<HistoryResponse>(`history/${encodeURIComponent(sessionId)}`, {
        method: "GET",
        headers: versionKey(sessionId),
      }),

    rate: (sessionId: string, rating: Rating) =>
      call<RatingResponse>(
        "rating",
        postJson({ sessionId, rating } satisfies RatingRequest, versionKey(sessionId)),
      ),

    /** A turn, streamed: deltas as they arrive, then the authoritative answer. */
    async chat(body: ChatRequest, handlers: StreamHandlers): Promise<Result<ChatResponse>> {
      let response: Response;
      try {
        response = await fetch(url("chat"), {
          credentials: "omit",
          ...postJson(body, { Accept: "text/event-stream", ...versionKey(body.sessionId) }),
        });
      } catch {
        return fail({ kind: "network" });
      }
      if (!response.ok) return fail(await failureOf(response));
      // A refused turn could come back as JSON; a stream is what an accepted one looks like.
      if (!response.headers.get("Content-Type")?.includes("text/event-stream") || !response.body) {
        try {
          return ok((await response.json()) as ChatResponse);
        } catch {
          return fail({ kind: "lost" });
        }
      }
      let result: Result<ChatResponse> = fail({ kind: "lost" });
      try {
        await readSse(response.body, (raw) => {
          const event = streamEvent(raw);
          if (event?.type === "delta") handlers.onDelta(event.data.text);
          else if (event?.type === "reset") handlers.onReset();
          else if (event?.type === "done") result = ok(event.data);
          else if (event?.type === "error") result = fail({ kind: "server" });
        });
      } catch {
        // The connection dropped: whatever arrived before `done` is not the answer.
      }
      return result;
    },

    /** XMLHttpRequest, not fetch: only it reports upload progress. */
    upload(sessionId: string, file: File, onProgress: (fraction: number) => void) {
      return new Promise<Result<UploadResponse>>((resolve) => {
        const xhr = new XMLHttpRequest();
        const form = new FormData();
        form.append("sessionId", sessionId);
        form.append("file", file);
        xhr.open("POST", url("upload"));
        xhr.setRequestHeader(VERSION_KEY_HEADER, sessionId);
        xhr.responseType = "json";
        xhr.timeout = 120_000;
        xhr.upload.onprogress = (event) => {
          if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
        };
        xhr.onload = () => {
          const body = xhr.response as UploadResponse | ErrorBody | null;
          if (xhr.status === 201 && body && "upload" in body) return resolve(ok(body));
          const retryAfter = Number(xhr.getResponseHeader("Retry-After"));
          resolve(fail(classify(xhr.status, body && "error" in body ? body.error.code : "", retryAfter)));
        };
        xhr.onerror = () => resolve(fail({ kind: "network" }));
        xhr.ontimeout = () => resolve(fail({ kind: "network" }));
        xhr.send(form);
      });
    },
  };
}

export type Api = ReturnType<typeof createApi>;

async function failureOf(response: Response): Promise<Failure> {
  let code = "";
  try {
    code = ((await response.json()) as ErrorBody).error.code;
  } catch {
    // Not our JSON (a proxy's page): the status decides.
  }
  return classify(response.status, code, Number(response.headers.get("Retry-After")));
}

function classify(status: number, code: string, retryAfter: number): Failure {
  if (status === 0) return { kind: "network" };
  if (status === 429) {
    const seconds = Number.isFinite(retryAfter) && retryAfter > 0 ? Math.ceil(retryAfter) : 10;
    return { kind: "rate_limited", retryAfterSeconds: Math.min(seconds, 120) };
  }
  if (status >= 500 || status < 400) return { kind: "server" };
  return { kind: "refused", status, code };
}
