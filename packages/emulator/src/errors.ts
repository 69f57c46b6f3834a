/** The emulator could not start, or was asked for something it cannot do. */
export class EmulatorError extends Error {
  override readonly name = "EmulatorError";

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The journal in `dataDir` could not be read or written. */
export class JournalError extends Error {
  override readonly name = "JournalError";

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** A request body was larger than the emulator takes (1 MiB); it answers 413. */
export class BodyTooLargeError extends Error {
  override readonly name = "BodyTooLargeError";

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** A form-encoded body nests too deeply or holds too many keys to be a message; it answers 400. */
export class FormTooComplexError extends Error {
  override readonly name = "FormTooComplexError";

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
