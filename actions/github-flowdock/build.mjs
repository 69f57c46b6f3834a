// Bundles the action into ONE ESM file, dist/index.js, plus dist/licenses.txt for what it bundles.
// `node build.mjs --outdir <dir>` builds elsewhere (the freshness test compares that with dist/).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const flag = process.argv.indexOf("--outdir");
const outdir = resolve(flag > 0 ? process.argv[flag + 1] : join(here, "dist"));

// @actions/core imports its OIDC client (and with it @actions/http-client, undici 6 and tunnel) and
// @actions/exec at the top level. The action uses neither, so those packages are declared free of
// side effects and tree-shaking drops them: 5 KB instead of 420 KB, and a faster start.
const pureModules = {
  name: "pure-modules",
  setup(build) {
    build.onResolve({ filter: /^@actions\/(http-client|exec|io)(\/.*)?$/ }, async (args) => {
      if (args.pluginData === "pure") return undefined;
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: "pure",
      });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      return { path: resolved.path, sideEffects: false };
    });
  },
};

const result = await build({
  absWorkingDir: here,
  entryPoints: ["src/index.ts"],
  outfile: join(outdir, "index.js"),
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: true,
  treeShaking: true,
  legalComments: "none",
  metafile: true,
  logLevel: "warning",
  plugins: [pureModules],
  // CommonJS dependencies call require() for Node's built-ins; an ESM file has to provide it.
  banner: {
    js: 'import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);',
  },
});

mkdirSync(outdir, { recursive: true });
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
  const entries = [...packages.entries()]
    .map(([dir, pkg]) => ({ dir, pkg }))
    .sort(
      (a, b) => a.pkg.name.localeCompare(b.pkg.name) || a.pkg.version.localeCompare(b.pkg.version),
    );
  return `${entries
    .map(({ dir, pkg }) => {
      const text = licenseText(dir);
      return `${pkg.name}@${pkg.version}\n${pkg.license ?? "UNKNOWN"}${text ? `\n\n${text.trim()}` : ""}\n`;
    })
    .join("\n-----\n\n")}`;
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
