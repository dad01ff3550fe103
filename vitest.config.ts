import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Browser tests (test/e2e) run against the built app (dist/) and skip themselves, saying why,
    // when chromium or the build is missing; .ci/run installs chromium so CI runs them.
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["dist/**", "node_modules/**"],
    testTimeout: 20_000,
  },
});
