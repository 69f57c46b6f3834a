#!/usr/bin/env node
import { main } from "./cli.js";

const code = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
// A lookup the resolver never answers keeps the event loop alive past the deadline (Node cannot
// cancel getaddrinfo), so the command ends once main() has, after its output has flushed.
let writing = 2;
const flushed = () => {
  writing -= 1;
  if (writing === 0) process.exit(code);
};
process.stdout.write("", flushed);
process.stderr.write("", flushed);
