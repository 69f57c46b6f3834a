// Stand-ins for the parts of the action that cost the most at start, so that
// `node bench/cold-start.mjs --breakdown` can measure what each one costs. A build with any of them
// is broken on purpose (no validation, no real ids, no Markdown); build.mjs refuses to write one
// into dist/.
const contents = {
  // Core's validation: every message passes, unchecked.
  validation: `
    export function safeParseMessage(value) { return { success: true, data: structuredClone(value) }; }
    export function parseMessage(value) { return structuredClone(value); }
    export function toValidationError(error) { return error; }
    export function formatPath(path) { return path.join("."); }`,
  // micromark and its GFM extensions: the text in a paragraph, and no Markdown chunk in the file.
  micromark: `
    export function micromark(text) { return "<p>" + text.replace(/[&<>"]/g, "") + "</p>"; }
    export function gfm() { return {}; }
    export function gfmHtml() { return {}; }`,
};

const filters = {
  validation: /^\.\/parse\.js$/,
  micromark: /^micromark(-extension-gfm)?$/,
};

/** The names `--stub` takes. */
export const STAND_INS = Object.keys(contents);

/** An esbuild plugin that puts the named stand-ins in place of the real modules. */
export function standIns(names) {
  return {
    name: "stand-ins",
    setup(build) {
      for (const name of names) {
        build.onResolve({ filter: filters[name] }, (args) =>
          name !== "validation" || /[\\/]core[\\/]dist$/.test(args.resolveDir)
            ? { path: name, namespace: "stand-in" }
            : undefined,
        );
      }
      build.onLoad({ filter: /.*/, namespace: "stand-in" }, (args) => ({
        contents: contents[args.path],
        loader: "js",
      }));
    },
  };
}
