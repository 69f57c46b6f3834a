import { spawn } from "node:child_process";
import { expect, it } from "vitest";
import { startFaultServer } from "./support/fault-server.js";
import { message, TOKEN } from "./support/mock-flowdock.js";

const INDEX = new URL("../dist/index.js", import.meta.url).href;

// A process in which undici cannot be imported, as in the action's bundle, which leaves it out.
const WITHOUT_UNDICI = `data:text/javascript,${encodeURIComponent(`
  export async function resolve(specifier, context, next) {
    if (specifier === "undici") throw Object.assign(new Error("undici is not shipped here"), { code: "ERR_MODULE_NOT_FOUND" });
    return next(specifier, context);
  }
`)}`;

async function runWithoutUndici(body: string): Promise<{ code: unknown; out: string }> {
  const script = `
    import { register } from "node:module";
    register(${JSON.stringify(WITHOUT_UNDICI)});
    const sender = await import(${JSON.stringify(INDEX)});
    ${body}
  `;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script]);
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk));
  child.stderr.on("data", (chunk: Buffer) => (out += chunk));
  const code = await new Promise((resolve) => child.on("close", resolve));
  return { code, out };
}

// The action and flowdock-send send through node:http; they work where undici is not there at all.
it("sends through the node transport in a process that cannot import undici", async () => {
  const server = await startFaultServer();
  try {
    const { code, out } = await runWithoutUndici(`
      const transport = sender.createNodeTransport();
      const client = sender.createFlowdockClient({ flowToken: ${JSON.stringify(TOKEN)}, apiUrl: ${JSON.stringify(server.url)}, transport });
      const sent = await client.send(${JSON.stringify(message())});
      await client.close();
      await transport.close();
      console.log(JSON.stringify({ status: sent.status }));
    `);
    expect(code, out).toBe(0);
    expect(JSON.parse(out)).toEqual({ status: 202 });
    expect(server.stored.size).toBe(1);
  } finally {
    await server.close();
  }
});

// Importing the sender stays cheap for short processes: undici is needed only by the first send
// through the default transport, and its absence is reported there, as a failed send.
it("imports and makes a default client without undici; only sending through it needs undici", async () => {
  const server = await startFaultServer();
  try {
    const { code, out } = await runWithoutUndici(`
      const client = sender.createFlowdockClient({ flowToken: ${JSON.stringify(TOKEN)}, apiUrl: ${JSON.stringify(server.url)}, retries: 0 });
      const failure = await client.send(${JSON.stringify(message())}).then(() => "sent", (error) => error.message);
      await client.close();
      console.log(JSON.stringify({ failure }));
    `);
    expect(code, out).toBe(0);
    expect((JSON.parse(out) as { failure: string }).failure).toContain(
      "undici is not shipped here",
    );
    expect(server.stored.size).toBe(0);
  } finally {
    await server.close();
  }
});
