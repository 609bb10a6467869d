import type { D1Migration } from "cloudflare:test";

declare global {
  namespace Cloudflare {
    interface Env {
      /** Bound by vitest.config.ts only: the D1 migrations the tests apply. */
      TEST_MIGRATIONS: D1Migration[];
      /** Bound by vitest.config.ts in the `smart` project only: the OpenAI mock's control API. */
      OPENAI_MOCK_CONTROL_URL?: string;
      /** Bound by vitest.config.ts in the `workers` project: the Access stand-in's URL and audience. */
      ACCESS_TEAM_DOMAIN?: string;
      ACCESS_AUD?: string;
      /** Bound by vitest.config.ts in the `notifications` project only: the channel receivers' control API. */
      NOTIFY_MOCK_CONTROL_URL?: string;
    }
  }
}
