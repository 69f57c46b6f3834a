// What a start of the built action loads, from Node's own list of the modules it loaded: what it
// carries for rarer work (node:crypto, fs/promises, perf_hooks, the Markdown and zod chunks) must
// stay unloaded on the common path, and still work when it is needed.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Emulator, startEmulator } from "@flowdock-kit/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { example } from "../scripts/examples.mjs";
import { resolveNode24, runAction } from "../scripts/simulate-runner.mjs";
import { commands } from "./runner-checks.js";

const TOKEN = "start-up-00112233445566778899aabbccddeeff";
let emulator: Emulator;
let temp: string;

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    host: "127.0.0.1",
    flows: [{ name: "main", token: TOKEN }],
  });
  temp = await mkdtemp(join(tmpdir(), "gh-flowdock-start-up-"));
  // Preloaded with NODE_OPTIONS (the runner sets none): writes the list when the step exits.
  await writeFile(join(temp, "empty.mjs"), "");
  // Fault injection: every Set refuses "activity", so the generated parser and zod both refuse the
  // message's event. The action's mapper never builds an invalid message, so this is the only way
  // to reach zod in the built file.
  await writeFile(
    join(temp, "refuse-activity.cjs"),
    `const has = Set.prototype.has; Set.prototype.has = function (v) { return v === "activity" ? false : has.call(this, v); };`,
  );
  await writeFile(
    join(temp, "record-modules.cjs"),
    `process.on("exit", () => require("node:fs").writeFileSync(process.env.MODULE_LIST, process.moduleLoadList.join("\\n")));`,
  );
});

afterAll(async () => {
  await emulator?.close();
  await rm(temp, { recursive: true, force: true });
});

/** Runs the action on `payload` and returns the step with the built-in modules it loaded. */
async function start(node: string, payload: object, name: string, preload: string[] = []) {
  const list = join(temp, `${name}.modules`);
  const requires = ["record-modules.cjs", ...preload].map(
    (file) => `--require "${join(temp, file)}"`,
  );
  const step = await runAction({
    node,
    eventName: "issues",
    payload,
    inputs: { "flow-token": TOKEN, "api-url": emulator.apiUrl },
    env: { NODE_OPTIONS: requires.join(" "), MODULE_LIST: list },
  });
  expect(step.code, `${step.stdout}\n${step.stderr}`).toBe(0);
  expect(step.outputs.ok).toBe("true");
  const [loaded, before] = await Promise.all([recorded(list), baseline(node)]);
  // Only what the action itself loaded, beyond what Node loads for any ESM entry point.
  return {
    step,
    loaded: (name: string) =>
      loaded.has(`NativeModule ${name}`) && !before.has(`NativeModule ${name}`),
  };
}

function postedFor(threadId: string) {
  const thread = emulator.threads("main").find((t) => t.external_thread_id === threadId);
  if (!thread) throw new Error(`no thread ${threadId}`);
  return thread;
}

const recorded = async (list: string) =>
  new Set(
    (await readFile(list, "utf8")).split("\n").filter((line) => line.startsWith("NativeModule ")),
  );

const baselines = new Map<string, Promise<Set<string>>>();

/** What Node loads for an empty ESM entry point (Node 20's ESM loader itself uses fs/promises). */
function baseline(node: string): Promise<Set<string>> {
  let modules = baselines.get(node);
  if (!modules) {
    const list = join(temp, `baseline-${baselines.size}.modules`);
    modules = new Promise<void>((resolve, reject) =>
      execFile(
        node,
        ["--require", join(temp, "record-modules.cjs"), join(temp, "empty.mjs")],
        { env: { PATH: process.env.PATH, MODULE_LIST: list } },
        (error) => (error ? reject(error) : resolve()),
      ),
    ).then(() => recorded(list));
    baselines.set(node, modules);
  }
  return modules;
}

const nodes = [
  { name: "Node 20", path: async () => process.execPath },
  { name: "Node 24", path: resolveNode24 },
];

describe.each(nodes)("$name", ({ name, path }) => {
  it("posts a plain issue without loading node:crypto, fs/promises, perf_hooks or compiling a chunk (Markdown, zod)", async (context) => {
    const node = await path();
    if (!node) context.skip(`${name} is not available`);
    const payload = example("issues", "opened");
    payload.issue.number = name === "Node 20" ? 9020 : 9024;
    const { step, loaded } = await start(node as string, payload, `${name}-plain`);
    // Windows runners have no /dev/urandom: there the ids come from node:crypto.
    const unloaded = ["internal/fs/promises", "perf_hooks", "vm"];
    if (process.platform !== "win32") unloaded.push("crypto");
    for (const module of unloaded) expect(loaded(module), `${module} was loaded`).toBe(false);
    // Still a random v4 uuid on the message, and the outputs' delimiters did their work.
    const thread = postedFor(step.outputs["thread-id"] ?? "");
    expect(thread.messages.at(-1)?.uuid).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(JSON.parse(step.outputs.payload ?? "").thread.title).toBe(payload.issue.title);
    expect(step.summary).toContain("posted in 1 attempt");
  });

  it("compiles the Markdown chunk for a body with Markdown, and renders it safely", async (context) => {
    const node = await path();
    if (!node) context.skip(`${name} is not available`);
    // A real payload whose body has the Markdown a plain-text example lacks.
    const payload = example("issues", "opened");
    payload.issue.number = name === "Node 20" ? 9120 : 9124;
    payload.issue.body = [
      "Steps to **reproduce**:",
      "",
      "- open `README.md`",
      "- [click here](javascript:alert(1))",
      "",
      "| before | after |",
      "| --- | --- |",
      "| commmit | commit |",
    ].join("\r\n");
    const { step, loaded } = await start(node as string, payload, `${name}-markdown`);
    expect(loaded("vm")).toBe(true);
    const body = postedFor(step.outputs["thread-id"] ?? "").thread.body ?? "";
    expect(body).toContain("<strong>reproduce</strong>");
    expect(body).toContain("<li>open <code>README.md</code></li>");
    expect(body).toContain("<td>commmit</td>");
    expect(body).toContain("click here");
    expect(body).not.toMatch(/javascript:/i);
  });

  it("explains a message that fails validation with zod, from its chunk compiled only then", async (context) => {
    const node = await path();
    if (!node) context.skip(`${name} is not available`);
    const payload = example("issues", "opened");
    const { step, loaded } = await start(node as string, payload, `${name}-invalid`, [
      "refuse-activity.cjs",
    ]);
    expect(loaded("vm")).toBe(true);
    expect(step.outputs.skipped).toBe("true");
    expect(commands(step, "notice").join("\n")).toContain(
      'event: must be "activity" or "discussion" (got "activity")',
    );
  });
});
