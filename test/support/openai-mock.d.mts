// Types for openai-mock.mjs: the scenario steps and the control API's shapes, for tests written
// in TypeScript (inside workerd they only reach the mock over HTTP, at OPENAI_MOCK_CONTROL_URL).

/** A normal answer: JSON, or one stream chunk per word. */
export interface OkStep {
  kind: "ok";
  /** Default: the default behaviour's content (see DEFAULT_ANSWER / DEFAULT_CLASSIFICATION). */
  content?: string;
  /** Wait before the first content chunk (streaming) or before the JSON body. */
  firstTokenDelayMs?: number;
  /** Wait between content chunks (streaming). */
  chunkDelayMs?: number;
}

/** An OpenAI-style error: `{ error: { message, type, param, code } }` with this status. */
export interface ErrorStep {
  kind: "error";
  status: 400 | 429 | 500 | 503;
  /** Seconds, sent as `Retry-After`. */
  retryAfter?: number;
  /** Milliseconds, sent as OpenAI's own `retry-after-ms` header. */
  retryAfterMs?: number;
  message?: string;
}

/** Accepts the request and never answers (the response is cut after 60 s at most). */
export interface HangStep {
  kind: "hang";
}

/** Streams the role chunk and `afterChunks` content chunks (default 2), then drops the connection. */
export interface CloseMidStreamStep {
  kind: "close_mid_stream";
  content?: string;
  afterChunks?: number;
}

/** Status 200 with a body that is not JSON (or `data: {not json` stream lines). */
export interface MalformedStep {
  kind: "malformed";
}

/** Valid JSON content that breaks the classification schema: `{"device":"toaster","problem":42}`. */
export interface OffSchemaStep {
  kind: "off_schema";
}

export type Step = OkStep | ErrorStep | HangStep | CloseMidStreamStep | MalformedStep | OffSchemaStep;

/** `POST /__mock/scenarios`. `marker`: 6 to 64 ASCII letters; registering a marker again replaces its steps. */
export interface Scenario {
  marker: string;
  steps: Step[];
}

/** One completion request, as `GET /__mock/requests?marker=...` returns it. */
export interface RecordedRequest {
  /** Arrival time, epoch milliseconds. */
  at: number;
  path: "/v1/chat/completions";
  headers: { authorization: string | null; "content-type": string | null };
  /** The parsed JSON body (the raw text if it was not JSON). */
  body: unknown;
}

export interface RecordedRequests {
  requests: RecordedRequest[];
}

export interface OpenAiMockOptions {
  /** 0 (default): any free port. */
  port?: number;
  /**
   * Applied to requests no scenario scripted (benchmarks use fixed delays). `content` replaces
   * DEFAULT_ANSWER only: classification calls (with `response_format`) keep DEFAULT_CLASSIFICATION.
   */
  defaults?: { firstTokenDelayMs?: number; chunkDelayMs?: number; content?: string };
}

export interface OpenAiMock {
  /** `http://127.0.0.1:<port>`: the control API lives under `/__mock/`. */
  url: string;
  /** `${url}/v1`, for the `openai` client's `baseURL` (and OPENAI_BASE_URL). */
  baseURL: string;
  close(): Promise<void>;
}

export const MOCK_MODEL: string;
export const DEFAULT_ANSWER: string;
export const DEFAULT_CLASSIFICATION: string;
export const OFF_SCHEMA_CLASSIFICATION: string;

export function startOpenAiMock(options?: OpenAiMockOptions): Promise<OpenAiMock>;
