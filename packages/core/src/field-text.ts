import { FieldTextError } from "./errors.js";

/**
 * Reads a thread field written as `Label=Value`, as the action's inputs, `flowdock-send --field`
 * and the relay's config take it. Both sides are trimmed; the value may be empty (a CI variable
 * that expands to nothing) but the label may not. Throws a {@link FieldTextError} otherwise.
 */
export function parseField(text: string): { label: string; value: string } {
  const equals = text.indexOf("=");
  const label = equals === -1 ? "" : text.slice(0, equals).trim();
  if (label === "") throw new FieldTextError(text);
  return { label, value: text.slice(equals + 1).trim() };
}

/** Tags written as `deploy, #prod` or one a line: split on commas and white space, `#` dropped. */
export function parseTags(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((tag) => tag.replace(/^#/, ""))
    .filter((tag) => tag !== "");
}
