type FormValue = string | FormObject | FormValue[];
interface FormObject {
  [key: string]: FormValue;
}

const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** `thread[fields][0][label]` → `["thread", "fields", "0", "label"]`; `tags[]` ends with `""`. */
function splitKey(key: string): string[] {
  const open = key.indexOf("[");
  if (open <= 0 || !key.endsWith("]")) return [key];
  const rest = key.slice(open + 1, -1).split("][");
  return [key.slice(0, open), ...rest];
}

function isIndex(segment: string): boolean {
  return /^\d{1,4}$/.test(segment);
}

function container(next: string): FormObject | FormValue[] {
  return next === "" || isIndex(next) ? [] : {};
}

function assign(target: FormObject | FormValue[], path: string[], value: string): void {
  const [head, ...rest] = path;
  if (head === undefined || UNSAFE_KEYS.has(head)) return;
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
    let child: FormValue | undefined = target[index];
    if (
      head === "" &&
      (child === undefined || typeof child === "string" || (!Array.isArray(child) && next in child))
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
  let child: FormValue | undefined = target[head];
  if (child === undefined || typeof child === "string") {
    child = container(next);
    target[head] = child;
  }
  assign(child, rest, value);
}

function compact(value: FormValue): FormValue {
  if (Array.isArray(value)) return value.filter((item) => item !== undefined).map(compact);
  if (typeof value === "string") return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, compact(item)]));
}

/**
 * Decodes an `application/x-www-form-urlencoded` body with Rails-style nested keys
 * (`author[name]`, `thread[fields][0][label]`, `tags[]`), the way Flowdock's Rails API read forms.
 */
export function parseForm(body: string): Record<string, unknown> {
  const root: FormObject = {};
  for (const [key, value] of new URLSearchParams(body)) assign(root, splitKey(key), value);
  return compact(root) as Record<string, unknown>;
}
