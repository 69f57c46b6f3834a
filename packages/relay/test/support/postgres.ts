import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, realpathSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** Where the real server's `initdb`, `pg_ctl` and `postgres` are, if anywhere. */
export function findPostgresBin(): string | undefined {
  const candidates: string[] = [];
  const which = spawnSync("sh", ["-c", "command -v pg_ctl"], { encoding: "utf8" });
  // /usr/local/bin/pg_ctl may be a link or a wrapper: use the folder of what it really is.
  if (which.status === 0 && which.stdout.trim())
    candidates.push(dirname(realpathSync(which.stdout.trim())));
  if (existsSync("/usr/lib/postgresql")) {
    for (const version of readdirSync("/usr/lib/postgresql").sort(
      (a, b) => Number(b) - Number(a),
    )) {
      candidates.push(join("/usr/lib/postgresql", version, "bin"));
    }
  }
  return candidates.find((dir) =>
    ["initdb", "pg_ctl", "postgres"].every((name) => existsSync(join(dir, name))),
  );
}

/** Why PostgreSQL tests cannot run here, or undefined when they can. */
export function postgresMissing(): string | undefined {
  if (findPostgresBin() !== undefined) return undefined;
  return "PostgreSQL server binaries (initdb, pg_ctl) not found: apt-get install postgresql";
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** A private PostgreSQL cluster in a temporary folder, reachable on its unix socket only. */
export interface PrivateCluster {
  url: string;
  /** Shuts the server down (clients are disconnected), keeping its data. */
  pause(): void;
  /** Starts it again after {@link PrivateCluster.pause}. */
  resume(): void;
  stop(): void;
}

/** initdb + pg_ctl start in a temp dir, as the `postgres` user when we are root. */
export async function startCluster(): Promise<PrivateCluster> {
  const bin = findPostgresBin();
  if (bin === undefined) throw new Error(postgresMissing());
  const dir = mkdtempSync(join(tmpdir(), "relay-pg-"));
  const asRoot = process.getuid?.() === 0;
  const runAs = (command: string, args: string[]) => {
    const [file, argv] = asRoot
      ? ["runuser", ["-u", "postgres", "--", join(bin, command), ...args]]
      : [join(bin, command), args];
    execFileSync(file, argv, { stdio: ["ignore", "pipe", "pipe"], cwd: dir });
  };
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, "data");
  runAs("initdb", [
    "-D",
    data,
    "-A",
    "trust",
    "-U",
    "relay",
    "-E",
    "UTF8",
    "--locale=C",
    "--no-sync",
  ]);
  const port = await freePort();
  const start = () =>
    runAs("pg_ctl", [
      "-D",
      data,
      "-l",
      join(dir, "server.log"),
      "-w",
      "-o",
      `-p ${port} -k ${dir} -c listen_addresses='' -c max_connections=200`,
      "start",
    ]);
  start();
  return {
    url: `postgres://relay@${encodeURIComponent(dir)}:${port}/postgres`,
    pause: () => runAs("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]),
    resume: start,
    stop() {
      try {
        runAs("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
