import { FormTooComplexError } from "./errors.js";

type FormValue = string | FormObject | FormValue[];
interface FormObject {
  [key: string]: FormValue;
}

/** No Flowdock message nests deeper than `thread[fields][0][label]`; Rack capped depth too. */
export const MAX_FORM_DEPTH = 8;
/** Far more fields than any message has, few enough to parse at once. */
export const MAX_FORM_KEYS = 1000;

/** `thread[fields][0][label]` → `["thread", "fields", "0", "label"]`; `tags[]` ends with `""`. */
function splitKey(key: string): string[] {
  const open = key.indexOf("[");
  if (open <= 0 || !key.endsWith("]")) return [key];
  // Counted before splitting, so a key nested 200,000 deep costs one scan, not 200,000 objects.
  let depth = 0;
  for (let i = key.indexOf("[", open); i !== -1; i = key.indexOf("[", i + 1)) {
    depth += 1;
    if (depth > MAX_FORM_DEPTH)
      throw new FormTooComplexError(`form keys may nest at most ${MAX_FORM_DEPTH} levels deep`);
  }
  const rest = key.slice(open + 1, -1).split("][");
  return [key.slice(0, open), ...rest];
}

function isIndex(segment: string): boolean {
  return /^\d{1,3}$/.test(segment);
}

/** Objects without a prototype: `__proto__`, `hasOwnProperty` or `constructor` are then plain keys. */
function container(next: string): FormObject | FormValue[] {
  return next === "" || isIndex(next) ? [] : (Object.create(null) as FormObject);
}

/** A key's own value only: an inherited member (a built-in function) must never be written into. */
function own(target: FormObject | FormValue[], key: string | number): FormValue | undefined {
  return Object.hasOwn(target, key) ? (target as Record<string, FormValue>)[key] : undefined;
}

function assign(target: FormObject | FormValue[], path: string[], value: string): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (Array.isArray(target)) {
    if (head !== "" && !isIndex(head)) return;
    const next = rest[0];
    if (next === undefined) {
      if (head === "") target.push(value);
      else target[Number(head)] = value;
      return;
    }
    // `a[][label]=x&a[][value]=y` builds one element until a key repeats, as Rails and qs do.
    let index = head === "" ? target.length - 1 : Number(head);
    let child = index < 0 ? undefined : own(target, index);
    if (
      head === "" &&
      (child === undefined ||
        typeof child === "string" ||
        (!Array.isArray(child) && Object.hasOwn(child, next)))
    ) {
      index = target.length;
      child = undefined;
    }
    if (child === undefined || typeof child === "string") {
      child = container(next);
      target[index] = child;
    }
    assign(child, rest, value);
    return;
  }
  const next = rest[0];
  if (next === undefined) {
    target[head] = value;
    return;
  }
  let child = own(target, head);
  if (child === undefined || typeof child === "string") {
    child = container(next);
    target[head] = child;
  }
  assign(child, rest, value);
}

function compact(value: FormValue): FormValue {
  if (Array.isArray(value)) return value.filter((item) => item !== undefined).map(compact);
  if (typeof value === "string") return value;
  // fromEntries defines own properties, so even `__proto__` stays a plain key of the result.
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, compact(item)]));
}

/**
 * Decodes an `application/x-www-form-urlencoded` body with Rails-style nested keys
 * (`author[name]`, `thread[fields][0][label]`, `tags[]`), the way Flowdock's Rails API read forms.
 * Throws {@link FormTooComplexError} past {@link MAX_FORM_DEPTH} levels or {@link MAX_FORM_KEYS} keys.
 */
export function parseForm(body: string): Record<string, unknown> {
  const root = container("root") as FormObject;
  let keys = 0;
  for (const [key, value] of new URLSearchParams(body)) {
    keys += 1;
    if (keys > MAX_FORM_KEYS)
      throw new FormTooComplexError(`a form may hold at most ${MAX_FORM_KEYS} keys`);
    assign(root, splitKey(key), value);
  }
  return compact(root) as Record<string, unknown>;
}
