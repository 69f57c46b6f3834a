// Real payloads from @octokit/webhooks-examples: api.github.com and every GHES folder.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const root = dirname(
  createRequire(import.meta.url).resolve("@octokit/webhooks-examples/package.json"),
);
const folders = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort((a, b) => (a === "api.github.com" ? -1 : b === "api.github.com" ? 1 : a.localeCompare(b)));
const definitions = folders.map((folder) => ({
  folder,
  events: JSON.parse(readFileSync(join(root, folder, "index.json"), "utf8")),
}));

/**
 * Every example of `events`, once each (GHES folders repeat many payloads), in a stable order.
 * Each call returns fresh copies.
 */
export function examplesOf(events) {
  const seen = new Set();
  const out = [];
  for (const { folder, events: definitionsOfFolder } of definitions) {
    for (const definition of definitionsOfFolder) {
      if (!events.includes(definition.name)) continue;
      definition.examples.forEach((payload, index) => {
        const key = `${definition.name}\n${JSON.stringify(payload)}`;
        if (seen.has(key)) return;
        seen.add(key);
        out.push({
          event: definition.name,
          action: typeof payload.action === "string" ? payload.action : "",
          payload: structuredClone(payload),
          label: `${folder} ${definition.name}[${index}] ${payload.action ?? ""}`.trim(),
        });
      });
    }
  }
  return out;
}

/** The first api.github.com example of `event` with `action`, as a fresh copy to change. */
export function example(event, action) {
  const found = examplesOf([event]).find((entry) => entry.action === action);
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${event}.${action}`);
  return found.payload;
}
