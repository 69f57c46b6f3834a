import { STATUS_COLORS } from "@flowdock-kit/core";

/** A colour override (`merged=purple`) that cannot be used; the message names the bad part. */
export class ColorOverrideError extends Error {
  override readonly name = "ColorOverrideError";
  /** The part of the input that is wrong, as written. */
  readonly part: string;

  constructor(part: string, problem: string, options?: { cause?: unknown }) {
    super(`Invalid colour override "${part}": ${problem}`, options);
    this.part = part;
  }
}

/** A mentions entry (`octocat=marty`) that cannot be used; the message names the bad entry. */
export class MentionsError extends Error {
  override readonly name = "MentionsError";
  /** The entry of the input that is wrong, as written. */
  readonly part: string;

  constructor(part: string, problem: string, options?: { cause?: unknown }) {
    super(`Invalid mentions entry "${part}": ${problem}`, options);
    this.part = part;
  }
}

/** The ten colours, for error messages. */
export const COLOR_NAMES = STATUS_COLORS.join(", ");
