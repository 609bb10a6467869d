import { describe, expect, it } from "vitest";
import {
  DeliveryFailure,
  describeFailure,
  MAX_ERROR_CHARS,
  redact,
} from "../../../src/lib/notifications/failure";
import {
  DISCORD_MAX_CHARS,
  discordBody,
  slackBody,
  TELEGRAM_MAX_CHARS,
  telegramBody,
  truncate,
  webhookBody,
} from "../../../src/lib/notifications/payloads";

const rendered = (text: string) => ({
  subject: "s",
  text,
  link: "https://d.example/desk/tickets/STI-20261201-ABCDEF",
});

describe("channel payloads", () => {
  it("Slack gets {text}, with &, < and > escaped as Slack asks", () => {
    expect(JSON.parse(slackBody(rendered("a <b> & c")))).toEqual({ text: "a &lt;b&gt; &amp; c" });
  });

  it("Discord gets {content} within 2,000 characters and pings nobody", () => {
    const body = JSON.parse(discordBody(rendered(`@everyone ${"x".repeat(3_000)}`)));
    expect(Array.from(body.content as string)).toHaveLength(DISCORD_MAX_CHARS);
    expect(body.content.endsWith("…")).toBe(true);
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });

  it("Telegram gets chat_id and plain text within 4,096 characters", () => {
    const body = JSON.parse(telegramBody("-100123", rendered("ñ".repeat(5_000))));
    expect(body.chat_id).toBe("-100123");
    expect(Array.from(body.text as string)).toHaveLength(TELEGRAM_MAX_CHARS);
    expect(body.parse_mode).toBeUndefined();
  });

  it("the webhook gets the message, its key as id, the link and the text", () => {
    const message = {
      kind: "ticket.customer_waiting" as const,
      ticketId: "STI-20261201-ABCDEF",
      at: "2026-12-01T00:00:00.000Z",
    };
    expect(JSON.parse(webhookBody("k", message, rendered("t")))).toEqual({
      id: "k",
      ...message,
      link: "https://d.example/desk/tickets/STI-20261201-ABCDEF",
      text: "t",
    });
  });

  it("truncation counts characters, never splitting an emoji", () => {
    expect(truncate("😀😀😀", 2)).toBe("😀…");
    expect(truncate("abc", 3)).toBe("abc");
  });
});

describe("failure reasons", () => {
  const secrets = ["123456:telegram-token-value", "https://hooks.slack.example/services/T/B/slack-secret"];

  it("lose every URL and every secret, and stay short", () => {
    const text =
      "TypeError: fetch to https://api.telegram.org/bot123456:telegram-token-value/sendMessage failed; " +
      "token 123456:telegram-token-value; slack https://hooks.slack.example/services/T/B/slack-secret?x=1";
    const safe = redact(text, secrets);
    expect(safe).not.toMatch(/https?:|telegram-token-value|slack-secret|hooks\.slack/);
    expect(safe).toContain("[url]");
    expect(safe).toContain("[secret]");
    expect(Array.from(redact("y".repeat(1_000), [])).length).toBe(MAX_ERROR_CHARS);
  });

  it("say HTTP <status> for an answer, and the error's name and message otherwise", () => {
    expect(describeFailure(new DeliveryFailure("HTTP 500"), secrets)).toBe("HTTP 500");
    expect(describeFailure(new TypeError("Network connection lost."), secrets)).toBe(
      "TypeError: Network connection lost.",
    );
    expect(describeFailure("odd", secrets)).toBe("odd");
  });
});
