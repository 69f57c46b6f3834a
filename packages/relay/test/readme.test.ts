import { readFileSync } from "node:fs";
import { SUPPORTED_EVENTS } from "@flowdock-kit/github";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../src/config.js";

// What users copy from the README must work: its config must load, its webhook set-up must name
// every event the relay posts (a missing one is an event nobody receives).
const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

function section(heading: string): string {
  const start = readme.indexOf(`## ${heading}\n`);
  expect(start, `README section "${heading}"`).toBeGreaterThanOrEqual(0);
  const end = readme.indexOf("\n## ", start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

describe("the relay's README", () => {
  it("shows a config the relay loads, with every documented option", () => {
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section("The config"))?.[1];
    expect(yaml).toBeDefined();
    const config = parseConfig(yaml ?? "", "README.md", {
      env: { FLOWDOCK_TOKEN_DEV: "readme-token-dev" },
      readFile: () => "readme-token-ops\n",
    });
    expect(config.routes).toHaveLength(2);
    expect(config.delivery.shutdownGraceMs).toBe(10_000);
    expect(config.retentionDays).toBe(7);
  });

  it("names every event the relay posts where it explains the webhook and the GitHub App", () => {
    const setUp = section("Creating the GitHub webhook");
    // pull_request_target is an Actions trigger: GitHub never sends it to a webhook.
    const webhookEvents = SUPPORTED_EVENTS.filter((event) => event !== "pull_request_target");
    const missing = webhookEvents.filter((event) => !setUp.includes(`\`${event}\``));
    expect(missing).toEqual([]);
    for (const permission of [
      "Issues",
      "Pull requests",
      "Actions",
      "Contents",
      "Deployments",
      "Checks",
      "Commit statuses",
      "Discussions",
    ])
      expect(setUp).toContain(permission);
  });
});
