import { mapEvent, SUPPORTED_EVENTS } from "@flowdock-kit/github";
import { afterEach, describe, expect, it } from "vitest";
import { expectedThread } from "../../github/test/expected-thread.js";
import { allExamples } from "./support/examples.js";
import {
  emulatorWith,
  FAST_DELIVERY,
  postWebhook,
  relayWith,
  runCleanup,
} from "./support/relay.js";

const TOKEN = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";

afterEach(runCleanup);

describe("every @octokit/webhooks-examples payload through a real relay", () => {
  it("lands each supported event in its item's thread, in order, and acknowledges the rest", async () => {
    const { emulator, messages } = await emulatorWith([{ name: "main", token: TOKEN }]);
    const relay = await relayWith(
      `api_url: ${emulator.apiUrl}\n${FAST_DELIVERY}\nroutes:\n  - repositories: ["*/*"]\n    flow_token_env: FLOWDOCK_TOKEN\n`,
      { FLOWDOCK_TOKEN: TOKEN },
    );
    const expected = new Map<string, string[]>();
    // A job of a run never seen brings no thread state, which Flowdock refuses for a thread it
    // does not know: the relay then creates the thread with the job's own state.
    let created = 0;
    let total = 0;
    let skipped = 0;
    for (const example of allExamples()) {
      const response = await postWebhook(relay.url, example.event, example.payload);
      const answer = (await response.json()) as { message: string };
      if (example.event === "ping") {
        expect(response.status, example.label).toBe(200);
        continue;
      }
      expect(response.status, example.label).toBe(202);
      const mapped = mapEvent(example.event, example.payload);
      const routed =
        SUPPORTED_EVENTS.includes(example.event) &&
        typeof example.payload.repository?.full_name === "string";
      if (!routed) {
        expect(answer.message, example.label).toBe("accepted, nothing to post");
      }
      if (!routed || mapped.skipped) {
        skipped += 1;
        continue;
      }
      // Where each lands comes from github-mapping.md, not from the mapper the relay runs.
      const thread = expectedThread(example);
      for (const message of mapped.messages) {
        const titles = expected.get(thread);
        if (titles === undefined && message.thread === undefined) created += 1;
        expected.set(thread, [...(titles ?? []), message.title]);
        total += 1;
      }
    }
    expect(total).toBeGreaterThan(100);
    expect(skipped).toBeGreaterThan(100);

    await messages(total);
    const threads = emulator.threads("main");
    const got = new Map(
      threads.map((t) => [t.external_thread_id ?? t.id, t.messages.map((m) => m.title)]),
    );
    expect(got).toEqual(expected);
    for (const thread of threads) {
      // Each thread belongs to one repository's item (github:<owner>/<repo>:<kind>:<id>) or list
      // (github:<owner>/<repo>:tags).
      expect(thread.external_thread_id).toMatch(/^github:[^/]+\/[^:]+:[a-z-]+(:\S+)?$/);
    }
    expect(created).toBeGreaterThan(0);
    const failed = (await fetch(`${relay.url}/api/deliveries?state=failed&limit=1000`).then((r) =>
      r.json(),
    )) as { deliveries: unknown[] };
    expect(failed.deliveries).toEqual([]);
  });
});
