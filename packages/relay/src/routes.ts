import type { Route } from "./config.js";

/** The routes that take `event` from `repository` (`owner/name`), in config order. */
export function matchRoutes(
  routes: readonly Route[],
  event: string,
  repository: string | undefined,
): Route[] {
  if (repository === undefined) return [];
  return routes.filter(
    (route) =>
      (route.events === undefined || route.events.includes(event)) &&
      route.matchesRepository(repository),
  );
}
