import { afterEach, describe, expect, it } from "vitest";
import { main } from "../src/index.js";
import { example } from "./support/examples.js";
import {
  emulatorWith,
  FAST_DELIVERY,
  postWebhook,
  relayWith,
  runCleanup,
} from "./support/relay.js";

const DEV = "11111111aaaaaaaa11111111aaaaaaaa";
const OPS = "22222222bbbbbbbb22222222bbbbbbbb";

afterEach(runCleanup);

function issueIn(repository: string, number: number) {
  const payload = example("issues", "opened");
  const [owner = "", name = ""] = repository.split("/");
  payload.repository.full_name = repository;
  payload.repository.name = name;
  payload.repository.owner.login = owner;
  payload.issue.number = number;
  return payload;
}

async function failed(url: string) {
  const body = (await fetch(`${url}/api/deliveries?state=failed`).then((r) => r.json())) as {
    deliveries: { seq: number; route: string; error: string; attempts: number }[];
  };
  return body.deliveries;
}

describe("routes", () => {
  it("send each repository's events to the flows whose globs and event filters take them", async () => {
    const { emulator, messages } = await emulatorWith([
      { name: "dev", token: DEV },
      { name: "ops", token: OPS },
    ]);
    const relay = await relayWith(
      `api_url: ${emulator.apiUrl}
${FAST_DELIVERY}
routes:
  - repositories: ["octo-org/*"]
    events: [issues]
    flow_token_env: DEV
    tags: [dev]
  - repositories: ["*/*"]
    events: [issues, pull_request]
    flow_token_env: OPS
`,
      { DEV, OPS },
    );
    expect((await postWebhook(relay.url, "issues", issueIn("octo-org/api", 1))).status).toBe(202);
    expect((await postWebhook(relay.url, "issues", issueIn("Octo-Org/web", 2))).status).toBe(202);
    expect((await postWebhook(relay.url, "issues", issueIn("someone/else", 3))).status).toBe(202);
    // Only the second route takes pull requests; no route takes stars.
    const pr = example("pull_request", "opened");
    expect((await postWebhook(relay.url, "pull_request", pr)).status).toBe(202);
    const comment = await postWebhook(
      relay.url,
      "issue_comment",
      example("issue_comment", "created"),
    );
    expect(await comment.json()).toMatchObject({ reason: "no route takes it" });

    await messages(2, ["dev"]);
    await messages(4, ["ops"]);
    const ids = (flow: string) =>
      emulator
        .threads(flow)
        .map((t) => t.external_thread_id)
        .sort();
    expect(ids("dev")).toEqual(["github:Octo-Org/web:issue:2", "github:octo-org/api:issue:1"]);
    expect(ids("ops")).toEqual([
      "github:Codertocat/Hello-World:pull:2",
      "github:Octo-Org/web:issue:2",
      "github:octo-org/api:issue:1",
      "github:someone/else:issue:3",
    ]);
    // Each route's own mapping options: only the dev flow's messages carry its tag.
    expect(emulator.threads("dev").flatMap((t) => t.messages.map((m) => m.tags))).toEqual([
      ["dev"],
      ["dev"],
    ]);
    expect(emulator.threads("ops").flatMap((t) => t.messages.flatMap((m) => m.tags))).toEqual([]);
  });

  it("turn off a route loudly when Flowdock answers 410, dead-letter its messages, and keep the others going", async () => {
    const logLines: string[] = [];
    const { emulator, messages } = await emulatorWith([
      { name: "dev", token: DEV },
      { name: "ops", token: OPS },
    ]);
    const relay = await relayWith(
      `api_url: ${emulator.apiUrl}\n${FAST_DELIVERY}\nroutes:\n  - repositories: ["*/*"]\n    flow_token_env: DEV\n  - repositories: ["*/*"]\n    flow_token_env: OPS\n`,
      { DEV, OPS },
      { logLines },
    );
    emulator.removeSource(DEV);
    await postWebhook(relay.url, "issues", issueIn("octo-org/api", 1));
    await postWebhook(relay.url, "issues", issueIn("octo-org/api", 2));
    await messages(2, ["ops"]);
    await expect.poll(async () => (await failed(relay.url)).length).toBe(2);
    const dead = await failed(relay.url);
    expect(dead.map((d) => d.route)).toEqual(["routes[0]", "routes[0]"]);
    expect(dead[0]?.error).toMatch(/FlowdockSourceGoneError.*410/);
    // After the 410 the route is off: the second message is not even tried.
    expect(dead[1]).toMatchObject({ attempts: 0 });
    expect(dead[1]?.error).toContain("route turned off");
    expect(emulator.flows().find((f) => f.name === "dev")?.messages).toBe(0);
    // Said once, loudly, with the route — and never with its token.
    const loud = logLines
      .map((line) => JSON.parse(line))
      .filter((l) => /ROUTE TURNED OFF/.test(l.msg));
    expect(loud).toHaveLength(1);
    expect(loud[0]).toMatchObject({
      level: "error",
      route: "routes[0]",
      flow: "env:DEV",
      status: 410,
    });
    expect(logLines.join("")).not.toContain(DEV);
  });

  it("dead-letter a message that still fails after its retries, and deliver it once redriven without undoing the thread's newer state", async () => {
    const { emulator, messages } = await emulatorWith([{ name: "dev", token: DEV }]);
    const relay = await relayWith(
      `api_url: ${emulator.apiUrl}\ndelivery: { retries: 1, min_delay_ms: 1, max_delay_ms: 2 }\nroutes:\n  - repositories: ["*/*"]\n    flow_token_env: DEV\n`,
      { DEV },
    );
    await fetch(`${emulator.apiUrl}/api/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ status: 503, times: 2 }),
    });
    await postWebhook(relay.url, "issues", issueIn("octo-org/api", 7));
    await expect.poll(async () => (await failed(relay.url)).length).toBe(1);
    expect((await failed(relay.url))[0]).toMatchObject({ attempts: 2 });
    expect((await failed(relay.url))[0]?.error).toMatch(/gave up after 2 attempts: HTTP 503/);
    // The issue is closed before its opening is redriven (no example closes an issue: one is made).
    const closed = issueIn("octo-org/api", 7);
    Object.assign(closed, { action: "closed" });
    Object.assign(closed.issue, { state: "closed", closed_at: closed.issue.updated_at });
    await postWebhook(relay.url, "issues", closed);
    await messages(1);
    const statusOf = () => emulator.threads("dev")[0]?.thread.status?.value;
    expect(statusOf()).toBe("closed");

    const out: string[] = [];
    const code = await main({
      argv: ["redrive", "--data", relay.dataDir],
      env: {},
      stdout: { write: (text: string) => out.push(text) },
      stderr: { write: (text: string) => out.push(text) },
      onSignal() {},
    });
    expect(code).toBe(0);
    expect(out.join("")).toBe("1 message queued again\n");
    await messages(2);
    expect(await failed(relay.url)).toEqual([]);
    const [thread, ...others] = emulator.threads("dev");
    expect(others).toEqual([]);
    expect(thread?.external_thread_id).toBe("github:octo-org/api:issue:7");
    expect(thread?.messages.map((m) => m.title)).toEqual(["closed issue", "opened issue"]);
    expect(statusOf()).toBe("closed");
  });
});
