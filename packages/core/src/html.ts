import { isSafeLinkTarget } from "./url.js";

const BRAND: unique symbol = Symbol.for("@flowdock-kit/core/html") as never;

/**
 * A piece of HTML that flowdock-kit made or checked: the only way markup gets into a message.
 * Create it with {@link html}, {@link link} or `markdownToHtml`; a plain `string` is always text.
 */
export interface Html {
  readonly [BRAND]: true;
  /** The markup itself. */
  readonly value: string;
  toString(): string;
  toJSON(): string;
}

/** Text or markup: plain strings are escaped, {@link Html} is kept as it is. */
export type Text = string | Html;

function brand(value: string): Html {
  return Object.freeze({
    [BRAND]: true as const,
    value,
    toString: () => value,
    toJSON: () => value,
  });
}

/** Whether `value` is {@link Html} made by flowdock-kit (works across copies of the package). */
export function isHtml(value: unknown): value is Html {
  return typeof value === "object" && value !== null && (value as Html)[BRAND] === true;
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes `& < > " '` so that `text` shows as itself inside HTML text or a quoted attribute. */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (char) => ESCAPES[char] as string);
}

/** The HTML for `value`: markup as it is, anything else escaped as text. */
export function toHtmlString(value: Text): string {
  return isHtml(value) ? value.value : escapeHtml(value);
}

/**
 * Tagged template for markup: the literal parts are yours and kept, every `${value}` is escaped
 * unless it is already {@link Html}; arrays are joined. `html\`<b>${title}</b>\``. Escaping makes a
 * value safe as text or inside a *quoted* attribute only: write `href="${url}"`, never `href=${url}`,
 * and prefer {@link link} for URLs (it refuses `javascript:`). Builders check the result anyway.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0] ?? "";
  values.forEach((value, index) => {
    out += interpolate(value) + (strings[index + 1] ?? "");
  });
  return brand(out);
}

function interpolate(value: unknown): string {
  if (value === null || value === undefined || value === false) return "";
  if (Array.isArray(value)) return value.map(interpolate).join("");
  if (isHtml(value)) return value.value;
  return escapeHtml(String(value));
}

/** Joins pieces of markup (and escaped text) with a separator. */
export function joinHtml(parts: readonly Text[], separator: Text = ""): Html {
  return brand(parts.map(toHtmlString).join(toHtmlString(separator)));
}

/**
 * A link `<a href="url">text</a>`. A URL that is not http(s), mailto or relative (for example
 * `javascript:`) gives the text alone, never a link.
 */
export function link(text: Text, url: string): Html {
  const label = toHtmlString(text);
  if (!isSafeLinkTarget(url)) return brand(label);
  return brand(`<a href="${escapeHtml(url)}">${label}</a>`);
}

/** Marks HTML produced inside core by code that guarantees it is safe (micromark, truncation). */
export function trustedHtml(value: string): Html {
  return brand(value);
}
