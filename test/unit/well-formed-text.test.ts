import { describe, expect, it } from "vitest";
import { chatRequestSchema, wellFormed } from "../../src/schemas";

/**
 * Lone surrogates (half of an emoji, e.g. from a client that cut a string) cannot be stored as
 * UTF-8: SQLite turned each into three U+FFFD, R2's text into one. Decided: free text is accepted
 * and each lone surrogate becomes exactly one U+FFFD at the boundary, so every store and copy holds
 * the same well-formed text; pairs (real emoji) are kept.
 */
describe("free text is made well-formed at the boundary", () => {
  it.each([
    ["\ud800", "\ufffd"],
    ["\udc00", "\ufffd"],
    ["a\ud800b", "a\ufffdb"],
    ["\udc00\ud800", "\ufffd\ufffd"],
    ["😀", "😀"],
    ["x😀\ud83dy", "x😀\ufffdy"],
    ["\ud83d\ud83d\ude00", "\ufffd😀"],
    ["ñandú", "ñandú"],
  ])("%j -> %j", (input, output) => {
    expect(wellFormed(input)).toBe(output);
  });

  it("the chat request's message comes out well-formed, its length unchanged", () => {
    const parsed = chatRequestSchema.parse({
      sessionId: "s1",
      message: "mi notebook \ud800 no prende \udfff",
    });
    expect(parsed.message).toBe("mi notebook \ufffd no prende \ufffd");
  });

  it("a message that is only lone surrogates is still a message (not blank)", () => {
    expect(chatRequestSchema.parse({ sessionId: "s1", message: "\ud800" }).message).toBe("\ufffd");
  });
});
