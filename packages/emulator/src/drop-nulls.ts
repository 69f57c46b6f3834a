/** Deeper than any field of a message; what lies below is left for the schema to refuse. */
const MAX_DEPTH = 6;

/**
 * Removes object keys whose value is JSON `null`: Flowdock read `null` as absent (its own git
 * hook sends `"body": null`), so a required field that is `null` is reported as missing.
 */
export function dropNulls(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH || typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => dropNulls(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== null) out[key] = dropNulls(item, depth + 1);
  }
  return out;
}
