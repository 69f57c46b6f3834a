import * as fs from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { constants, promises } from "./toolkit-fs.js";

describe("the node:fs @actions/core's summary sees", () => {
  let temp: string;
  beforeAll(async () => {
    temp = await mkdtemp(join(tmpdir(), "toolkit-fs-"));
  });
  afterAll(async () => {
    await rm(temp, { recursive: true, force: true });
  });

  it("appends, writes and checks access as fs.promises does", async () => {
    const file = join(temp, "summary.md");
    await writeFile(file, "");
    await expect(promises.access(file, constants.R_OK | constants.W_OK)).resolves.toBeUndefined();
    await promises.appendFile(file, "<h3>one</h3>\n", { encoding: "utf8" });
    await promises.appendFile(file, "<p>two</p>\n", { encoding: "utf8" });
    expect(await readFile(file, "utf8")).toBe("<h3>one</h3>\n<p>two</p>\n");
    await promises.writeFile(file, "over", { encoding: "utf8" });
    expect(await readFile(file, "utf8")).toBe("over");
  });

  it("rejects with the same errors, so the toolkit's messages stay the same", async () => {
    const missing = join(temp, "missing", "summary.md");
    const [ours, real] = await Promise.allSettled([
      promises.access(missing, constants.W_OK),
      fs.promises.access(missing, constants.W_OK),
    ]);
    expect(ours.status).toBe("rejected");
    expect(real.status).toBe("rejected");
    const code = (result: PromiseSettledResult<unknown>) =>
      result.status === "rejected" ? (result.reason as NodeJS.ErrnoException).code : undefined;
    expect(code(ours)).toBe("ENOENT");
    expect(code(ours)).toBe(code(real));
    await expect(promises.appendFile(missing, "x")).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("hands any other call to fs.promises", () => {
    expect(promises.readFile).toBe(fs.promises.readFile);
    expect(promises.open).toBe(fs.promises.open);
    expect(constants).toBe(fs.constants);
  });
});
