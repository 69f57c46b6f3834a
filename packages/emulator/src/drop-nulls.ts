/** Deeper than any field of a message; what lies below is left for the schema to refuse. */
const MAX_DEPTH = 6;

/**
 * Removes object keys whose value is JSON `null`: Flowdock read `null` as absent (its own git
 * hook sends `"body": null`), so a required field that is `null` is reported as missing.
 */
export function dropNulls(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH || typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => dropNulls(item, depth + 1));
  // fromEntries defines own properties: a `__proto__` key stays a key, as JSON.parse made it.
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== null)
      .map(([key, item]) => [key, dropNulls(item, depth + 1)]),
  );
}
