// Types for notify-receivers.mjs: the scenario steps and the control API's shapes, for tests
// written in TypeScript (inside workerd they reach the receivers over HTTP, at NOTIFY_MOCK_CONTROL_URL).

export type ReceiverChannel = "webhook" | "slack" | "discord" | "telegram";

/** Accept (the default without steps): 200 (Discord 204, Telegram `{ ok: true }`). */
export interface OkStep {
  kind: "ok";
}

/** Answer with this status. */
export interface ErrorStep {
  kind: "error";
  status: number;
}

/** Accept the request and never answer (the response is cut after 60 s at most). */
export interface HangStep {
  kind: "hang";
}

/** Drop the connection without an answer (the sender sees a network error). */
export interface ResetStep {
  kind: "reset";
}

export type ReceiverStep = OkStep | ErrorStep | HangStep | ResetStep;

/** `POST /__mock/scenarios`: the steps for `channel`'s requests whose raw body contains `marker`. */
export interface ReceiverScenario {
  marker: string;
  channel: ReceiverChannel;
  steps: ReceiverStep[];
}

/** One request, as `GET /__mock/requests?marker=...&channel=...` returns it. */
export interface ReceivedRequest {
  /** Arrival time, epoch milliseconds. */
  at: number;
  channel: ReceiverChannel;
  path: string;
  headers: {
    "content-type": string | null;
    "user-agent": string | null;
    "x-sti-signature": string | null;
    "x-sti-delivery": string | null;
  };
  /** The body exactly as it arrived (what a signature covers). */
  raw: string;
  /** The status it was answered with, or "hang" or "reset". */
  answer: number | "hang" | "reset";
}

export interface NotifyReceivers {
  /** `http://127.0.0.1:<port>`: receivers under `/webhook`, `/slack/...`, `/discord/...`, `/telegram/bot<token>/...`. */
  url: string;
  close(): Promise<void>;
}

export function startNotifyReceivers(options?: { port?: number }): Promise<NotifyReceivers>;
