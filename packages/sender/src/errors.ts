import { redact, redactCause } from "./redact.js";

// On the prototype, not a field, so the stack's first line already carries the class's name (and
// survives minifiers that rename classes).
function nameErrorClass(errorClass: { prototype: Error }, name: string): void {
  Object.defineProperty(errorClass.prototype, "name", {
    value: name,
    writable: true,
    configurable: true,
  });
}

/** Where an error came from, given to each error's constructor. */
export interface FlowdockErrorOptions {
  /** HTTP status of the last answer; 0 when the server was never reached. */
  status?: number;
  /** How many requests were made for this message. */
  attempts?: number;
  cause?: unknown;
  /** Strings to scrub from the message, the stack and the cause chain (the flow token). */
  secrets?: readonly string[];
}

/**
 * Any failure to deliver a message. `status` is the last HTTP status (0 when the server was never
 * reached), `attempts` how many requests were made. The flow token never appears in the message,
 * the stack, the `cause` chain, `JSON.stringify` or `util.inspect`.
 */
export class FlowdockError extends Error {
  static {
    nameErrorClass(FlowdockError, "FlowdockError");
  }
  /** HTTP status of the last answer; 0 when the server was never reached. */
  readonly status: number;
  /** How many requests were made for this message. */
  readonly attempts: number;

  constructor(message: string, options: FlowdockErrorOptions = {}) {
    const secrets = options.secrets ?? [];
    super(redact(message, secrets));
    this.status = options.status ?? 0;
    this.attempts = options.attempts ?? 0;
    if (options.cause !== undefined) {
      Object.defineProperty(this, "cause", {
        // A FlowdockError was built redacted; anything else is copied with the secrets removed.
        value:
          options.cause instanceof FlowdockError
            ? options.cause
            : redactCause(options.cause, secrets),
        configurable: true,
        writable: true,
      });
    }
    if (this.stack !== undefined) this.stack = redact(this.stack, secrets);
  }

  /** What `JSON.stringify` shows: name, message, status, attempts and the cause's name and message. */
  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = {
      name: this.name,
      message: this.message,
      status: this.status,
      attempts: this.attempts,
    };
    for (const [key, value] of Object.entries(this)) {
      if (!(key in json)) json[key] = value;
    }
    if (this.cause instanceof Error) {
      json.cause = { name: this.cause.name, message: this.cause.message };
    }
    return json;
  }
}

/** The server refused the message as invalid (400 or 422); `fieldErrors` holds its reasons. */
export class FlowdockRejectedError extends FlowdockError {
  static {
    nameErrorClass(FlowdockRejectedError, "FlowdockRejectedError");
  }
  /** The server's `errors` answer, e.g. `{ title: ["can't be blank"] }`. */
  readonly fieldErrors: Record<string, string[]>;

  constructor(
    message: string,
    options: FlowdockErrorOptions & { fieldErrors?: Record<string, string[]> } = {},
  ) {
    super(message, options);
    const secrets = options.secrets ?? [];
    this.fieldErrors = Object.fromEntries(
      Object.entries(options.fieldErrors ?? {}).map(([field, reasons]) => [
        redact(field, secrets),
        reasons.map((reason) => redact(reason, secrets)),
      ]),
    );
  }
}

/** The server did not accept the flow token (401, 403 or 404). Retrying will not help. */
export class FlowdockTokenError extends FlowdockError {
  static {
    nameErrorClass(FlowdockTokenError, "FlowdockTokenError");
  }
}

/** The source was removed in Flowdock (410): stop using this token. */
export class FlowdockSourceGoneError extends FlowdockError {
  static {
    nameErrorClass(FlowdockSourceGoneError, "FlowdockSourceGoneError");
  }
}

/** Every attempt failed with a retryable answer or a network error; `cause` is the last failure. */
export class FlowdockRetryError extends FlowdockError {
  static {
    nameErrorClass(FlowdockRetryError, "FlowdockRetryError");
  }
}

/** Every attempt failed and the last one got no answer within `timeoutMs`. */
export class FlowdockTimeoutError extends FlowdockRetryError {
  static {
    nameErrorClass(FlowdockTimeoutError, "FlowdockTimeoutError");
  }
}
