import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

export default defineConfig(async () => {
  const migrations = await readD1Migrations("migrations");
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: "./wrangler.toml" },
        miniflare: {
          // Tests read the production migrations through this binding (see test/apply-migrations.ts).
          bindings: { TEST_MIGRATIONS: migrations, LOG_TOKEN: "test-admin-token" },
        },
      }),
    ],
    test: {
      include: ["test/**/*.test.ts"],
      setupFiles: ["test/apply-migrations.ts"],
    },
  };
});
