/** The emulator could not start, or was asked for something it cannot do. */
export class EmulatorError extends Error {
  override readonly name = "EmulatorError";
}

/** What `dataDir` holds could not be opened, read or written (a full disk, a damaged file). */
export class StorageError extends Error {
  override readonly name = "StorageError";
  /** `full`: the disk (or `dataLimitBytes`) is full; `damaged`: the file is corrupt; else `io`. */
  readonly reason: "full" | "damaged" | "io";

  constructor(message: string, options?: { cause?: unknown; reason?: "full" | "damaged" | "io" }) {
    super(message, options);
    this.reason = options?.reason ?? "io";
  }
}

/** @deprecated The journal became a SQLite database: use {@link StorageError}. */
export const JournalError = StorageError;
/** @deprecated Use {@link StorageError}. */
export type JournalError = StorageError;

/** A request body was larger than the emulator takes (1 MiB); it answers 413. */
export class BodyTooLargeError extends Error {
  override readonly name = "BodyTooLargeError";
}

/** Request bodies already being read fill the emulator's buffer; it answers 503 with Retry-After. */
export class BodiesBufferFullError extends Error {
  override readonly name = "BodiesBufferFullError";
}

/** The client closed the connection (or timed out) before its body was all sent. */
export class BodyAbortedError extends Error {
  override readonly name = "BodyAbortedError";
}

/** A form-encoded body nests too deeply or holds too many keys to be a message; it answers 400. */
export class FormTooComplexError extends Error {
  override readonly name = "FormTooComplexError";
}
