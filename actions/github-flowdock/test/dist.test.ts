// dist/ is what GitHub runs: it must be the build of the sources as committed, and stay lean.
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import { compileFunction } from "node:vm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { actionDir, resolveNode24 } from "../scripts/simulate-runner.mjs";

const exec = promisify(execFile);
let fresh: string;

beforeAll(async () => {
  fresh = await mkdtemp(join(tmpdir(), "gh-flowdock-dist-"));
  await exec(
    process.execPath,
    [
      join(actionDir, "build.mjs"),
      "--outdir",
      fresh,
      "--chunks",
      join(fresh, "..", `${basename(fresh)}-chunks`),
    ],
    { cwd: actionDir },
  );
}, 60_000);

const chunks = () => join(fresh, "..", `${basename(fresh)}-chunks`);

afterAll(async () => {
  await rm(fresh, { recursive: true, force: true });
  await rm(chunks(), { recursive: true, force: true });
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
  for (const file of await readdir(fresh)) {
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

it("is one ESM file under 600 KB with the licences of what it bundles", async () => {
  expect((await readdir(fresh)).sort()).toEqual(["index.js", "licenses.txt"]);
  let total = 0;
  for (const file of await readdir(fresh)) total += (await stat(join(fresh, file))).size;
  expect(total).toBeLessThan(600 * 1024);
  const bundle = await readFile(join(fresh, "index.js"), "utf8");
  // Built-ins come through process.getBuiltinModule: an ESM import of node:http loads Node's own
  // fetch on Node 24. Nothing else comes from outside the one file.
  expect(bundle).toContain('process.getBuiltinModule("node:fs")');
  expect(
    /\bimport\s*(\{[^}]*\}|\*\s*as\s+[\w$]+|[\w$]+)\s*from\s*"/.test(bundle),
    "an import",
  ).toBe(false);
  expect(/\bimport\(\s*"/.test(bundle), "a dynamic import").toBe(false);
  expect(/\brequire\(\s*"/.test(bundle), "a require() of a module").toBe(false);
  const licenses = await readFile(join(fresh, "licenses.txt"), "utf8");
  for (const name of ["@actions/core", "zod", "micromark", "@flowdock-kit/sender"]) {
    expect(licenses).toMatch(
      new RegExp(`^${name.replace("/", "\\/")}@\\d+\\.\\d+\\.\\d+ \\(MIT\\)$`, "m"),
    );
  }
  // Left out: the OIDC client's HTTP stack (tree-shaken) and undici (the action sends on node:http).
  for (const name of ["@actions/http-client", "tunnel", "undici"]) {
    expect(licenses).not.toMatch(new RegExp(`^${name.replace("/", "\\/")}@`, "m"));
  }
});

/** A chunk of the fresh build, evaluated as dist/index.js evaluates it on first use. */
async function chunk(name: string): Promise<Record<string, (...args: unknown[]) => unknown>> {
  const source = await readFile(join(chunks(), `${name}.cjs`), "utf8");
  const module = { exports: {} };
  compileFunction(source, ["module", "exports"])(module, module.exports);
  return module.exports as Record<string, (...args: unknown[]) => unknown>;
}

it("carries zod in a chunk that explains an invalid message as core does", async () => {
  const { parseWithZod } = await chunk("zod");
  const bad = { event: "activity", title: "", author: {}, thread_id: "1" };
  const result = parseWithZod?.(bad) as {
    success: boolean;
    error?: { issues: { path: unknown[]; message: string }[] };
  };
  expect(result.success).toBe(false);
  expect(result.error?.issues.map(({ path, message }) => `${path.join(".")}: ${message}`)).toEqual([
    "title: can't be blank",
    "author.name: is required",
  ]);
  const good = { event: "activity", title: "t", author: { name: "a" }, thread_id: "1" };
  expect(parseWithZod?.(good)).toMatchObject({ success: true, data: good });
  // zod is in dist/index.js only as the chunk's text, which is compiled on first use.
  const bundle = await readFile(join(fresh, "index.js"), "utf8");
  const source = await readFile(join(chunks(), "zod.cjs"), "utf8");
  const count = (text: string) => text.split("$ZodType").length - 1;
  expect(count(source)).toBeGreaterThan(0);
  expect(count(bundle)).toBe(count(source));
});

it("carries micromark in a chunk that renders GitHub Markdown", async () => {
  const { micromark, gfm, gfmHtml } = await chunk("Markdown");
  const html = micromark?.("| a |\n| - |\n| ~~b~~ |", {
    extensions: [gfm?.()],
    htmlExtensions: [gfmHtml?.()],
  });
  expect(html).toContain("<td><del>b</del></td>");
});
