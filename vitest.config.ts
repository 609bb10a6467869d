import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

/**
 * Two projects on the same Worker and the same real local bindings:
 * - `workers`: development settings with an admin token, where almost every test runs;
 * - `production-guard`: ENVIRONMENT=production with no secrets, to prove admin routes fail closed;
 * - `closed-admin`: development with no LOG_TOKEN, where admin routes must be closed, never open.
 */
export default defineConfig(async () => {
  const migrations = await readD1Migrations("migrations");
  const project = (
    name: string,
    include: string[],
    bindings: Record<string, unknown>,
    exclude: string[] = [],
  ) => ({
    plugins: [
      cloudflareTest({
        wrangler: { configPath: "./wrangler.toml" },
        // Tests read the production migrations through TEST_MIGRATIONS (see test/apply-migrations.ts).
        miniflare: { bindings: { TEST_MIGRATIONS: migrations, ...bindings } },
      }),
    ],
    test: { name, include, exclude, setupFiles: ["test/apply-migrations.ts"] },
  });
  return {
    test: {
      projects: [
        project(
          "workers",
          ["test/**/*.test.ts"],
          { LOG_TOKEN: "test-admin-token", SIGNING_SECRET: "test-signing-secret" },
          ["test/production/**", "test/closed-admin/**"],
        ),
        project("closed-admin", ["test/closed-admin/**/*.test.ts"], { LOG_TOKEN: "", SIGNING_SECRET: "" }),
        project("production-guard", ["test/production/**/*.test.ts"], {
          ENVIRONMENT: "production",
          LOG_TOKEN: "",
          SIGNING_SECRET: "",
        }),
      ],
    },
  };
});
