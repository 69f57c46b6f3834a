import { spawn } from "node:child_process";
import { once } from "node:events";
import { copyFile, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { startEmulator } from "../src/index.ts";

const BIN = fileURLToPath(new URL("../bin/flowdock-emulator.js", import.meta.url));

async function run(
  bin: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [bin, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  const [code] = await once(child, "exit");
  return { code, stdout, stderr };
}

describe("flowdock-emulator", () => {
  it("prints its version", async () => {
    const { version } = JSON.parse(
      await readFile(new URL("../package.json", import.meta.url), "utf8"),
    );
    expect(await run(BIN, ["--version"])).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('says "port N is already in use" when it is', async () => {
    const taken = await startEmulator({ port: 0 });
    try {
      const { code, stderr } = await run(BIN, ["--port", String(taken.port), "--quiet"]);
      expect(code).toBe(1);
      expect(stderr).toBe(`flowdock-emulator: port ${taken.port} is already in use on 127.0.0.1\n`);
    } finally {
      await taken.close();
    }
  });

  it("tells what to run when it has not been built yet (a fresh clone)", async () => {
    const clone = await mkdtemp(join(tmpdir(), "flowdock-emulator-clone-"));
    try {
      await mkdir(join(clone, "bin"));
      await copyFile(BIN, join(clone, "bin", "flowdock-emulator.js"));
      const { code, stderr } = await run(join(clone, "bin", "flowdock-emulator.js"), []);
      expect(code).toBe(1);
      expect(stderr).toContain("it is not built yet; run `npm run build`");
    } finally {
      await rm(clone, { recursive: true, force: true });
    }
  });
});
