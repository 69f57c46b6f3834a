import {
  debug,
  getInput,
  info,
  notice,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning,
} from "@actions/core";
import type { Message, Thread } from "@flowdock-kit/core";
import { type MapOptions, type MapResult, mapEvent, mapRunStatus } from "@flowdock-kit/github";
import { createFlowdockClient, createNodeTransport } from "@flowdock-kit/sender";
import { type Inputs, readInputs } from "./inputs.js";
import { redactingToolkit } from "./redacting-toolkit.js";
import { type RunnerEvent, readEvent, readRunContext } from "./runner-env.js";
import { plural, renderSkipped, renderSummary } from "./summary.js";
import type { Toolkit } from "./toolkit.js";

// Named imports, not the namespace: esbuild then leaves @actions/core's OIDC client and exec out.
const actionsCore: Toolkit = {
  debug,
  getInput,
  info,
  notice,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning,
};

type Env = Record<string, string | undefined>;
type Mapped = Extract<MapResult, { skipped: false }>;

interface Delivery {
  ok: boolean;
  attempts: number;
  error?: string;
}

/**
 * The whole action: read inputs, map the event, post it, report. The only place that fails the
 * step; a delivery failure is a warning unless `fail-on-error` is set. Tests pass a recording
 * toolkit; `@github/local-action` and `dist/index.cjs` call it with no arguments.
 */
export async function run(toolkit: Toolkit = actionsCore, env: Env = process.env): Promise<void> {
  // Masked before anything else can echo it.
  const token = toolkit.getInput("flow-token");
  if (token) toolkit.setSecret(token);
  // The runner masks the log, not outputs or the summary: everything written goes through redact.
  const core = redactingToolkit(toolkit, [token]);
  try {
    const inputs = readInputs((name) => core.getInput(name));
    const event = readEvent(env);
    const result = mapForInputs(inputs, event, env);
    if (result.skipped) {
      core.notice(`Nothing posted to Flowdock: ${result.reason}`);
      core.setOutput("ok", "true");
      core.setOutput("skipped", "true");
      core.setOutput("attempts", "0");
      await writeSummary(core, env, renderSkipped(result.reason));
      return;
    }

    setMessageOutputs(core, result);
    const report = {
      threadId: result.threadId,
      threadTitle: result.threadTitle,
      messages: result.messages,
      ...(result.threadUrl ? { threadUrl: result.threadUrl } : {}),
      ...(result.status ? { status: result.status } : {}),
    };

    if (inputs.dryRun) {
      core.info(
        `Dry run: would post to ${inputs.apiUrl}/messages:\n${payloadOutput(result.messages, 2)}`,
      );
      core.setOutput("ok", "true");
      core.setOutput("attempts", "0");
      await writeSummary(core, env, renderSummary({ ...report, outcome: "dry-run", attempts: 0 }));
      return;
    }

    const delivery = await deliver(core, inputs, result.messages, result.threadIfNew);
    core.setOutput("ok", String(delivery.ok));
    core.setOutput("attempts", String(delivery.attempts));
    if (delivery.ok) {
      core.info(
        `Posted to Flowdock thread ${result.threadId} (${plural(delivery.attempts, "attempt")}).`,
      );
      await writeSummary(
        core,
        env,
        renderSummary({ ...report, outcome: "sent", attempts: delivery.attempts }),
      );
      return;
    }
    const reason = delivery.error ?? "unknown error";
    const failure = `Could not post to Flowdock: ${reason}`;
    if (inputs.failOnError) core.setFailed(failure);
    else core.warning(failure);
    await writeSummary(
      core,
      env,
      renderSummary({
        ...report,
        outcome: "failed",
        attempts: delivery.attempts,
        error: reason,
      }),
    );
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

function mapForInputs(inputs: Inputs, event: RunnerEvent, env: Env): MapResult {
  const options: MapOptions = { includeBody: inputs.includeBody };
  if (inputs.mentions) options.mentions = inputs.mentions;
  if (inputs.colors) options.colors = inputs.colors;
  if (inputs.fields.length > 0) options.fields = inputs.fields;
  if (inputs.tags.length > 0) options.tags = inputs.tags;
  if (inputs.bodyMaxLength !== undefined) options.bodyMaxLength = inputs.bodyMaxLength;
  if (inputs.threadId) options.threadId = inputs.threadId;
  if (inputs.status) return mapRunStatus(readRunContext(env, event), inputs.status, options);
  return mapEvent(event.name, event.payload, options);
}

function setMessageOutputs(core: Toolkit, result: Mapped): void {
  core.setOutput("skipped", "false");
  core.setOutput("thread-id", result.threadId);
  core.setOutput("status-value", result.status?.value ?? "");
  core.setOutput("status-color", result.status?.color ?? "");
  core.setOutput("payload", payloadOutput(result.messages));
}

// Built messages never hold the flow token: the sender adds it on the way out.
function payloadOutput(messages: readonly Message[], indent?: number): string {
  return JSON.stringify(messages.length === 1 ? messages[0] : messages, null, indent);
}

// Returns a result instead of throwing so that only `run` decides whether the step fails.
// Proxy variables are read from process.env (by proxy-from-env, as curl reads them), not `env`.
async function deliver(
  core: Toolkit,
  inputs: Inputs,
  messages: readonly Message[],
  threadIfNew?: Thread,
): Promise<Delivery> {
  // node:http, not undici: a short process that sends one or two requests.
  const transport = createNodeTransport();
  const client = createFlowdockClient({
    transport,
    flowToken: inputs.flowToken,
    apiUrl: inputs.apiUrl,
    retries: inputs.retries,
    timeoutMs: inputs.timeoutMs,
    onRetry: ({ attempt, delayMs, reason }) =>
      core.info(
        `Attempt ${attempt} failed (${reason}); retrying in ${(delayMs / 1000).toFixed(1)} s.`,
      ),
  });
  let attempts = 0;
  try {
    for (const message of messages) {
      core.debug(`POST ${inputs.apiUrl}/messages ${JSON.stringify(message)}`);
      // A job's message may reach Flowdock before its run's: it then creates the thread itself.
      const sent = await client.send(message, { threadIfNew });
      if (sent.createdThread)
        core.info(
          "Flowdock did not know the run's thread yet: it was created with the job's state.",
        );
      attempts += sent.attempts;
      core.debug(`Flowdock answered ${sent.status} in ${Math.round(sent.durationMs)} ms`);
    }
    return { ok: true, attempts };
  } catch (error) {
    const tries = (error as { attempts?: unknown }).attempts;
    attempts += typeof tries === "number" ? tries : 1;
    return { ok: false, attempts, error: error instanceof Error ? error.message : String(error) };
  } finally {
    await client.close();
    await transport.close();
  }
}

async function writeSummary(core: Toolkit, env: Env, html: string): Promise<void> {
  // Outside a runner (or in an old one) there is no summary file; the log already says it all.
  if (!env.GITHUB_STEP_SUMMARY) return;
  core.summary.addRaw(html);
  // The message is already delivered (or not) and reported; a summary that cannot be written
  // must not turn that into a failed step.
  await core.summary.write().catch((error: unknown) => {
    core.warning(
      `Could not write the job summary: ${error instanceof Error ? error.message : error}`,
    );
  });
}
