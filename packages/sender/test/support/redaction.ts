import { inspect } from "node:util";
import { expect } from "vitest";

/** Every string a user could see of `error`: message, stack, props, cause chain, JSON, inspect. */
export function everythingShown(error: unknown): string {
  const seen = new Set<unknown>();
  const parts: string[] = [
    inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true, getters: true }),
  ];
  try {
    parts.push(JSON.stringify(error));
  } catch {
    // A circular value cannot be stringified; inspect above still shows it.
  }
  const walk = (value: unknown) => {
    if (value === null || value === undefined || seen.has(value)) return;
    if (typeof value === "string") {
      parts.push(value);
      return;
    }
    if (typeof value !== "object" && typeof value !== "function") {
      parts.push(String(value));
      return;
    }
    seen.add(value);
    if (value instanceof Error) {
      parts.push(value.name, value.message, value.stack ?? "", String(value));
      walk(value.cause);
    }
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor && "value" in descriptor) walk(descriptor.value);
    }
  };
  walk(error);
  return parts.join("\n");
}

/** Fails when `token` shows anywhere in `error`. */
export function expectNoToken(error: unknown, token: string): void {
  expect(error).toBeDefined();
  const shown = everythingShown(error);
  expect(shown).not.toContain(token);
  expect(shown).not.toContain(encodeURIComponent(token));
}
