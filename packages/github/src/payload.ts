import { isHttpUrl } from "@flowdock-kit/core";

/** A JSON object read loosely: every property is unknown until a reader below checks it. */
export type Obj = Readonly<Record<string, unknown>>;

/** `value` as an object, or `undefined` for anything else (null, arrays, strings). */
export function obj(value: unknown): Obj | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Obj)
    : undefined;
}

/** A non-blank string property, trimmed of nothing: GitHub text is shown as it is. */
export function str(source: Obj | undefined, key: string): string | undefined {
  const value = source?.[key];
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** A finite number property (GitHub ids, counts, issue numbers). */
export function num(source: Obj | undefined, key: string): number | undefined {
  const value = source?.[key];
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** A boolean property. */
export function bool(source: Obj | undefined, key: string): boolean | undefined {
  const value = source?.[key];
  return typeof value === "boolean" ? value : undefined;
}

/** The objects of an array property; anything that is not an object is dropped. */
export function objects(source: Obj | undefined, key: string): Obj[] {
  const value = source?.[key];
  if (!Array.isArray(value)) return [];
  const out: Obj[] = [];
  for (const item of value) {
    const found = obj(item);
    if (found !== undefined) out.push(found);
  }
  return out;
}

/** An absolute http(s) URL property; links are only ever built from these. */
export function url(source: Obj | undefined, key: string): string | undefined {
  const value = str(source, key);
  return value !== undefined && isHttpUrl(value) ? value : undefined;
}

/** Whether `value` is a positive integer (issue and PR numbers, run ids). */
export function isPositiveInteger(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0;
}
