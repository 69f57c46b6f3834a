#!/usr/bin/env node
// Committed, unlike dist/, so that npm links the command in a fresh clone before anything is built.
import { existsSync } from "node:fs";

const cli = new URL("../dist/cli-bin.js", import.meta.url);
if (existsSync(cli)) {
  await import(cli.href);
} else {
  process.stderr.write(
    "flowdock-send: @flowdock-kit/sender is not built yet; run `npm run build` in the repository first.\n",
  );
  process.exitCode = 1;
}
