import type { D1Migration } from "cloudflare:test";

declare global {
  namespace Cloudflare {
    interface Env {
      /** Bound by vitest.config.ts only: the D1 migrations the tests apply. */
      TEST_MIGRATIONS: D1Migration[];
    }
  }
}
