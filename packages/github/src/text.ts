/** The first `length` UTF-16 units of `text`, never ending inside a surrogate pair. */
export function sliceChars(text: string, length: number): string {
  let end = Math.max(0, length);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}
