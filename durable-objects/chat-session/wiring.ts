import { settings } from "../../src/config";
import { clientLimiters } from "../../src/limits/client-limiter";
import { notifyCustomerWaiting, notifyTicketCreated } from "../../src/notifications/producer";
import { LOG_STREAM_OBJECT_NAME } from "../../src/observability/log-shipper";
import { recordOpenAiCall } from "../../src/observability/metrics/isolate";
import { ObjectLog } from "../../src/observability/object-log";
import { BreakerClient } from "../../src/smart/breaker-client";
import { SessionAlarms } from "./alarms";
import { SessionCleanup } from "./cleanup";
import { SessionIndex } from "./index-row";
import { breakerSettings, modelSettings, SmartAssistant, type SmartDependencies } from "./smart-assistant";
import { SessionStorage } from "./storage";
import { TicketWriter } from "./ticket-writer";
import { TurnPipeline } from "./turn-pipeline";
import { CustomerWaitingWatch } from "./waiting-watch";

/**
 * Builds a session object's parts from its bindings and settings, once, in its constructor: the
 * only place in this folder that reads `env`. Each part gets the narrow dependencies it needs.
 */
export function wireSession(ctx: DurableObjectState, env: Env) {
  const { config, secrets } = settings(env);
  const limits = clientLimiters(env);
  const logs = new ObjectLog({
    waitUntil: (p) => ctx.waitUntil(p),
    logStream: () => env.LOG_STREAM.getByName(LOG_STREAM_OBJECT_NAME),
    configuredLevel: config.LOG_LEVEL,
  });
  const store = new SessionStorage(ctx.storage);
  const notifications = {
    queue: env.NOTIFICATIONS,
    deadlineMs: config.NOTIFY_SEND_DEADLINE_MS,
    waitUntil: (p: Promise<unknown>) => ctx.waitUntil(p),
  };
  const tickets = new TicketWriter({
    bucket: env.BUCKET,
    db: env.DB,
    store,
    whatsappNumber: config.WHATSAPP_NUMBER,
    uploadRetentionDays: config.UPLOAD_RETENTION_DAYS,
    signingSecret: secrets.signingSecret,
    deadlineMs: config.STORAGE_DEADLINE_MS,
    notify: (ticket) => notifyTicketCreated(notifications, ticket),
  });
  const waiting = new CustomerWaitingWatch({
    db: env.DB,
    store,
    deadlineMs: config.STORAGE_DEADLINE_MS,
    notify: (event) => notifyCustomerWaiting(notifications, event),
    waitUntil: (p) => ctx.waitUntil(p),
  });
  const index = new SessionIndex(env.DB, config.STORAGE_DEADLINE_MS);
  // Set once the alarms exist; the cleanup only calls it after the storage is gone.
  let onCleared = () => index.forget();
  const cleanup = new SessionCleanup(
    ctx,
    { bucket: env.BUCKET, db: env.DB, deadlineMs: config.STORAGE_DEADLINE_MS },
    store,
    () => onCleared(),
  );
  const alarms = new SessionAlarms(
    ctx,
    {
      bucket: env.BUCKET,
      mirrorTranscripts: config.TRANSCRIPT_MIRROR_ENABLED,
      transcriptRetentionHours: config.TRANSCRIPT_RETENTION_HOURS,
      deadlineMs: config.STORAGE_DEADLINE_MS,
    },
    store,
    index,
    cleanup,
    () => tickets.retry(),
  );
  onCleared = () => {
    index.forget();
    alarms.cleared();
    tickets.needsRetry = false;
  };
  const smart: SmartDependencies = {
    model: modelSettings(config, secrets.openaiApiKey),
    shopName: config.SHOP_NAME,
    breaker: (location) =>
      new BreakerClient(env.CIRCUIT_BREAKER.getByName(location), location, breakerSettings(config)),
    bucket: env.BUCKET,
    smartTurns: limits.smartTurn,
    recordCall: ({ ok, circuitState }) =>
      recordOpenAiCall(
        { version: env.VERSION.id || "unknown", ok, at: Date.now(), circuitState },
        { namespace: env.METRICS, waitUntil: (p) => ctx.waitUntil(p) },
      ),
  };
  const pipeline = new TurnPipeline({
    store,
    tickets,
    settings: {
      rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
      maxMessages: config.SESSION_MAX_MESSAGES,
      shop: { name: config.SHOP_NAME, contact: config.SHOP_CONTACT },
      whatsappNumber: config.WHATSAPP_NUMBER,
    },
    assistant: (location, sessionId, client) => new SmartAssistant(smart, location, sessionId, client),
    newSessions: limits.newSession,
    exclusive: (work) => ctx.blockConcurrencyWhile(work),
    stored: (_sessionId, state, now, customerWrote) => {
      alarms.schedule(now, index.due(state, now) || tickets.needsRetry);
      if (customerWrote) waiting.customerWrote(now);
    },
  });
  return {
    store,
    tickets,
    index,
    alarms,
    cleanup,
    logs,
    pipeline,
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
  };
}
