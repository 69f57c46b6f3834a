import { expect } from "vitest";
import type { StepResult } from "../scripts/simulate-runner.mjs";

/** The token shows up only in the `::add-mask::` command that hides it from the log. */
export function expectTokenHidden(step: StepResult, token: string): void {
  const stdout = step.stdout
    .split("\n")
    .filter((line) => line !== `::add-mask::${token}`)
    .join("\n");
  expect(step.stdout).toContain(`::add-mask::${token}`);
  expect(stdout).not.toContain(token);
  expect(step.stderr).not.toContain(token);
  expect(JSON.stringify(step.outputs)).not.toContain(token);
  expect(step.summary).not.toContain(token);
}

/** The `::add-mask::` line comes before anything else the action prints. */
export function expectMaskedFirst(step: StepResult, token: string): void {
  expect(step.stdout.split("\n")[0]).toBe(`::add-mask::${token}`);
}

/** Workflow commands of one kind (`warning`, `error`, `notice`), their messages unescaped. */
export function commands(step: StepResult, kind: string): string[] {
  return step.stdout
    .split("\n")
    .filter((line) => line.startsWith(`::${kind}`))
    .map((line) =>
      line
        .slice(line.indexOf("::", 2) + 2)
        .replaceAll("%0A", "\n")
        .replaceAll("%0D", "\r")
        .replaceAll("%25", "%"),
    );
}
