import { spawn } from "node:child_process";
import { expect, it } from "vitest";
import { startFaultServer } from "./support/fault-server.js";
import { message, TOKEN } from "./support/mock-flowdock.js";

const INDEX = new URL("../dist/index.js", import.meta.url).href;

// Importing the sender must stay cheap for the action's cold start: undici loads on the first send.
it("loads undici on the first send, not on import", async () => {
  const server = await startFaultServer();
  try {
    const script = `
      import { createRequire } from "node:module";
      const undiciModules = () =>
        Object.keys(createRequire(import.meta.url).cache).filter((k) => k.includes("undici")).length;
      const { createFlowdockClient } = await import(${JSON.stringify(INDEX)});
      const client = createFlowdockClient({ flowToken: ${JSON.stringify(TOKEN)}, apiUrl: ${JSON.stringify(server.url)} });
      const before = undiciModules();
      await client.send(${JSON.stringify(message())});
      await client.close();
      console.log(JSON.stringify({ before, after: undiciModules() }));
    `;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script]);
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk));
    child.stderr.on("data", (chunk: Buffer) => (out += chunk));
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(code, out).toBe(0);
    const { before, after } = JSON.parse(out) as { before: number; after: number };
    expect(before).toBe(0);
    expect(after).toBeGreaterThan(0);
    expect(server.stored.size).toBe(1);
  } finally {
    await server.close();
  }
});

// The action and flowdock-send send through node:http; they never pay for undici.
it("never loads undici when sending through the node transport", async () => {
  const server = await startFaultServer();
  try {
    const script = `
      import { createRequire } from "node:module";
      const undiciModules = () =>
        Object.keys(createRequire(import.meta.url).cache).filter((k) => k.includes("undici")).length;
      const { createFlowdockClient, createNodeTransport } = await import(${JSON.stringify(INDEX)});
      const transport = createNodeTransport();
      const client = createFlowdockClient({ flowToken: ${JSON.stringify(TOKEN)}, apiUrl: ${JSON.stringify(server.url)}, transport });
      await client.send(${JSON.stringify(message())});
      await client.close();
      await transport.close();
      console.log(JSON.stringify({ after: undiciModules() }));
    `;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script]);
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk));
    child.stderr.on("data", (chunk: Buffer) => (out += chunk));
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(code, out).toBe(0);
    expect(JSON.parse(out)).toEqual({ after: 0 });
    expect(server.stored.size).toBe(1);
  } finally {
    await server.close();
  }
});
