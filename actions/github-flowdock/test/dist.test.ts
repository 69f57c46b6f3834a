// dist/ is what GitHub runs: it must be the build of the sources as committed, and stay lean.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { startEmulator } from "@flowdock-kit/emulator";
import { afterAll, beforeAll, expect, it } from "vitest";
import { example } from "../scripts/examples.mjs";
import { actionDir, resolveNode24, runAction } from "../scripts/simulate-runner.mjs";

const exec = promisify(execFile);
let fresh: string;

beforeAll(async () => {
  fresh = await mkdtemp(join(tmpdir(), "gh-flowdock-dist-"));
  await exec(process.execPath, [join(actionDir, "build.mjs"), "--outdir", fresh], {
    cwd: actionDir,
  });
}, 60_000);

afterAll(async () => {
  await rm(fresh, { recursive: true, force: true });
});

/**
 * The file as committed. `npm test` runs the build first (turbo), which rewrites dist/ in the work
 * tree, so the work tree alone would always match: ask git for the committed version.
 */
async function committed(file: string): Promise<string> {
  try {
    const { stdout } = await exec("git", ["show", `HEAD:./dist/${file}`], {
      cwd: actionDir,
      maxBuffer: 16 * 1024 * 1024,
    });
    return stdout;
  } catch {
    // Not a git checkout (an unpacked tarball): the files on disk are all there is.
    return readFile(join(actionDir, "dist", file), "utf8");
  }
}

it("the committed dist/ is exactly a fresh build (run `npm run build` and commit dist/)", async () => {
  const built = (await readdir(fresh)).sort();
  const tracked = await exec("git", ["ls-files", "dist"], { cwd: actionDir }).then(
    ({ stdout }) =>
      stdout
        .split("\n")
        .filter(Boolean)
        .map((path) => path.replace(/^dist\//, "")),
    () => built, // not a git checkout
  );
  expect(tracked.sort(), "committed files that a build no longer makes").toEqual(built);
  for (const file of built) {
    const [want, have] = await Promise.all([readFile(join(fresh, file), "utf8"), committed(file)]);
    expect(have === want, `dist/${file} differs from a fresh build`).toBe(true);
  }
});

it("comes out the same whichever Node builds it (CI builds on Node 24)", async (context) => {
  const node24 = await resolveNode24();
  if (!node24) context.skip("Node 24 is not available");
  const other = await mkdtemp(join(tmpdir(), "gh-flowdock-dist-24-"));
  try {
    await exec(node24 as string, [join(actionDir, "build.mjs"), "--outdir", other], {
      cwd: actionDir,
    });
    for (const file of await readdir(fresh)) {
      const [built20, built24] = await Promise.all(
        [fresh, other].map((dir) => readFile(join(dir, file), "utf8")),
      );
      expect(built24 === built20, `dist/${file} depends on the Node version`).toBe(true);
    }
  } finally {
    await rm(other, { recursive: true, force: true });
  }
}, 60_000);

it("is one CommonJS file of readable code, and the licences", async () => {
  expect((await readdir(fresh)).sort()).toEqual(["index.cjs", "licenses.txt"]);
  expect((await stat(join(fresh, "index.cjs"))).size).toBeLessThan(700 * 1024);
  const bundle = await readFile(join(fresh, "index.cjs"), "utf8");
  expect(bundle).not.toContain("compileFunction");
  expect(bundle.split("\n").length, "not minified").toBeGreaterThan(5000);
  const licenses = await readFile(join(fresh, "licenses.txt"), "utf8");
  for (const name of ["@actions/core", "zod", "micromark", "@flowdock-kit/sender"]) {
    expect(licenses).toMatch(
      new RegExp(`^${name.replace("/", "\\/")}@\\d+\\.\\d+\\.\\d+ \\(MIT\\)$`, "m"),
    );
  }
  // Left out: the OIDC client's HTTP stack, tree-shaken, and undici, which the action never loads.
  for (const name of ["@actions/http-client", "tunnel", "undici"]) {
    expect(licenses).not.toMatch(new RegExp(`^${name.replace("/", "\\/")}@`, "m"));
  }
});

it("posts from action.yml and dist/ alone, as GitHub checks the action out (no node_modules)", async () => {
  const checkout = await mkdtemp(join(tmpdir(), "gh-flowdock-checkout-"));
  const token = "dist-alone-0123456789abcdef";
  const emulator = await startEmulator({
    port: 0,
    host: "127.0.0.1",
    flows: [{ name: "alone", token }],
  });
  try {
    await cp(join(actionDir, "action.yml"), join(checkout, "action.yml"));
    await cp(fresh, join(checkout, "dist"), { recursive: true });
    const step = await runAction({
      dir: checkout,
      eventName: "issues",
      payload: example("issues", "opened"),
      inputs: { "flow-token": token, "api-url": emulator.apiUrl },
    });
    expect(step.code, step.stderr).toBe(0);
    expect(step.outputs).toMatchObject({ ok: "true", attempts: "1" });
    expect(emulator.threads("alone")).toHaveLength(1);
  } finally {
    await emulator.close();
    await rm(checkout, { recursive: true, force: true });
  }
}, 60_000);
