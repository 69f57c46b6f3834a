const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Whether `value` is an absolute `http:` or `https:` URL. */
export function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === "http:" || protocol === "https:";
}

/**
 * Whether an `href`/`src` value (entities already decoded) is harmless: http(s), mailto, or a
 * relative reference. Browsers ignore ASCII whitespace and control characters inside a scheme
 * (`java\tscript:`), so those are removed before the scheme is read.
 */
export function isSafeLinkTarget(value: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  const scheme = SCHEME.exec(compact)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === "http" || scheme === "https" || scheme === "mailto";
}
