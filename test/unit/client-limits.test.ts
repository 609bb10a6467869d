import { describe, expect, it, vi } from "vitest";
import { CLIENT_LIMITS, clientKey } from "../../src/lib/client-limits";
import { ClientLimiter, type RateLimiter } from "../../src/limits/client-limiter";
import wranglerToml from "../../wrangler.toml?raw";

describe("the key a client is counted under", () => {
  it("is an IPv4 address as it is, and an IPv6 address by its /64", () => {
    expect(clientKey("203.0.113.7")).toBe("203.0.113.7");
    expect(clientKey(" 203.0.113.7 ")).toBe("203.0.113.7");
    expect(clientKey("2001:db8:1:2::5")).toBe("2001:db8:1:2::/64");
    // Another address of the same /64, written in full and in upper case: the same client.
    expect(clientKey("2001:0DB8:0001:0002:ffff:0:0:1")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:db8:1:3::5")).toBe("2001:db8:1:3::/64");
    expect(clientKey("::ffff:198.51.100.4")).toBe("198.51.100.4");
    expect(clientKey("2001:db8::")).toBe("2001:db8:0:0::/64");
  });

  it("is none without an address, or for the machine itself (only ever local)", () => {
    for (const local of [null, undefined, "", "  ", "127.0.0.1", "127.10.0.3", "::1", "::ffff:127.0.0.1"]) {
      expect(clientKey(local), String(local)).toBeNull();
    }
  });

  it("keeps anything else, cut short, so that no value escapes counting", () => {
    expect(clientKey("not-an-address")).toBe("not-an-address");
    expect(clientKey("1.2.3.256")).toBe("1.2.3.256");
    expect(clientKey("1:2:3")).toBe("1:2:3");
    expect(clientKey("x".repeat(200))).toHaveLength(64);
  });
});

describe("the limits as declared", () => {
  it("wrangler.toml declares each limit's binding with the numbers the code and the docs use", () => {
    const declared = wranglerToml
      .split("[[ratelimits]]")
      .slice(1)
      .map((block) => ({
        name: /^name = "([A-Z_]+)"/m.exec(block)?.[1],
        limit: Number(/simple = \{ limit = (\d+), period = (\d+) \}/.exec(block)?.[1]),
        period: Number(/simple = \{ limit = (\d+), period = (\d+) \}/.exec(block)?.[2]),
      }));
    expect(declared).toEqual(
      Object.values(CLIENT_LIMITS).map((l) => ({ name: l.binding, limit: l.limit, period: l.periodSeconds })),
    );
  });
});

describe("a limiter whose binding fails lets the action through, logged", () => {
  /** Stands in for the binding at its boundary only: it answers, throws or never answers. */
  const binding = (mode: "allow" | "deny" | "throw" | "hang"): RateLimiter & { keys: string[] } => {
    const keys: string[] = [];
    return {
      keys,
      limit: async ({ key }) => {
        keys.push(key);
        if (mode === "throw") throw new Error("rate limiter unavailable");
        if (mode === "hang") return new Promise<never>(() => {});
        return { success: mode === "allow" };
      },
    };
  };

  it("answers the binding's verdict, the refusal with the period as the wait", async () => {
    const allow = binding("allow");
    expect(await new ClientLimiter("upload", allow).check("203.0.113.7")).toEqual({ ok: true });
    expect(allow.keys).toEqual(["203.0.113.7"]);
    expect(await new ClientLimiter("upload", binding("deny")).check("203.0.113.7")).toEqual({
      ok: false,
      retryAfterSeconds: 60,
    });
  });

  it("never asks the binding for a client with no key", async () => {
    const deny = binding("deny");
    expect(await new ClientLimiter("newSession", deny).check(null)).toEqual({ ok: true });
    expect(deny.keys).toEqual([]);
  });

  it.each([
    ["throws", binding("throw")],
    ["never answers", binding("hang")],
    ["is missing", undefined],
  ])("allows when the binding %s", async (_label, target) => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const verdict = await new ClientLimiter("smartTurn", target, 20).check("203.0.113.7");
      expect(verdict).toEqual({ ok: true });
      const lines = warn.mock.calls.map((args) => JSON.parse(String(args[0])) as Record<string, unknown>);
      expect(lines).toEqual([
        expect.objectContaining({
          event: "client_limit_unavailable",
          limit: "smartTurn",
          binding: "SMART_TURN_RATE_LIMITER",
        }),
      ]);
      // The address itself is never logged.
      expect(JSON.stringify(lines)).not.toContain("203.0.113.7");
    } finally {
      warn.mockRestore();
    }
  });
});
