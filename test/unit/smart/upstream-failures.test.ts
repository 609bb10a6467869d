import { expect, it } from "vitest";
import {
  ANSWER_FAILURES,
  type FailureKind,
  failsUpstream,
  UPSTREAM_FAILURES,
} from "../../../src/lib/smart/failures";

it("the breaker counts the service's failures and never an answer a user could have caused", () => {
  const verdicts = Object.fromEntries(
    [...UPSTREAM_FAILURES, ...ANSWER_FAILURES].map((failure: FailureKind) => [
      failure,
      failsUpstream({ ok: false, failure }),
    ]),
  );
  expect(verdicts).toEqual({
    timeout: true,
    rate_limited: true,
    server_error: true,
    connection: true,
    malformed: true,
    client_error: false,
    off_schema: false,
    empty: false,
    rejected: false,
  });
  expect(failsUpstream({ ok: true })).toBe(false);
});
