import { createHash, createHmac } from "node:crypto";
import type { UpdateAction } from "@flowdock-kit/core";

/** Who clicks buttons in the emulator's inbox. */
const EMULATOR_AGENT = { "@type": "Person", name: "Emulator user" } as const;

/** The outcome of calling an UpdateAction's target. */
export interface ActionCallResult {
  ok: boolean;
  status: number;
  message?: string;
}

function base64url(value: string): string {
  return Buffer.from(value).toString("base64url");
}

/**
 * The `FLOWDOCK-TOKEN` header: an HS256 JWT with the user id, a 30 s expiry and the SHA-256 of
 * the body, signed with the app's secret, so targets can test their verification code.
 */
export function flowdockToken(body: string, secret: string, now = Date.now()): string {
  const header = base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const payload = base64url(
    JSON.stringify({
      sub: "emulator-user",
      exp: Math.floor(now / 1000) + 30,
      signature: createHash("sha256").update(body).digest("hex"),
    }),
  );
  const signature = createHmac("sha256", secret).update(`${header}.${payload}`).digest("base64url");
  return `${header}.${payload}.${signature}`;
}

/** Calls the target as Flowdock did: the action enriched with `agent`, as JSON. */
export async function callUpdateAction(
  action: UpdateAction,
  secret: string,
  timeoutMs = 10_000,
): Promise<ActionCallResult> {
  const body = JSON.stringify({ ...action, agent: EMULATOR_AGENT });
  try {
    const response = await fetch(action.target.urlTemplate, {
      method: action.target.httpMethod,
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        "flowdock-token": flowdockToken(body, secret),
      },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    return { ok: response.status >= 200 && response.status < 300, status: response.status };
  } catch (error) {
    return {
      ok: false,
      status: 0,
      message:
        error instanceof Error
          ? `the target could not be reached: ${error.message}`
          : "the target could not be reached",
    };
  }
}
