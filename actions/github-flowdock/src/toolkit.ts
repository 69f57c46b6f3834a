/**
 * The slice of `@actions/core` the action uses. `run` receives it as a parameter so tests pass a
 * recorder instead of mocking modules; the real module satisfies it as it is.
 */
export interface Toolkit {
  getInput(name: string): string;
  setSecret(secret: string): void;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  warning(message: string): void;
  notice(message: string): void;
  info(message: string): void;
  debug(message: string): void;
  summary: {
    addRaw(text: string, addEOL?: boolean): unknown;
    write(): Promise<unknown>;
  };
}
