import type { MapOptions } from "@flowdock-kit/github";
import type { RouteFile } from "./config-schema.js";

/** The one place a route's options become `mapEvent`'s options. */
export function mapOptionsFor(route: RouteFile): MapOptions {
  const options: MapOptions = {};
  if (route.colors !== undefined) options.colors = route.colors;
  if (route.fields !== undefined) options.fields = route.fields;
  if (route.tags !== undefined) options.tags = route.tags;
  if (route.mentions !== undefined) options.mentions = route.mentions;
  if (route.include_body !== undefined) options.includeBody = route.include_body;
  if (route.body_max_length !== undefined) options.bodyMaxLength = route.body_max_length;
  if (route.include_jobs !== undefined) options.includeJobs = route.include_jobs;
  return options;
}
