// Bundles the action into ONE ESM file, dist/index.js, plus dist/licenses.txt for what it bundles.
// `node build.mjs --outdir <dir>` builds elsewhere (the freshness test compares that with dist/).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build as esbuild } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const flag = process.argv.indexOf("--outdir");
const outdir = resolve(flag > 0 ? process.argv[flag + 1] : join(here, "dist"));

// `--stub validation,micromark` builds a deliberately broken action for
// `bench/cold-start.mjs --breakdown`, which measures what each of those parts costs at start.
const stubFlag = process.argv.indexOf("--stub");
const stubbed = stubFlag > 0 ? process.argv[stubFlag + 1].split(",") : [];
if (stubbed.length > 0 && outdir === join(here, "dist")) {
  console.error("build.mjs: --stub builds never go to dist/; give --outdir");
  process.exit(2);
}
// `--chunks <dir>` also writes each lazily compiled chunk there as a file, for the tests.
const chunksFlag = process.argv.indexOf("--chunks");
const chunksDir = chunksFlag > 0 ? resolve(process.argv[chunksFlag + 1]) : undefined;
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

// Modules the bundle takes from src/ instead, each file saying why:
// - undici (undici-absent.ts): the sender loads it only for its own connection pool, and the action
//   always gives it a dispatcher on node:http (src/node-transport.ts): ~310 KB left out.
// - node:crypto (random-uuid.ts): only randomUUID is used, and node:crypto costs ~5 ms to load.
// - the summary's node:fs (toolkit-fs.ts): `fs.promises` costs ~1.7 ms to load.
const absentModules = [
  { filter: /^undici$/, path: "undici-absent.ts" },
  { filter: /^(node:)?crypto$/, path: "random-uuid.ts" },
  {
    filter: /^(node:)?fs$/,
    importer: /[\\/]@actions[\\/]core[\\/]lib[\\/]summary\.js$/,
    path: "toolkit-fs.ts",
  },
];
const withoutAbsentModules = {
  name: "without-absent-modules",
  setup(build) {
    for (const { filter, importer, path } of absentModules) {
      build.onResolve({ filter }, (args) =>
        importer === undefined || importer.test(args.importer)
          ? { path: join(here, "src", path) }
          : undefined,
      );
    }
  },
};

// Code a start seldom runs is bundled apart, into chunks that dist/index.js carries as strings and
// compiles on the first call of any of their functions: even code that never runs costs its parse
// at every start, and a string is read ~6× faster than code is parsed. The importer gets facades
// whose functions load the chunk. Each chunk is built from the files its imports resolve to, so
// each importer keeps its versions.
// - Markdown: micromark and its GFM extensions (~110 KB with the HTML entity table), for a body with
//   Markdown in it; core renders plain text itself.
// - zod: core checks a message with its generated parser and asks zod (with core's schemas) only
//   about a message that parser refused, to explain what is wrong. Building the schemas and zod's
//   first parse cost ~6 ms of a start.
const lazyChunks = {
  Markdown: {
    modules: { micromark: ["micromark"], "micromark-extension-gfm": ["gfm", "gfmHtml"] },
    importer: /[\\/]core[\\/]dist[\\/]markdown\.js$/,
  },
  zod: {
    modules: { "./zod-parse.js": ["parseWithZod"] },
    importer: /[\\/]core[\\/]dist[\\/]parse\.js$/,
  },
};
const lazyChunkInputs = [];
const lazyModules = {
  name: "lazy-modules",
  setup(build) {
    const chunkOf = new Map(
      Object.entries(lazyChunks).flatMap(([chunk, { modules, importer }]) =>
        Object.keys(modules).map((specifier) => [specifier, { chunk, importer }]),
      ),
    );
    const filter = new RegExp(`^(${[...chunkOf.keys()].map(escapeRegExp).join("|")})$`);
    build.onResolve({ filter }, (args) => {
      const { chunk, importer } = chunkOf.get(args.path);
      if (args.pluginData === resolving || (importer && !importer.test(args.importer)))
        return undefined;
      return {
        path: `${args.path} from ${args.resolveDir}`,
        namespace: "lazy",
        pluginData: { chunk, specifier: args.path, resolveDir: args.resolveDir },
      };
    });
    build.onLoad({ filter: /.*/, namespace: "lazy" }, ({ pluginData }) => {
      const { chunk, specifier, resolveDir } = pluginData;
      return {
        contents: [
          `import { load } from ${JSON.stringify(`lazy-chunk:${chunk}:${resolveDir}`)};`,
          ...lazyChunks[chunk].modules[specifier].map(
            (fn) => `export function ${fn}(...args) { return load().${fn}(...args); }`,
          ),
        ].join("\n"),
        loader: "js",
      };
    });
    build.onResolve({ filter: /^lazy-chunk:/ }, (args) => ({
      path: args.path.slice("lazy-chunk:".length),
      namespace: "lazy-chunk",
    }));
    build.onLoad({ filter: /.*/, namespace: "lazy-chunk" }, async ({ path }) => {
      const chunk = path.slice(0, path.indexOf(":"));
      const resolveDir = path.slice(chunk.length + 1);
      const reexports = [];
      for (const [specifier, exports] of Object.entries(lazyChunks[chunk].modules)) {
        const resolved = await build.resolve(specifier, {
          kind: "import-statement",
          resolveDir,
          pluginData: resolving,
        });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        reexports.push(`export { ${exports.join(", ")} } from ${JSON.stringify(resolved.path)};`);
      }
      const built = await esbuild({
        ...shared,
        stdin: { contents: reexports.join("\n"), resolveDir, loader: "js" },
        format: "cjs",
        write: false,
        plugins: [builtinsOnDemand],
      });
      lazyChunkInputs.push(built.metafile);
      if (chunksDir) {
        mkdirSync(chunksDir, { recursive: true });
        writeFileSync(join(chunksDir, `${chunk}.cjs`), built.outputFiles[0].text);
      }
      return {
        contents: [
          // Inside a function that runs only on load(): the module body around it is compiled at
          // start, and V8 skips an uncalled inner function instead of scanning the string again.
          `function source() { return ${JSON.stringify(built.outputFiles[0].text)}; }`,
          `let chunk;`,
          `export function load() {`,
          `  if (!chunk) {`,
          `    const module = { exports: {} };`,
          `    const vm = process.getBuiltinModule("node:vm");`,
          `    const filename = "github-flowdock/dist/index.js (${chunk} chunk)";`,
          `    vm.compileFunction(source(), ["module", "exports"], { filename })(module, module.exports);`,
          `    chunk = module.exports;`,
          `  }`,
          `  return chunk;`,
          `}`,
        ].join("\n"),
        loader: "js",
        warnings: built.warnings,
      };
    });
  },
};

// An ESM `import … from "node:http"` makes Node build the module's ESM facade, which reads every
// export, lazy getters included: on Node 24 `http.WebSocket` then loads Node's own undici, TLS,
// HTTP/2, zlib and worker_threads (~30 ms). So every built-in comes from process.getBuiltinModule,
// which returns the module as `require()` does. For an `import`, the stand-in is an ES module whose
// exports each read their one property: only what is imported is read, and nothing copies the
// module's hundred properties into an interop object at start (esbuild's __toESM, ~0.5 ms and
// 100 KB). The names are listed here rather than taken from the building Node, whose built-ins
// differ between versions: dist/ must come out the same whichever Node builds it. A new name
// imported from a listed module fails the build ("No matching export") until it is added; a module
// not listed gets the plain `module.exports` stand-in (and esbuild's interop), as the packages
// tree-shaking drops do.
const builtinImports = {
  "node:events": ["EventEmitter"],
  "node:fs": [
    "appendFileSync",
    "closeSync",
    "existsSync",
    "fstatSync",
    "openSync",
    "readFileSync",
    "readSync",
  ],
  "node:net": ["isIP"],
  "node:os": ["EOL"],
  // Imported by @actions/core's modules, used by none of the code the action runs.
  "node:path": [],
};
const builtinsOnDemand = {
  name: "builtins-on-demand",
  setup(build) {
    const names = builtinModules.filter((name) => !name.startsWith("_")).map(escapeRegExp);
    const filter = new RegExp(`^(node:)?(${names.join("|")})$`);
    build.onResolve({ filter }, (args) => {
      const path = args.path.replace(/^(node:)?/, "node:");
      const esm = args.kind === "import-statement" && path in builtinImports;
      return { path, namespace: esm ? "builtin-esm" : "builtin" };
    });
    build.onLoad({ filter: /.*/, namespace: "builtin" }, (args) => ({
      contents: `module.exports = process.getBuiltinModule(${JSON.stringify(args.path)});`,
      loader: "js",
    }));
    build.onLoad({ filter: /.*/, namespace: "builtin-esm" }, (args) => {
      const exported = builtinImports[args.path];
      return {
        // Local names e0, e1… cannot clash with the module's own, which are only exported.
        contents: [
          `const builtin = process.getBuiltinModule(${JSON.stringify(args.path)});`,
          `export default builtin;`,
          ...exported.map((name, i) => `const e${i} = builtin[${JSON.stringify(name)}];`),
          `export { ${exported.map((name, i) => `e${i} as ${name}`).join(", ")} };`,
        ].join("\n"),
        loader: "js",
      };
    });
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

// What the action's bundle and its lazily compiled chunk have in common.
const shared = {
  absWorkingDir: here,
  bundle: true,
  platform: "node",
  target: "node20",
  minify: !process.argv.includes("--no-minify"),
  treeShaking: true,
  legalComments: "none",
  metafile: true,
  logLevel: "warning",
};

const result = await esbuild({
  ...shared,
  entryPoints: ["src/index.ts"],
  outfile: join(outdir, "index.js"),
  format: "esm",
  plugins: [...extraPlugins, withoutAbsentModules, builtinsOnDemand, pureModules, lazyModules],
}).catch(() => process.exit(1)); // esbuild has already printed what went wrong
// A warning such as "import will always be undefined" is a broken action: stop here.
const warnings = result.warnings.length;
if (warnings > 0) {
  console.error(`build.mjs: ${warnings} warning(s); dist/ must build cleanly`);
  process.exit(1);
}

mkdirSync(outdir, { recursive: true });
const metafiles = [result.metafile, ...lazyChunkInputs];
// Only files that put bytes into the bundle count; tree-shaken packages are not distributed.
const bundled = metafiles.flatMap((metafile) =>
  Object.values(metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs)
      .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
      .map(([file]) => file),
  ),
);
if (process.env.META) writeFileSync(process.env.META, JSON.stringify(metafiles));
writeFileSync(join(outdir, "licenses.txt"), licenses(bundled));

// `node build.mjs --analyze` prints the bundle's bytes per package, largest first; packages in a
// lazily compiled chunk are marked, and counted by their size in it (the string holding it is not).
if (process.argv.includes("--analyze")) {
  const sizes = new Map();
  metafiles.forEach((metafile, index) => {
    for (const output of Object.values(metafile.outputs)) {
      for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
        if (file.startsWith("lazy-chunk:")) continue;
        const name = `${packageName(packageDir(resolve(here, file)))}${index > 0 ? " (chunk)" : ""}`;
        sizes.set(name, (sizes.get(name) ?? 0) + bytesInOutput);
      }
    }
  });
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
