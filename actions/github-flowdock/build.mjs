// Bundles the action into ONE ESM file, dist/index.js, plus dist/licenses.txt for what it bundles.
// `node build.mjs --outdir <dir>` builds elsewhere (the freshness test compares that with dist/).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const flag = process.argv.indexOf("--outdir");
const outdir = resolve(flag > 0 ? process.argv[flag + 1] : join(here, "dist"));

// `--stub validation,crypto,micromark` builds a deliberately broken action for
// `bench/cold-start.mjs --breakdown`, which measures what each of those parts costs at start.
const stubFlag = process.argv.indexOf("--stub");
const stubbed = stubFlag > 0 ? process.argv[stubFlag + 1].split(",") : [];
if (stubbed.length > 0 && outdir === join(here, "dist")) {
  console.error("build.mjs: --stub builds never go to dist/; give --outdir");
  process.exit(2);
}
const extraPlugins =
  stubbed.length > 0 ? [(await import("./bench/stand-ins.mjs")).standIns(stubbed)] : [];

// @actions/core imports its OIDC client (and with it @actions/http-client, undici 6 and tunnel) and
// @actions/exec at the top level. The action uses neither, so those packages are declared free of
// side effects and tree-shaking drops them: 5 KB instead of 420 KB, and a faster start.
const pureModules = {
  name: "pure-modules",
  setup(build) {
    build.onResolve({ filter: /^@actions\/(http-client|exec|io)(\/.*)?$/ }, (args) =>
      resolveThen(build, args, (path) => ({ path, sideEffects: false })),
    );
  },
};

// Modules the action never needs, each resolved to a small stand-in in src/ that says why:
// - undici: the sender loads it only for its own connection pool, and the action always gives it a
//   dispatcher on node:http (src/node-transport.ts), so undici's ~310 KB stay out of the bundle.
// - core's compile step: core switches to zod's compiled parser once a process has checked 200
//   messages; the action checks one or two, so zod's compiler (~35 KB, ~3 ms of every start)
//   stays out too.
const absentModules = [
  { filter: /^undici$/, path: "undici-absent.ts" },
  {
    filter: /^\.\/compile-schema\.js$/,
    from: /[\\/]core[\\/]dist$/,
    path: "zod-compiler-absent.ts",
  },
];
const withoutAbsentModules = {
  name: "without-absent-modules",
  setup(build) {
    for (const { filter, from, path } of absentModules) {
      build.onResolve({ filter }, (args) =>
        from === undefined || from.test(args.resolveDir)
          ? { path: join(here, "src", path) }
          : undefined,
      );
    }
  },
};

// micromark and its GFM extensions (~110 KB with the HTML entity table) are needed only for a body
// with Markdown in it; core renders plain text itself. Core imports them through a facade whose
// functions `require()` the real module on first call, and esbuild evaluates a required ESM module
// only when that `require()` runs, so most starts never evaluate micromark at all. The facade
// requires the very file the import resolved to, so each importer keeps its own version.
const lazyExports = { micromark: ["micromark"], "micromark-extension-gfm": ["gfm", "gfmHtml"] };
const lazyModules = {
  name: "lazy-modules",
  setup(build) {
    const filter = new RegExp(`^(${Object.keys(lazyExports).map(escapeRegExp).join("|")})$`);
    build.onResolve({ filter }, (args) =>
      resolveThen(build, args, (path) => ({
        path,
        namespace: "lazy",
        pluginData: { name: args.path },
      })),
    );
    build.onLoad({ filter: /.*/, namespace: "lazy" }, (args) => ({
      contents: [
        `let real;`,
        `const load = () => (real ??= require(${JSON.stringify(args.path)}));`,
        ...lazyExports[args.pluginData.name].map(
          (name) => `export function ${name}(...args) { return load().${name}(...args); }`,
        ),
      ].join("\n"),
      loader: "js",
      resolveDir: dirname(args.path),
    }));
  },
};

// An ESM `import … from "node:http"` makes Node build the module's ESM facade, which reads every
// export, lazy getters included: on Node 24 `http.WebSocket` then loads Node's own undici, TLS,
// HTTP/2, zlib and worker_threads (~30 ms). `require()` reads a property only when it is used, so
// every built-in is loaded through the banner's `require`.
const builtinsViaRequire = {
  name: "builtins-via-require",
  setup(build) {
    const names = builtinModules.filter((name) => !name.startsWith("_")).map(escapeRegExp);
    const filter = new RegExp(`^(node:)?(${names.join("|")})$`);
    build.onResolve({ filter }, (args) =>
      args.kind === "require-call"
        ? { path: args.path, external: true }
        : { path: args.path.replace(/^(node:)?/, "node:"), namespace: "builtin" },
    );
    build.onLoad({ filter: /.*/, namespace: "builtin" }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: "js",
    }));
  },
};

const resolving = Symbol("resolving");

/**
 * Resolves an import as esbuild would without the calling plugin (which sees its own call marked
 * and lets it pass), then hands the file's path to `then`.
 */
async function resolveThen(build, args, then) {
  if (args.pluginData === resolving) return undefined;
  const resolved = await build.resolve(args.path, {
    kind: args.kind,
    importer: args.importer,
    resolveDir: args.resolveDir,
    pluginData: resolving,
  });
  return resolved.errors.length > 0 ? { errors: resolved.errors } : then(resolved.path);
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

const result = await build({
  absWorkingDir: here,
  entryPoints: ["src/index.ts"],
  outfile: join(outdir, "index.js"),
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: !process.argv.includes("--no-minify"),
  treeShaking: true,
  legalComments: "none",
  metafile: true,
  logLevel: "warning",
  plugins: [...extraPlugins, builtinsViaRequire, pureModules, withoutAbsentModules, lazyModules],
  // CommonJS dependencies call require() for Node's built-ins; an ESM file has to provide it.
  banner: {
    js: 'const require=process.getBuiltinModule("node:module").createRequire(import.meta.url);',
  },
}).catch(() => process.exit(1)); // esbuild has already printed what went wrong

mkdirSync(outdir, { recursive: true });
// Only files that put bytes into the bundle count; tree-shaken packages are not distributed.
const bundled = Object.values(result.metafile.outputs).flatMap((output) =>
  Object.entries(output.inputs)
    .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
    .map(([file]) => file),
);
if (process.env.META) writeFileSync(process.env.META, JSON.stringify(result.metafile));
writeFileSync(join(outdir, "licenses.txt"), licenses(bundled));

// `node build.mjs --analyze` prints the bundle's bytes per package, largest first.
if (process.argv.includes("--analyze")) {
  const sizes = new Map();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = packageName(packageDir(resolve(here, file)));
      sizes.set(name, (sizes.get(name) ?? 0) + bytesInOutput);
    }
  }
  for (const [name, bytes] of [...sizes].sort((a, b) => b[1] - a[1])) {
    console.log(`${(bytes / 1024).toFixed(1).padStart(7)} KB  ${name}`);
  }
}

function packageName(dir) {
  return dir ? JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).name : "?";
}

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
  return `Third-party packages bundled in dist/index.js, grouped by licence text.\n\n${sections.join("\n-----\n\n")}`;
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
