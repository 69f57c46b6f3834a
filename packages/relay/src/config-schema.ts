import { parseField, parseTags } from "@flowdock-kit/core";
import { parseColorOverrides, parseMentions, SUPPORTED_EVENTS } from "@flowdock-kit/github";
import { z } from "zod";

const Count = (min: number, max: number) => z.number().int().min(min).max(max);

/** Text given to `parse`, whose error (if any) becomes the config's issue at that place. */
function parsedText<T>(parse: (text: string) => T) {
  return (text: string, context: z.RefinementCtx): T => {
    try {
      return parse(text);
    } catch (error) {
      context.addIssue({ code: "custom", message: (error as Error).message });
      return z.NEVER;
    }
  };
}

/** A `key=value, key=value` list, also written as a YAML map, read by the mapper's own parser. */
function pairsSchema<T>(parse: (text: string) => T) {
  return z.union([z.string(), z.record(z.string(), z.string())]).transform((value, context) =>
    parsedText(parse)(
      typeof value === "string"
        ? value
        : Object.entries(value)
            .map(([key, item]) => `${key}=${item}`)
            .join(","),
      context,
    ),
  );
}

/** `"merged=purple, cancelled=yellow"` or `{ merged: purple }`. */
const ColorsSchema = pairsSchema(parseColorOverrides);

const FieldSchema = z.union([
  z.string().transform(parsedText(parseField)),
  z.strictObject({ label: z.string().min(1), value: z.string() }),
]);

const TagsSchema = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => parseTags(typeof value === "string" ? value : value.join(",")));

/** GitHub login → Flowdock nick, as `{ octocat: octo }` or `"octocat=octo, hubot=bot"`. */
const MentionsSchema = pairsSchema(parseMentions);

const RepositoryGlobSchema = z
  .string()
  .regex(/^[^/\s]+\/[^/\s]+$/, 'must be "owner/name" (globs allowed, e.g. "octo-org/*" or "*/*")');

const EventSchema = z.string().refine((event) => SUPPORTED_EVENTS.includes(event), {
  error: (issue) =>
    `unknown event "${String(issue.input)}"; supported events: ${SUPPORTED_EVENTS.join(", ")}`,
});

const EnvNameSchema = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be the name of an environment variable");

/** One route as written in the config file. */
export const RouteSchema = z
  .strictObject({
    name: z.string().min(1).optional(),
    repositories: z.array(RepositoryGlobSchema).min(1),
    events: z.array(EventSchema).min(1).optional(),
    flow_token_env: EnvNameSchema.optional(),
    flow_token_file: z.string().min(1).optional(),
    colors: ColorsSchema.optional(),
    fields: z.array(FieldSchema).optional(),
    tags: TagsSchema.optional(),
    mentions: MentionsSchema.optional(),
    include_body: z.boolean().optional(),
    body_max_length: Count(100, 1_000_000).optional(),
    include_jobs: z.boolean().optional(),
  })
  .check((context) => {
    const route = context.value;
    const sources = [route.flow_token_env, route.flow_token_file].filter((s) => s !== undefined);
    if (sources.length !== 1) {
      context.issues.push({
        code: "custom",
        input: route,
        message:
          sources.length === 0
            ? "needs flow_token_env (an environment variable) or flow_token_file (a file) holding the flow token"
            : "give flow_token_env or flow_token_file, not both",
      });
    }
  });

/** How messages are sent; the defaults suit Flowdock, tests make them fast. */
export const DeliverySchema = z.strictObject({
  retries: Count(0, 50).default(6),
  timeout_ms: Count(100, 600_000).default(10_000),
  min_delay_ms: Count(0, 600_000).default(1000),
  max_delay_ms: Count(0, 3_600_000).default(60_000),
  concurrency: Count(1, 256).default(32),
  shutdown_grace_ms: Count(0, 600_000).default(10_000),
});

/** The relay's config file (YAML or JSON). */
export const ConfigSchema = z.strictObject({
  api_url: z
    .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
    .default("https://api.flowdock.com"),
  delivery: DeliverySchema.prefault({}),
  // GitHub redelivers up to three days back, so a delivery id is kept at least that long.
  retention_days: z
    .number()
    .int()
    .min(3, "must be at least 3: GitHub redelivers deliveries up to 3 days old")
    .max(3650)
    .default(7),
  routes: z.array(RouteSchema).min(1, "needs at least one route"),
});

/** The config file as validated, before tokens are read. */
export type ConfigFile = z.output<typeof ConfigSchema>;
/** One validated route of the config file. */
export type RouteFile = z.output<typeof RouteSchema>;
