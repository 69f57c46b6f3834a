// Runs every package's benchmark on the built packages, one after another so they don't compete
// for the two cores: `npm run build && npm run bench`. Numbers go in issue notes, never in tests.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const benches = [
  "packages/core/bench/core.bench.mjs",
  "packages/github/bench/map.bench.mjs",
  "packages/emulator/bench/accept.bench.mjs",
  "packages/sender/bench/send-all.bench.mjs",
  "packages/relay/bench/relay.bench.mjs",
  "actions/github-flowdock/bench/cold-start.mjs",
];
const only = process.argv.slice(2);
let failed = 0;
for (const bench of benches) {
  if (only.length > 0 && !only.some((name) => bench.includes(name))) continue;
  if (!existsSync(new URL(`../${bench}`, import.meta.url))) continue;
  console.log(`\n### ${bench}`);
  const { status } = spawnSync(process.execPath, [bench], { cwd: root, stdio: "inherit" });
  if (status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
