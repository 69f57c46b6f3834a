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
