import { defineProject } from "vitest/config";

/** The vitest settings every workspace shares; each package's vitest.config.ts names itself. */
export function workspaceProject(name: string, overrides: { testTimeout?: number } = {}) {
  return defineProject({
    test: {
      name,
      include: ["src/**/*.test.ts", "test/**/*.test.ts"],
      typecheck: { enabled: true, include: ["src/**/*.test-d.ts", "test/**/*.test-d.ts"] },
      testTimeout: overrides.testTimeout ?? 10_000,
    },
  });
}
