import { describe, expect, it } from "vitest";
import { parseConfig } from "./config.js";
import { RelayConfigError } from "./errors.js";

const env = { FLOWDOCK_TOKEN_DEV: "tok-dev-123", FLOWDOCK_TOKEN_OPS: "tok-ops-456" };

function problem(text: string, withEnv: Record<string, string> = env): string {
  try {
    parseConfig(text, "relay.yml", { env: withEnv, readFile: () => "tok-file-789\n" });
  } catch (error) {
    expect(error).toBeInstanceOf(RelayConfigError);
    return (error as Error).message;
  }
  throw new Error("the config was accepted");
}

describe("parseConfig", () => {
  it("reads routes, mapping options and tokens from the environment or a file", () => {
    const config = parseConfig(
      `api_url: http://127.0.0.1:9999
routes:
  - name: dev
    repositories: ["octo-org/*", "Octo-Org/special"]
    events: [issues, pull_request]
    flow_token_env: FLOWDOCK_TOKEN_DEV
    colors: "merged=purple"
    fields: ["Team=Platform", { label: On call, value: "@alice" }]
    tags: "#github, relay"
    mentions: { octocat: octo }
    include_body: false
  - repositories: ["*/*"]
    flow_token_file: /run/secrets/ops
`,
      "relay.yml",
      { env, readFile: () => "tok-file-789\n" },
    );
    expect(config.apiUrl).toBe("http://127.0.0.1:9999");
    expect(config.routes.map((r) => [r.label, r.flow])).toEqual([
      ["routes[0] (dev)", "env:FLOWDOCK_TOKEN_DEV"],
      ["routes[1]", "file:/run/secrets/ops"],
    ]);
    expect(config.routes[0]?.mapOptions).toEqual({
      colors: { merged: "purple" },
      fields: [
        { label: "Team", value: "Platform" },
        { label: "On call", value: "@alice" },
      ],
      tags: ["github", "relay"],
      mentions: { octocat: "octo" },
      includeBody: false,
    });
    expect(config.routes[0]?.file.mentions).toEqual({ octocat: "octo" });
    expect(config.routes[0]?.matchesRepository("OCTO-ORG/thing")).toBe(true);
    expect(config.routes[0]?.matchesRepository("other/thing")).toBe(false);
    expect(config.routes[1]?.matchesRepository("anyone/anything")).toBe(true);
    expect([...config.tokens.values()]).toEqual(["tok-dev-123", "tok-file-789"]);
    // The token never appears where a log line or an error could pick it up.
    expect(JSON.stringify(config.routes)).not.toContain("tok-");
  });

  it("takes JSON as well", () => {
    const config = parseConfig(
      JSON.stringify({ routes: [{ repositories: ["a/b"], flow_token_env: "FLOWDOCK_TOKEN_OPS" }] }),
      "relay.json",
      { env },
    );
    expect(config.apiUrl).toBe("https://api.flowdock.com");
    expect(config.delivery.retries).toBe(6);
  });

  it("names the line of each mistake", () => {
    expect(
      problem(`routes:
  - repositories: ["octo-org"]
    events: [issues, pull_requests]
    flow_token_env: FLOWDOCK_TOKEN_DEV
    colours: "merged=purple"
  - repositories: ["*/*"]
    flow_token_env: FLOWDOCK_TOKEN_DEV
    colors: "merged=pink"
`),
    ).toMatchInlineSnapshot(`
      "relay.yml is not a valid relay config:
        line 2: routes[0].repositories[0]: must be "owner/name" (globs allowed, e.g. "octo-org/*" or "*/*")
        line 3: routes[0].events[1]: unknown event "pull_requests"; supported events: issues, issue_comment, pull_request, pull_request_target, pull_request_review, pull_request_review_comment, workflow_run, workflow_job, push, create, delete, release, deployment, deployment_status, check_suite, check_run, status, commit_comment, discussion, discussion_comment
        line 5: routes[0].colours: unknown key
        line 8: routes[1].colors: Invalid colour override "merged=pink": unknown colour "pink"; use one of red, green, yellow, cyan, orange, grey, black, lime, purple, blue"
    `);
  });

  it("keeps delivery ids at least as long as GitHub redelivers", () => {
    expect(
      problem(
        `retention_days: 1\nroutes:\n  - repositories: ["*/*"]\n    flow_token_env: FLOWDOCK_TOKEN_DEV\n`,
      ),
    ).toMatchInlineSnapshot(`
        "relay.yml is not a valid relay config:
          line 1: retention_days: must be at least 3: GitHub redelivers deliveries up to 3 days old"
      `);
  });

  it("refuses a token written into the config, without repeating it", () => {
    const message = problem(`routes:
  - repositories: ["*/*"]
    flow_token: 9f8e7d6c5b4a
`);
    expect(message).toMatchInlineSnapshot(`
      "relay.yml is not a valid relay config:
        line 2: routes[0]: needs flow_token_env (an environment variable) or flow_token_file (a file) holding the flow token
        line 3: routes[0].flow_token: flow tokens never go in the config: name the environment variable (flow_token_env) or the file (flow_token_file) that holds it"
    `);
    expect(message).not.toContain("9f8e7d6c5b4a");
  });

  it("says which token variable is missing, at start", () => {
    expect(
      problem(
        `routes:
  - repositories: ["*/*"]
    flow_token_env: FLOWDOCK_TOKEN_GONE
`,
        {},
      ),
    ).toMatchInlineSnapshot(`
      "relay.yml: flow tokens are missing:
        line 2: routes[0].flow_token_env: the environment variable FLOWDOCK_TOKEN_GONE is not set"
    `);
  });

  it("reports YAML syntax errors with their line", () => {
    expect(problem("routes:\n  - repositories: [a/b\n    flow_token_env: X\n")).toMatch(
      /^relay.yml is not valid YAML or JSON:\n {2}line \d+: /,
    );
    expect(problem("")).toContain("(top level)");
  });

  it("refuses a config whose aliases expand without bound, naming the file", () => {
    const laughs = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (const [n, name] of ["b", "c", "d", "e", "f", "g"].entries()) {
      const prev = "abcdefg"[n];
      laughs.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(", ")}]`);
    }
    expect(problem(`${laughs.join("\n")}\nroutes: [*g]\n`)).toMatch(
      /^relay.yml is not valid YAML or JSON: .*alias/i,
    );
  });

  it("does not repeat a token written where a variable name or a file path goes", () => {
    const value = "abcdef0123456789TOKENVALUE";
    const inEnv = problem(`routes:\n  - repositories: ["*/*"]\n    flow_token_env: ${value}\n`, {});
    expect(inEnv).toContain("line 2: routes[0].flow_token_env: no environment variable");
    expect(inEnv).not.toContain(value);
    let inFile = "";
    try {
      parseConfig(
        `routes:\n  - repositories: ["*/*"]\n    flow_token_file: ${value}\n`,
        "relay.yml",
        {
          readFile: () => {
            throw Object.assign(new Error("gone"), { code: "ENOENT" });
          },
        },
      );
    } catch (error) {
      inFile = (error as Error).message;
    }
    expect(inFile).toContain("line 2: routes[0].flow_token_file: cannot read the file");
    expect(inFile).not.toContain(value);
  });
});
