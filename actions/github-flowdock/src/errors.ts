/** An action input (or the runner environment) holds a value the action cannot use. */
export class InputError extends Error {
  override readonly name = "InputError";
  /** The input's name as written in the workflow (`body-max-length`), or the variable's name. */
  readonly input: string;

  constructor(input: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.input = input;
  }
}

/** The event payload at `GITHUB_EVENT_PATH` cannot be read or parsed. */
export class EventFileError extends Error {
  override readonly name = "EventFileError";
}
