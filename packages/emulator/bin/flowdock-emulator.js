#!/usr/bin/env node
// Committed (dist/ is not), so `npx flowdock-emulator` in a fresh clone says what to do before a build.
try {
  await import("../dist/cli.js");
} catch (error) {
  if (error?.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("cli.js")) {
    process.stderr.write(
      "flowdock-emulator: it is not built yet; run `npm run build` (in the repository or packages/emulator) first\n",
    );
    process.exit(1);
  }
  throw error;
}
