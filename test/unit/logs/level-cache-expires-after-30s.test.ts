import { expect, it } from "vitest";
import type { LogLevel } from "../../../src/observability/levels";
import {
  consoleLevel,
  LEVEL_CACHE_MS,
  minimumLevel,
  rememberLevel,
} from "../../../src/observability/log-level";

it("an isolate reuses the level for 30 s, then asks the object again; a newer local change wins a race", async () => {
  const asked: number[] = [];
  const objectSays = (level: LogLevel) => async () => {
    asked.push(1);
    return level;
  };
  const t0 = 1_000_000;
  rememberLevel("warn", undefined, t0);

  expect(await minimumLevel(objectSays("debug"), t0 + LEVEL_CACHE_MS - 1)).toBe("warn");
  expect(asked).toHaveLength(0);
  expect(await minimumLevel(objectSays("debug"), t0 + LEVEL_CACHE_MS)).toBe("debug");
  expect(asked).toHaveLength(1);
  expect(consoleLevel()).toBe("debug");

  // The object answers with an old value while this isolate handles a change: the change stays.
  const t1 = t0 + 3 * LEVEL_CACHE_MS;
  let answer: (level: LogLevel) => void = () => {};
  const slow = minimumLevel(() => new Promise<LogLevel>((resolve) => (answer = resolve)), t1);
  // Meanwhile another request does not pile a second call on the object.
  expect(await minimumLevel(objectSays("info"), t1)).toBe("debug");
  expect(asked).toHaveLength(1);
  rememberLevel("error", undefined, t1);
  answer("debug");
  expect(await slow).toBe("error");
  expect(consoleLevel()).toBe("error");
});
