import type { NotificationMessage } from "../../notifications/messages";
import type { RenderedNotification } from "./text";

/**
 * The body each HTTP channel posts, from the rendered text (text.ts). Pure; the channels
 * (src/notifications/channels.ts) send them.
 */

/** Discord refuses `content` over 2,000 characters; Telegram `text` over 4,096. */
export const DISCORD_MAX_CHARS = 2_000;
export const TELEGRAM_MAX_CHARS = 4_096;

/** At most `max` characters (code points), ending in an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

/** Slack reads `&`, `<` and `>` as markup (links, mentions): escaped, as Slack asks. */
const slackEscape = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** A Slack (or Slack-compatible: Mattermost, Rocket.Chat) incoming webhook. */
export const slackBody = (r: RenderedNotification): string => JSON.stringify({ text: slackEscape(r.text) });

/** A Discord webhook; no mention in the text may ping anyone. */
export const discordBody = (r: RenderedNotification): string =>
  JSON.stringify({ content: truncate(r.text, DISCORD_MAX_CHARS), allowed_mentions: { parse: [] } });

/** Telegram's sendMessage, as plain text (no parse mode: nothing in the text needs escaping). */
export const telegramBody = (chatId: string, r: RenderedNotification): string =>
  JSON.stringify({
    chat_id: chatId,
    text: truncate(r.text, TELEGRAM_MAX_CHARS),
    link_preview_options: { is_disabled: true },
  });

/**
 * The generic webhook's JSON: the message itself (ids and times only), its key as `id` (the same
 * on every retry: receivers deduplicate on it, since delivery is at least once), the desk link and
 * the text the other channels send.
 */
export const webhookBody = (id: string, message: NotificationMessage, r: RenderedNotification): string =>
  JSON.stringify({ id, ...message, link: r.link, text: r.text });
