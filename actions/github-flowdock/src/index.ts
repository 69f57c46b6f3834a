import { setFlagsFromString } from "node:v8";
import {
  debug,
  getInput,
  info,
  notice,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning,
} from "@actions/core";
import { run } from "./main.js";

// undici parses HTTP with a WebAssembly module. Node 20's V8 then optimises that module in the
// background and the process cannot exit before it is done (~90 ms); one answer needs no optimised
// code, so the baseline compiler alone is enough.
setFlagsFromString("--liftoff-only");
// Named imports, not the namespace: the rest of @actions/core (OIDC, exec) stays out of the bundle.
await run({ debug, getInput, info, notice, setFailed, setOutput, setSecret, summary, warning });
