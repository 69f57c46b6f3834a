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

// Named imports, not the namespace: the rest of @actions/core (OIDC, exec) stays out of the bundle.
await run({ debug, getInput, info, notice, setFailed, setOutput, setSecret, summary, warning });
