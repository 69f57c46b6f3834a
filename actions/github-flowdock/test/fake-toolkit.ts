import type { Toolkit } from "../src/toolkit.js";

/** Everything the action told the runner, in order. */
export interface Recorded {
  calls: { method: string; args: string[] }[];
  inputs: Record<string, string>;
  outputs: Record<string, string>;
  secrets: string[];
  failed?: string;
  warnings: string[];
  notices: string[];
  logs: string[];
  summary: string;
}

/** A stand-in for `@actions/core` that records instead of writing to the runner. */
export function fakeToolkit(inputs: Record<string, string>): { core: Toolkit; recorded: Recorded } {
  const recorded: Recorded = {
    calls: [],
    inputs,
    outputs: {},
    secrets: [],
    warnings: [],
    notices: [],
    logs: [],
    summary: "",
  };
  let pending = "";
  const note = (method: string, ...args: string[]) => recorded.calls.push({ method, args });
  const core: Toolkit = {
    getInput: (name) => {
      note("getInput", name);
      return (inputs[name] ?? "").trim();
    },
    setSecret: (secret) => {
      note("setSecret", secret);
      recorded.secrets.push(secret);
    },
    setOutput: (name, value) => {
      note("setOutput", name, value);
      recorded.outputs[name] = value;
    },
    setFailed: (message) => {
      note("setFailed", message);
      recorded.failed = message;
    },
    warning: (message) => {
      note("warning", message);
      recorded.warnings.push(message);
    },
    notice: (message) => {
      note("notice", message);
      recorded.notices.push(message);
    },
    info: (message) => {
      note("info", message);
      recorded.logs.push(message);
    },
    debug: (message) => {
      note("debug", message);
      recorded.logs.push(message);
    },
    summary: {
      addRaw: (text) => {
        pending += text;
      },
      write: async () => {
        recorded.summary += pending;
        pending = "";
      },
    },
  };
  return { core, recorded };
}
