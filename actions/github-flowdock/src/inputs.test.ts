import { describe, expect, it } from "vitest";
import { InputError } from "./errors.js";
import { readInputs } from "./inputs.js";

const TOKEN = "0123456789abcdef0123456789abcdef";

function inputs(values: Record<string, string>) {
  return readInputs((name) => values[name] ?? "");
}

function inputError(values: Record<string, string>): InputError {
  try {
    inputs(values);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("readInputs", () => {
  it("fills in the documented defaults", () => {
    expect(inputs({ "flow-token": TOKEN })).toEqual({
      flowToken: TOKEN,
      apiUrl: "https://api.flowdock.com",
      fields: [],
      tags: [],
      includeBody: true,
      failOnError: false,
      dryRun: false,
      timeoutMs: 10_000,
      retries: 3,
    });
  });

  it("reads every input", () => {
    const read = inputs({
      "flow-token": TOKEN,
      "api-url": "http://127.0.0.1:8080/",
      status: "Failure",
      colors: "merged=blue, cancelled=yellow",
      fields: "Environment=production\n\n Owner = team=a \n",
      tags: "#deploy, ci release",
      "thread-id": "github:o/r:run:1",
      mentions: "octocat=marty, hubot=@doc\n dependabot[bot] = bots ,",
      "include-body": "false",
      "body-max-length": "500",
      "fail-on-error": "TRUE",
      "dry-run": "yes",
      "timeout-seconds": "2.5",
      retries: "0",
    });
    expect(read).toEqual({
      flowToken: TOKEN,
      apiUrl: "http://127.0.0.1:8080",
      status: "failure",
      colors: { merged: "blue", cancelled: "yellow" },
      fields: [
        { label: "Environment", value: "production" },
        { label: "Owner", value: "team=a" },
      ],
      tags: ["deploy", "ci", "release"],
      threadId: "github:o/r:run:1",
      mentions: { octocat: "marty", hubot: "doc", "dependabot[bot]": "bots" },
      includeBody: false,
      bodyMaxLength: 500,
      failOnError: true,
      dryRun: true,
      timeoutMs: 2500,
      retries: 0,
    });
  });

  it("reads mentions one per line as well, and a login such as `constructor` as any other", () => {
    const { mentions } = inputs({
      "flow-token": TOKEN,
      mentions: "octocat = @marty\r\n\r\nconstructor=builder",
    });
    expect({ ...mentions }).toEqual({ octocat: "marty", constructor: "builder" });
    expect(mentions?.toString).toBeUndefined();
  });

  const secret = `${TOKEN}+/=`;
  it.each([
    ["as a query parameter", `https://example.com/?flow_token=${encodeURIComponent(secret)}`],
    ["in the path", `https://example.com/${secret}/`],
    [
      "percent-encoded",
      `https://example.com/?x=%${secret.charCodeAt(0).toString(16)}${secret.slice(1)}`,
    ],
    ["as flow_token with another value", "https://example.com/?flow_token=something-else"],
  ])("refuses an api-url holding the flow token %s, without quoting it", (_, url) => {
    const error = inputError({ "flow-token": secret, "api-url": url });
    expect(error.input).toBe("api-url");
    expect(error.message).toMatch(/must not hold the flow token/);
    expect(error.message).not.toContain(TOKEN);
  });

  it("keeps a field whose value a workflow expression left empty", () => {
    expect(inputs({ "flow-token": TOKEN, fields: "Version=\nOwner=team" }).fields).toEqual([
      { label: "Version", value: "" },
      { label: "Owner", value: "team" },
    ]);
  });

  it.each([
    [{ "flow-token": "" }, "flow-token", /"flow-token" is required/],
    [{ "api-url": "api.flowdock.com" }, "api-url", /"api-url" is not a URL/],
    [{ "api-url": "ftp://example.com" }, "api-url", /http\(s\) URL/],
    [{ "api-url": "https://user:pw@example.com" }, "api-url", /credentials/],
    [{ status: "passed" }, "status", /success, failure, cancelled.*"passed"/],
    [{ colors: "merged=violet" }, "colors", /"colors" is invalid: .*violet/],
    [{ colors: "merged" }, "colors", /"colors" is invalid/],
    [{ fields: "Env=prod\nno equals sign" }, "fields", /line 2 .*"Label=Value".*"no equals sign"/],
    [{ fields: "=value" }, "fields", /line 1/],
    [{ fields: " = value" }, "fields", /line 1/],
    [{ "include-body": "maybe" }, "include-body", /true or false, got "maybe"/],
    [{ "fail-on-error": "2" }, "fail-on-error", /true or false/],
    [{ "dry-run": "y es" }, "dry-run", /true or false/],
    [{ "timeout-seconds": "0" }, "timeout-seconds", /from 1 to 600, got "0"/],
    [{ "timeout-seconds": "soon" }, "timeout-seconds", /a number/],
    [{ retries: "1.5" }, "retries", /whole number from 0 to 10/],
    [{ retries: "99" }, "retries", /from 0 to 10/],
    [{ "body-max-length": "-3" }, "body-max-length", /at least 1, got "-3"/],
    [
      { mentions: "octocat=marty, hubot" },
      "mentions",
      /entry "hubot": expected "github-login=flowdock-nick"/,
    ],
    [{ mentions: "octocat=" }, "mentions", /entry "octocat=": a Flowdock nick/],
    [{ mentions: "=marty" }, "mentions", /entry "=marty"/],
    [{ mentions: "octo cat=marty" }, "mentions", /entry "octo cat=marty"/],
    [{ mentions: "octocat=marty doc" }, "mentions", /entry "octocat=marty doc"/],
    [{ mentions: "octocat=ma#rty" }, "mentions", /entry "octocat=ma#rty": a Flowdock nick/],
    [{ mentions: "__proto__=x" }, "mentions", /entry "__proto__=x"/],
    [{ mentions: "octocat=a\nOctocat=b" }, "mentions", /"Octocat" is listed twice/],
  ])("names the bad input: %j", (values, name, message) => {
    const error = inputError({ "flow-token": TOKEN, ...values });
    expect(error.input).toBe(name);
    expect(error.message).toContain(`"${name}"`);
    expect(error.message).toMatch(message);
  });
});
