// Starts the built action the way the GitHub Actions runner does: Node 24 running `runs.main` with
// INPUT_<NAME> variables (hyphens kept, defaults from action.yml), the event in a file at
// GITHUB_EVENT_PATH, file commands for outputs and the job summary, and the GITHUB_* context.
// Shared by the end-to-end tests, the cold-start benchmark and the root `npm start` demo.
import { execFile, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

/** The action's folder (action.yml, dist/index.cjs). */
export const actionDir = join(dirname(fileURLToPath(import.meta.url)), "..");

let actionInputs;

/** The file action.yml's `runs.main` names, e.g. `dist/index.cjs`. */
export function actionMain(dir = actionDir) {
  return parse(readFileSync(join(dir, "action.yml"), "utf8")).runs.main;
}

/** Inputs declared in action.yml, with their defaults. */
export function readActionInputs(dir = actionDir) {
  if (dir === actionDir && actionInputs) return actionInputs;
  const { inputs } = parse(readFileSync(join(dir, "action.yml"), "utf8"));
  if (dir === actionDir) actionInputs = inputs;
  return inputs;
}

/** The environment the runner gives the step: INPUT_* from `with:` over action.yml defaults. */
export function runnerEnv({ inputs = {}, context = {}, files, eventName, dir = actionDir }) {
  const env = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? files.temp,
    CI: "true",
    GITHUB_ACTIONS: "true",
    RUNNER_OS: "Linux",
    RUNNER_ARCH: "X64",
    RUNNER_TEMP: files.temp,
    GITHUB_WORKSPACE: files.temp,
    GITHUB_ACTION: "__flowdock-kit_github-flowdock",
    GITHUB_ACTION_PATH: dir,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STATE: files.state,
    GITHUB_REPOSITORY: "octo-org/octo-repo",
    GITHUB_REPOSITORY_OWNER: "octo-org",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_API_URL: "https://api.github.com",
    GITHUB_RUN_ID: "4242424242",
    GITHUB_RUN_NUMBER: "17",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_WORKFLOW: "CI",
    GITHUB_REF: "refs/heads/main",
    GITHUB_REF_NAME: "main",
    GITHUB_SHA: "6dcb09b5b57875f334f61aebed695e2e4193db5e",
    GITHUB_ACTOR: "octocat",
    GITHUB_JOB: "notify",
    ...context,
  };
  const declared = readActionInputs(dir);
  for (const [name, spec] of Object.entries(declared)) {
    const value = name in inputs ? inputs[name] : spec.default;
    if (value !== undefined) env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = String(value);
  }
  // Inputs the action does not declare still reach it, as with the real runner (which warns).
  for (const [name, value] of Object.entries(inputs)) {
    if (!(name in declared)) env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = String(value);
  }
  return env;
}

/** Parses a GITHUB_OUTPUT file (`name<<delimiter` blocks and `name=value` lines). */
export function parseFileCommands(text) {
  const values = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const body = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i]);
      values[name] = body.join("\n");
    } else {
      const equals = line.indexOf("=");
      values[line.slice(0, equals)] = line.slice(equals + 1);
    }
  }
  return values;
}

/**
 * Runs the built action as one step on Node 24 (or `node`) and collects what the runner would see.
 * `payload` is written to GITHUB_EVENT_PATH unless `eventPath` points somewhere of its own.
 */
export async function runAction({
  node,
  eventName,
  payload = {},
  eventPath,
  inputs,
  context,
  dir = actionDir,
  env: extraEnv = {},
  // Kills a step still running after this long; the result then says `killed: true`.
  limitMs,
}) {
  const temp = await mkdtemp(join(tmpdir(), "gh-flowdock-step-"));
  const files = {
    temp,
    event: eventPath ?? join(temp, "event.json"),
    output: join(temp, "output"),
    summary: join(temp, "step_summary"),
    env: join(temp, "env"),
    path: join(temp, "path"),
    state: join(temp, "state"),
  };
  try {
    await Promise.all([
      eventPath ? undefined : writeFile(files.event, JSON.stringify(payload)),
      ...["output", "summary", "env", "path", "state"].map((key) => writeFile(files[key], "")),
    ]);
    const env = { ...runnerEnv({ inputs, context, files, eventName, dir }), ...extraEnv };
    for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
    const { code, stdout, stderr, killed } = await spawnStep(
      node ?? (await requireNode24()),
      [join(dir, actionMain(dir))],
      { cwd: temp, env },
      limitMs,
    );
    const [output, summary] = await Promise.all([
      readFile(files.output, "utf8"),
      readFile(files.summary, "utf8"),
    ]);
    return { code, stdout, stderr, killed, outputs: parseFileCommands(output), summary };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

function spawnStep(command, args, options, limitMs) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let killed = false;
    const limit =
      limitMs === undefined
        ? undefined
        : setTimeout(() => {
            killed = true;
            child.kill("SIGKILL");
          }, limitMs);
    child.stdout.setEncoding("utf8").on("data", (chunk) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(limit);
      resolve({ code, stdout, stderr, killed });
    });
  });
}

/** Runs `fn` over `items` with at most `limit` running at once; results keep the items' order. */
export async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

let node24;

/**
 * The path of a Node 24 binary: this one, or one from the npm registry (`npx -p node@24`), resolved once per process
 * and remembered in the temp folder; `undefined` when it cannot be had.
 */
export async function resolveNode24() {
  if (node24 !== undefined) return node24 || undefined;
  // Already on Node 24 (CI, .node-version): nothing to fetch.
  if (process.versions.node.split(".")[0] === "24") {
    node24 = process.execPath;
    return node24;
  }
  const cache = join(tmpdir(), "flowdock-kit-node24-path");
  const cached = existsSync(cache) ? readFileSync(cache, "utf8").trim() : "";
  if (cached && existsSync(cached) && (await nodeMajor(cached)) === 24) {
    node24 = cached;
    return node24;
  }
  const path = await new Promise((resolve) => {
    execFile(
      "npx",
      ["-y", "-p", "node@24", "node", "-p", "process.execPath"],
      { timeout: 180_000, env: { ...process.env, npm_config_update_notifier: "false" } },
      (error, stdout) => resolve(error ? "" : stdout.trim().split("\n").pop()),
    );
  });
  node24 = path && existsSync(path) && (await nodeMajor(path)) === 24 ? path : "";
  if (node24) await writeFile(cache, node24);
  return node24 || undefined;
}

/** Node 24, as GitHub runs the action (`runs.using: node24`), or an error saying how to get it. */
export async function requireNode24() {
  const path = await resolveNode24();
  if (!path) {
    throw new Error(
      "The action runs on Node 24, and `npx -y -p node@24 node` could not provide it",
    );
  }
  return path;
}

function nodeMajor(path) {
  return new Promise((resolve) => {
    execFile(path, ["-p", "process.versions.node"], (error, stdout) =>
      resolve(error ? 0 : Number(stdout.trim().split(".")[0])),
    );
  });
}
