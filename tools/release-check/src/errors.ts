/** A command exited non-zero; carries what it printed so a failing check explains itself. */
export class CommandError extends Error {
  override name = "CommandError";
  constructor(
    readonly command: string,
    readonly exitCode: number | null,
    readonly stdout: string,
    readonly stderr: string,
    options?: { cause?: unknown },
  ) {
    super(
      `\`${command}\` exited with ${exitCode ?? "a signal"}\n${stderr || stdout}`.trimEnd(),
      options,
    );
  }
}

/** A release step found the repository in a state it must not paper over (e.g. a moved tag). */
export class ReleaseError extends Error {
  override name = "ReleaseError";
}
