#!/usr/bin/env node
// Committed (dist/ is not), so `npx flowdock-relay` finds the command in a fresh clone.
let cli;
try {
  cli = await import("../dist/run.js");
} catch (error) {
  if (error?.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("/dist/run.js")) {
    process.stderr.write(
      "flowdock-relay is not built yet: run `npm run build` at the repository root first.\n",
    );
    process.exit(1);
  }
  throw error;
}
process.exitCode = await cli.run();
