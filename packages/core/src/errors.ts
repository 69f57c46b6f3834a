/** One problem with a message: where it is (`thread.status.color`) and what is wrong. */
export interface ValidationIssue {
  readonly path: string;
  readonly message: string;
}

/** A message that does not match the Flowdock Messages API; `message` lists every problem. */
export class FlowdockValidationError extends Error {
  override readonly name = "FlowdockValidationError";
  /** Every problem found, in the order of the message's fields. */
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], options?: { cause?: unknown }) {
    super(
      `Invalid Flowdock message:\n${issues.map((issue) => `  - ${issue.path || "(message)"}: ${issue.message}`).join("\n")}`,
      options,
    );
    this.issues = issues;
  }

  /** Problems grouped by field path, the shape of Flowdock's `errors` answer. */
  get fieldErrors(): Record<string, string[]> {
    const errors: Record<string, string[]> = {};
    for (const { path, message } of this.issues) {
      const key = path || "message";
      errors[key] = [...(errors[key] ?? []), message];
    }
    return errors;
  }
}

/** A thread field not written as `Label=Value`; `text` is what was given. */
export class FieldTextError extends Error {
  override readonly name = "FieldTextError";

  constructor(
    readonly text: string,
    options?: { cause?: unknown },
  ) {
    super(`must look like "Label=Value", got "${text}"`, options);
  }
}
