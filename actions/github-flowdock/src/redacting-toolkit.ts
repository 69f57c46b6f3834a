import { redact } from "@flowdock-kit/sender";
import type { Toolkit } from "./toolkit.js";

/**
 * `toolkit` with every secret (in each encoding the sender knows) replaced in what it writes:
 * outputs, the job summary, annotations and log lines. Inputs and `setSecret` pass through.
 */
export function redactingToolkit(toolkit: Toolkit, secrets: readonly string[]): Toolkit {
  // Mapping cuts long titles, values and bodies: a cut through the token leaves its first characters.
  const clean = (text: string) => redact(text, secrets, { prefixes: true });
  return {
    getInput: (name) => toolkit.getInput(name),
    setSecret: (secret) => toolkit.setSecret(secret),
    setOutput: (name, value) => toolkit.setOutput(name, clean(value)),
    setFailed: (message) => toolkit.setFailed(clean(message)),
    warning: (message) => toolkit.warning(clean(message)),
    notice: (message) => toolkit.notice(clean(message)),
    info: (message) => toolkit.info(clean(message)),
    debug: (message) => toolkit.debug(clean(message)),
    summary: {
      addRaw: (text, addEOL) => toolkit.summary.addRaw(clean(text), addEOL),
      write: () => toolkit.summary.write(),
    },
  };
}
