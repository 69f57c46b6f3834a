import { defineConfig } from "vitest/config";

// Running `npx vitest` at the root runs every workspace's tests as one project each.
export default defineConfig({
  test: {
    projects: ["packages/*", "actions/*", "tools/*"],
  },
});
