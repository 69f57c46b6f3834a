import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { MockAgent } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TOKEN } from "../test/support/mock-flowdock.js";
import { main } from "./cli.js";
import { createUndiciTransport } from "./undici-transport.js";

const API = "http://flowdock.test";
const OTHER_API = "http://other.test";
const ENV = { FLOWDOCK_FLOW_TOKEN: TOKEN, FLOWDOCK_API_URL: API };

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "flowdock-send-"));
  await writeFile(
    join(dir, "notes.md"),
    "# Notes\n\n- fixed **flux**\n- <script>alert(1)</script>\n",
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Reply {
  status: number;
  body?: unknown;
  origin?: string;
}

/** Runs the CLI with its own streams and a MockAgent answering `replies` in turn. */
async function run(
  argv: string[],
  {
    env = ENV,
    stdin = "",
    replies = [],
  }: { env?: Record<string, string>; stdin?: string; replies?: Reply[] } = {},
) {
  const agent = new MockAgent();
  agent.disableNetConnect();
  const sent: { origin: string; body: Record<string, unknown>; headers: Record<string, string> }[] =
    [];
  for (const { status, body = {}, origin = API } of replies) {
    agent
      .get(origin)
      .intercept({ path: "/messages", method: "POST" })
      .reply((request) => {
        sent.push({
          origin,
          body: JSON.parse(String(request.body)) as Record<string, unknown>,
          headers: request.headers as Record<string, string>,
        });
        return { statusCode: status, data: typeof body === "string" ? body : JSON.stringify(body) };
      });
  }
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdin: Readable.from([stdin]),
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env,
    transport: createUndiciTransport({ dispatcher: agent }),
  });
  await agent.close();
  // Whatever happened, the token is never printed.
  expect(stdout + stderr).not.toContain(TOKEN);
  return { code, stdout, stderr, sent };
}

const minimal = ["--title", "deployed api", "--thread-id", "deploy:api"];

describe("flowdock-send: building the message", () => {
  it("maps every message flag onto the wire message", async () => {
    const { code, stdout, sent } = await run([
      ...["--title", "deployed <api>", "--thread-id", "deploy:api"],
      ...["--thread-title", "Deploy api", "--status", "green:healthy: all good"],
      ...["--field", "Env=prod", "--field", "Version=1.4.2=final", "--url", "https://ci.example/1"],
      ...[
        "--tag",
        "deploy",
        "--tag",
        "prod",
        "--author",
        "Build Bot",
        "--avatar",
        "https://ci.example/a.png",
      ],
      ...["--body", "done & dusted", "--uuid", "deploy-api-1", "--dry-run"],
    ]);
    expect(code).toBe(0);
    expect(sent).toHaveLength(0);
    expect(JSON.parse(stdout)).toEqual({
      event: "activity",
      title: "deployed &lt;api&gt;",
      body: "done &amp; dusted",
      author: { name: "Build Bot", avatar: "https://ci.example/a.png" },
      external_thread_id: "deploy:api",
      thread: {
        title: "Deploy api",
        external_url: "https://ci.example/1",
        status: { color: "green", value: "healthy: all good" },
        fields: [
          { label: "Env", value: "prod" },
          { label: "Version", value: "1.4.2=final" },
        ],
      },
      tags: ["deploy", "prod"],
      uuid: "deploy-api-1",
    });
  });

  it("renders --body-file as Markdown, escaping raw HTML", async () => {
    const { stdout } = await run([...minimal, "--body-file", join(dir, "notes.md"), "--dry-run"]);
    const { body } = JSON.parse(stdout) as { body: string };
    expect(body).toContain("<h1>Notes</h1>");
    expect(body).toContain("<strong>flux</strong>");
    expect(body).not.toContain("<script>");
  });

  it("reads --body-file - from stdin", async () => {
    const { stdout } = await run([...minimal, "--body-file", "-", "--dry-run"], {
      stdin: "*shipped*",
    });
    expect(JSON.parse(stdout).body).toBe("<p><em>shipped</em></p>");
  });

  it("builds a discussion with the default title", async () => {
    const { code, stdout } = await run(
      ["--event", "discussion", "--thread-id", "deploy:api", "--body", "looks good", "--dry-run"],
      { env: {} },
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      event: "discussion",
      title: "commented",
      body: "looks good",
    });
  });

  it("uses --title as the thread title when a thread is described without one", async () => {
    const { stdout } = await run([...minimal, "--status", "red:failed", "--dry-run"]);
    expect(JSON.parse(stdout).thread).toEqual({
      title: "deployed api",
      status: { color: "red", value: "failed" },
    });
  });

  it("--dry-run needs no token and prints none", async () => {
    const json = JSON.stringify({
      flow_token: TOKEN,
      event: "activity",
      title: "hi",
      author: { name: "a" },
      external_thread_id: "x",
    });
    const { code, stdout, sent } = await run(["--json", "-", "--dry-run"], {
      env: {},
      stdin: json,
    });
    expect(code).toBe(0);
    expect(sent).toHaveLength(0);
    expect(JSON.parse(stdout)).not.toHaveProperty("flow_token");
  });

  it("prints help and the version", async () => {
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: flowdock-send");
    expect(help.stdout).toContain("--body-file");
    const version = await run(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("flowdock-send: usage errors exit 2", () => {
  it.each([
    [["--bogus"], "Unknown option"],
    [["--title"], "argument missing"],
    [["--title", "x"], "--thread-id is required"],
    [["--thread-id", "x"], "--title is required"],
    [["extra", ...minimal], "positional"],
    [[...minimal, "--event", "comment"], "--event must be activity or discussion"],
    [[...minimal, "--status", "green"], "--status must be COLOR:VALUE"],
    [[...minimal, "--status", "gray:open"], "--status colour must be one of"],
    [[...minimal, "--field", "Env"], "--field must be LABEL=VALUE"],
    [[...minimal, "--body", "a", "--body-file", "b.md"], "not both"],
    [[...minimal, "--body-file", "/nonexistent/notes.md"], "cannot read"],
    [[...minimal, "--retries", "many"], "--retries must be a whole number"],
    [[...minimal, "--timeout", "0"], "--timeout must be a whole number from 1 to 600000"],
    [[...minimal, "--timeout", "3000000000"], "--timeout must be a whole number from 1 to 600000"],
    [[...minimal, "--retries", "99999999999"], "--retries must be a whole number from 0 to 10"],
    [[...minimal, "--proxy", "http://u:x@[bad"], "--proxy must be a URL"],
    [[...minimal, "--url", "javascript:alert(1)"], "thread.external_url"],
    [["--event", "discussion", "--thread-id", "x"], "needs --body"],
    [["--json", "-", "--title", "x"], "--json takes the whole message"],
    [[...minimal, "--api-url", "ftp://flowdock.test"], "apiUrl must be an http(s) URL"],
  ])("%j", async (argv, expected) => {
    const { code, stderr, sent } = await run(argv, { replies: [{ status: 202 }] });
    expect(code).toBe(2);
    expect(stderr).toContain(expected);
    expect(sent).toHaveLength(0);
  });

  it.each([
    ["--flow-token T T", ["--flow-token", TOKEN, TOKEN, ...minimal], ENV],
    ["--flow-token=T T", [`--flow-token=${TOKEN}`, TOKEN, ...minimal], ENV],
    ["a token from the environment", [...minimal, TOKEN], ENV],
    ["--flow-token T --flow-token U", ["--flow-token", TOKEN, "--flow-token", "x", TOKEN], {}],
  ])("redacts the token from the parser's own error (%s)", async (_case, argv, env) => {
    const { code, stderr } = await run(argv, { env });
    expect(code).toBe(2);
    expect(stderr).toContain("Unexpected argument '[REDACTED]'");
  });

  it("redacts a token from --json FILE out of the parser's error", async () => {
    const file = join(dir, "with-token.json");
    await writeFile(file, JSON.stringify({ flow_token: TOKEN, event: "activity" }));
    const { code, stderr } = await run(["--json", file, TOKEN], { env: { FLOWDOCK_API_URL: API } });
    expect(code).toBe(2);
    expect(stderr).toContain("Unexpected argument '[REDACTED]'");
  });

  it("redacts a --proxy password out of the parser's error", async () => {
    const { code, stderr } = await run(
      [...minimal, "--proxy", "http://u:pr0xy-pw-77@127.0.0.1:9", "pr0xy-pw-77"],
      { env: ENV },
    );
    expect(code).toBe(2);
    expect(stderr).not.toContain("pr0xy-pw-77");
  });

  it("without a token", async () => {
    const { code, stderr } = await run(minimal, { env: {} });
    expect(code).toBe(2);
    expect(stderr).toContain("FLOWDOCK_FLOW_TOKEN");
  });
});

describe("flowdock-send: sending", () => {
  it("sends with the token and URL from the environment and exits 0", async () => {
    const { code, stdout, sent } = await run(minimal, { replies: [{ status: 202 }] });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^sent \(HTTP 202, 1 attempt, uuid [0-9a-f-]{36}\)\n$/);
    expect(sent[0]?.body).toMatchObject({ flow_token: TOKEN, title: "deployed api" });
  });

  it("prefers --flow-token and --api-url to the environment", async () => {
    const mine = "0000111122223333444455556666777f";
    const { code, sent } = await run([...minimal, "--flow-token", mine, "--api-url", OTHER_API], {
      replies: [{ status: 202, origin: OTHER_API }],
    });
    expect(code).toBe(0);
    expect(sent[0]).toMatchObject({ origin: OTHER_API, body: { flow_token: mine } });
  });

  it("--wait asks for the ids and prints them", async () => {
    const { stdout, sent } = await run([...minimal, "--wait"], {
      replies: [{ status: 200, body: { id: 99, thread_id: "th1" } }],
    });
    expect(sent[0]?.headers["x-flowdock-wait-for-message"]).toBe("true");
    expect(stdout).toContain("message 99, thread th1");
  });

  it("sends a whole message from --json - (stdin), using its token when none is given", async () => {
    const json = JSON.stringify({
      flow_token: TOKEN,
      event: "activity",
      title: "from json",
      author: { name: "ci" },
      external_thread_id: "json:1",
    });
    const { code, sent } = await run(["--json", "-"], {
      env: { FLOWDOCK_API_URL: API },
      stdin: json,
      replies: [{ status: 202 }],
    });
    expect(code).toBe(0);
    expect(sent[0]?.body).toMatchObject({ flow_token: TOKEN, title: "from json" });
  });

  it("sends a whole message from --json FILE", async () => {
    const file = join(dir, "message.json");
    await writeFile(
      file,
      JSON.stringify({
        event: "activity",
        title: "from a file",
        author: { name: "ci" },
        thread_id: "flowdock-thread-9",
      }),
    );
    const { code, sent } = await run(["--json", file, "--uuid", "run-77"], {
      replies: [{ status: 202 }],
    });
    expect(code).toBe(0);
    expect(sent[0]?.body).toMatchObject({
      title: "from a file",
      thread_id: "flowdock-thread-9",
      uuid: "run-77",
    });
  });

  it("exits 1 when the server refuses the message, listing its reasons", async () => {
    const { code, stderr } = await run(minimal, {
      replies: [
        {
          status: 400,
          body: { message: "Validation error", errors: { title: ["can't be blank"] } },
        },
      ],
    });
    expect(code).toBe(1);
    expect(stderr).toContain("Flowdock rejected the message (HTTP 400)");
    expect(stderr).toContain("  title: can't be blank");
  });

  it("exits 1 when the token is not accepted, even if the server echoes it", async () => {
    const { code, stderr } = await run(minimal, {
      replies: [{ status: 404, body: { message: `unknown token ${TOKEN}` } }],
    });
    expect(code).toBe(1);
    expect(stderr).toContain("the flow token was not accepted");
  });

  it("exits 1 after the retries, saying each one on stderr", async () => {
    const { code, stderr } = await run([...minimal, "--retries", "1"], {
      replies: [{ status: 503, body: `busy ${TOKEN}` }, { status: 503 }],
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/attempt 1 failed \(HTTP 503: busy \[REDACTED\]\); retrying in \d+ ms/);
    expect(stderr).toContain("gave up after 2 attempts: HTTP 503");
  });

  it("--timeout bounds each attempt", async () => {
    const agent = new MockAgent();
    agent.disableNetConnect();
    agent.get(API).intercept({ path: "/messages", method: "POST" }).reply(202, {}).delay(5000);
    let stderr = "";
    const code = await main([...minimal, "--timeout", "50", "--retries", "0"], {
      stdin: Readable.from([]),
      stdout: { write: () => true },
      stderr: { write: (text: string) => (stderr += text) },
      env: ENV,
      transport: createUndiciTransport({ dispatcher: agent }),
    });
    await agent.close();
    expect(code).toBe(1);
    expect(stderr).toContain("gave up after 1 attempt: no answer within 50 ms");
  });

  it("prints no piece of a token from --json that is not JSON", async () => {
    // JSON.parse quotes the text around the mistake, here the start of the token.
    const { code, stderr } = await run(["--json", "-"], {
      env: { FLOWDOCK_API_URL: API },
      stdin: `{"flow_token":${TOKEN}}`,
    });
    expect(code).toBe(1);
    expect(stderr).toContain("is not JSON");
    expect(stderr).not.toContain(TOKEN.slice(0, 6));
  });

  it.each([
    ["from the environment", ENV, {}],
    ["only in the file", { FLOWDOCK_API_URL: API }, { flow_token: TOKEN }],
  ])("keeps the token (%s) out of a validation error about --json", async (_where, env, extra) => {
    const { code, stderr, sent } = await run(["--json", "-"], {
      env,
      stdin: JSON.stringify({ ...extra, event: TOKEN, title: "x", author: { name: "ci" } }),
    });
    expect(code).toBe(1);
    expect(stderr).toContain("event:");
    expect(sent).toHaveLength(0);
  });

  it("exits 1 for --json that is not JSON or not a valid message", async () => {
    const notJson = await run(["--json", "-"], { stdin: "{nope" });
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toContain("is not JSON");
    const invalid = await run(["--json", "-"], { stdin: JSON.stringify({ event: "activity" }) });
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain("title: is required");
    expect(invalid.sent).toHaveLength(0);
  });
});
