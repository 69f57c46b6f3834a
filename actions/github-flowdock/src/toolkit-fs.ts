// The bundle's node:fs for @actions/core's summary module, which reads `fs.promises` when it loads.
// That getter loads fs/promises and with it readline, the file watchers and the REPL's history
// reader (~1.7 ms of every start). The summary makes three calls on a small local file; here they
// are node:fs's synchronous calls behind the same promise API (same arguments, same errors as
// rejections), which also spares the start of libuv's thread pool. Any other name still comes
// from fs.promises, read only when asked for: node:fs is taken as the object itself, since the
// bundle's `import` of a built-in reads each imported name when the module loads.
const fs = process.getBuiltinModule("node:fs") as typeof import("node:fs");

type Promised<F extends (...args: never[]) => unknown> = (
  ...args: Parameters<F>
) => Promise<ReturnType<F>>;

const promised =
  <F extends (...args: never[]) => unknown>(call: F): Promised<F> =>
  async (...args) =>
    call(...args) as ReturnType<F>;

const viaSyncCalls: Record<string, unknown> = {
  access: promised(fs.accessSync),
  appendFile: promised(fs.appendFileSync),
  writeFile: promised(fs.writeFileSync),
};

export const constants = fs.constants;
export const promises = new Proxy({} as typeof fs.promises, {
  get: (_, name) =>
    typeof name === "string" && name in viaSyncCalls
      ? viaSyncCalls[name]
      : Reflect.get(fs.promises, name),
});
