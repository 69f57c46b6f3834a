/** An input as action.yml declares it. */
export interface ActionInput {
  description: string;
  required?: boolean;
  default?: string;
}

/** What the runner would see after one step. */
export interface StepResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The step was still running after `limitMs` and was killed. */
  killed: boolean;
  outputs: Record<string, string>;
  summary: string;
}

export interface RunActionOptions {
  node?: string;
  eventName: string;
  payload?: unknown;
  eventPath?: string;
  inputs?: Record<string, string>;
  context?: Record<string, string>;
  dir?: string;
  env?: Record<string, string | undefined>;
  /** Kills a step still running after this many milliseconds. */
  limitMs?: number;
}

export const actionDir: string;
export function readActionInputs(dir?: string): Record<string, ActionInput>;
export function parseFileCommands(text: string): Record<string, string>;
export function runAction(options: RunActionOptions): Promise<StepResult>;
export function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]>;
export function resolveNode24(): Promise<string | undefined>;
export function requireNode24(): Promise<string>;
export function actionMain(dir?: string): string;
