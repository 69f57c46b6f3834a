/**
 * Length limits (in characters of HTML) that builders truncate to. Flowdock documented none for
 * these fields; these keep threads readable and requests small.
 */
export const LIMITS = {
  title: 300,
  fieldValue: 1000,
  body: 20_000,
} as const;
