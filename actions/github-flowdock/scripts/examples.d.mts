/** One real payload, with where it came from (`ghes-35 issues[3] labeled`). */
export interface Example {
  event: string;
  action: string;
  // biome-ignore lint/suspicious/noExplicitAny: real payloads are read field by field
  payload: any;
  label: string;
}

export function examplesOf(events: readonly string[]): Example[];
// biome-ignore lint/suspicious/noExplicitAny: a real payload, changed by the caller
export function example(event: string, action: string): any;
