// Bundles the action into dist/index.cjs (what action.yml runs) and dist/licenses.txt.
// `node build.mjs --outdir <dir>` builds elsewhere (the dist test compares that with dist/).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const flag = process.argv.indexOf("--outdir");
const outdir = resolve(flag > 0 ? process.argv[flag + 1] : join(here, "dist"));

// @actions/core imports its OIDC client (@actions/http-client, undici 6, tunnel) and @actions/exec
// at the top level; the action uses neither, so declaring them side-effect free lets esbuild drop them.
const pureModules = {
  name: "pure-modules",
  setup(build) {
    build.onResolve({ filter: /^@actions\/(http-client|exec|io)(\/.*)?$/ }, async (args) => {
      if (args.pluginData === "pure") return undefined; // our own build.resolve below
      const { path, errors } = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: "pure",
      });
      return errors.length > 0 ? { errors } : { path, sideEffects: false };
    });
  },
};

const result = await build({
  absWorkingDir: here,
  entryPoints: [{ in: "src/index.ts", out: "index" }],
  outdir,
  outExtension: { ".js": ".cjs" },
  bundle: true,
  platform: "node",
  target: "node24",
  // CommonJS: the bundled CommonJS packages need no require() shim, built-ins no ES module facade.
  format: "cjs",
  legalComments: "none",
  // The action always sends through the sender's node:https transport; undici backs only the
  // sender's default transport, which the action never creates, so it is not shipped.
  external: ["undici"],
  metafile: true,
  logLevel: "warning",
  plugins: [pureModules],
}).catch(() => process.exit(1)); // esbuild has already printed what went wrong

// A warning such as "import will always be undefined" is a broken action: stop here.
if (result.warnings.length > 0) {
  console.error(`build.mjs: ${result.warnings.length} warning(s); dist/ must build cleanly`);
  process.exit(1);
}

// Only files that put bytes into the bundle count; tree-shaken packages are not distributed.
const bundled = Object.values(result.metafile.outputs).flatMap((output) =>
  Object.entries(output.inputs)
    .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
    .map(([file]) => file),
);
writeFileSync(join(outdir, "licenses.txt"), licenses(bundled));

function licenses(inputs) {
  const packages = new Map();
  for (const input of inputs) {
    const dir = packageDir(resolve(here, input));
    if (!dir || dir === here || packages.has(dir)) continue;
    packages.set(dir, JSON.parse(readFileSync(join(dir, "package.json"), "utf8")));
  }
  // Thirty micromark packages share one MIT text: print each distinct text once, after its users.
  const byText = new Map();
  for (const [dir, pkg] of packages) {
    const text =
      licenseText(dir)?.trim() ?? `${pkg.license ?? "UNKNOWN"} (no licence file shipped)`;
    const users = byText.get(text) ?? [];
    users.push(`${pkg.name}@${pkg.version} (${pkg.license ?? "UNKNOWN"})`);
    byText.set(text, users);
  }
  const sections = [...byText]
    .map(([text, users]) => ({ text, users: users.sort() }))
    .sort((a, b) => a.users[0].localeCompare(b.users[0]))
    .map(({ text, users }) => `${users.join("\n")}\n\n${text}\n`);
  return `Third-party packages bundled in dist/, grouped by licence text.\n\n${sections.join("\n-----\n\n")}`;
}

function packageDir(file) {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      if (pkg.name && pkg.version) return dir;
    } catch {
      // not a package root; keep walking up
    }
  }
  return undefined;
}

function licenseText(dir) {
  const file = readdirSync(dir).find((name) => /^(licen[sc]e|copying)(\.|$)/i.test(name));
  if (file) return readFileSync(join(dir, file), "utf8");
  // Workspace packages carry no licence file of their own: the repository's applies.
  const root = resolve(here, "../..");
  if (relative(root, dir).startsWith("packages"))
    return readFileSync(join(root, "LICENSE"), "utf8");
  return undefined;
}
