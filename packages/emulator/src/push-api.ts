import type { IncomingMessage, ServerResponse } from "node:http";
import { readMessageBody, sendJson, sendValidationError, unreadOutcome } from "./http-util.js";
import {
  applyFault,
  type MessageContext,
  parseBody,
  sourceFor,
  storageFailed,
} from "./messages.js";
import { tagList } from "./prepare-message.js";
import type { Change } from "./store-types.js";
import type { ChatLine, MailItem } from "./types.js";

/** Flowdock's limit for chat content. */
const MAX_CHAT = 8096;
const MAX_USER_NAME = 16;
/** Flows one post may reach; more is an attack on open mode, not an integration. */
const MAX_TOKENS = 100;
const TEAM_INBOX_TEXT = [
  "source",
  "from_address",
  "subject",
  "content",
  "from_name",
  "reply_to",
  "project",
  "format",
  "link",
] as const;
const REQUIRED = new Set(["source", "from_address", "subject", "content"]);

type Input = Record<string, unknown>;
type Errors = Record<string, string[]>;

function text(input: Input, key: string, errors: Errors, required: boolean): string | undefined {
  const value = input[key];
  if (value === undefined || value === "") {
    if (required) errors[key] = ["can't be blank"];
    return undefined;
  }
  if (typeof value !== "string") {
    errors[key] = ["must be a string"];
    return undefined;
  }
  return value;
}

function tags(input: Input, errors: Errors): string[] {
  const value = input.tags;
  if (value === undefined) return [];
  if (typeof value === "string") return tagList(value);
  if (Array.isArray(value) && value.every((tag) => typeof tag === "string")) return tagList(value);
  errors.tags = ["must be a list of strings or a comma-separated string"];
  return [];
}

/** Checks a team-inbox item as the Push API did; answers the item without its id and flow. */
export function checkTeamInbox(input: Input): {
  errors: Errors;
  item?: Omit<MailItem, "id" | "flow">;
} {
  const errors: Errors = {};
  const values: Partial<Record<(typeof TEAM_INBOX_TEXT)[number], string>> = {};
  for (const key of TEAM_INBOX_TEXT) {
    const value = text(input, key, errors, REQUIRED.has(key));
    if (value !== undefined) values[key] = value;
  }
  if (values.from_address !== undefined && !/^[^\s@]+@[^\s@]+$/.test(values.from_address))
    errors.from_address = ["is not an e-mail address"];
  if (values.format !== undefined && values.format !== "html") errors.format = ["must be html"];
  const list = tags(input, errors);
  if (Object.keys(errors).length > 0) return { errors };
  const { source, from_address, subject, content, ...optional } = values;
  return {
    errors,
    item: {
      event: "mail",
      source: source ?? "",
      from_address: from_address ?? "",
      subject: subject ?? "",
      content: content ?? "",
      ...optional,
      tags: list,
      sent: Date.now(),
    },
  };
}

/** Characters as Flowdock (Ruby) counted them: code points, so an emoji is one, not two UTF-16 units. */
function characters(text: string): number {
  return [...text].length;
}

/** Checks a chat line as the Push API did. */
export function checkChat(input: Input): { errors: Errors; line?: Omit<ChatLine, "id" | "flow"> } {
  const errors: Errors = {};
  const content = text(input, "content", errors, true);
  if (content !== undefined && characters(content) > MAX_CHAT)
    errors.content = [`is too long (at most ${MAX_CHAT} characters)`];
  const user = text(input, "external_user_name", errors, true);
  if (user !== undefined && (characters(user) > MAX_USER_NAME || /\s/.test(user)))
    errors.external_user_name = [`must be at most ${MAX_USER_NAME} characters, without spaces`];
  const threadId = text(input, "thread_id", errors, false);
  const rawId = input.message_id;
  let messageId: number | undefined;
  if (rawId !== undefined && rawId !== "") {
    messageId = typeof rawId === "number" ? rawId : Number(rawId);
    if (!Number.isSafeInteger(messageId) || messageId < 1) {
      errors.message_id = ["must be a message id (a whole number)"];
      messageId = undefined;
    }
  }
  const list = tags(input, errors);
  if (Object.keys(errors).length > 0) return { errors };
  return {
    errors,
    line: {
      event: "message",
      content: content ?? "",
      external_user_name: user ?? "",
      ...(threadId !== undefined && { thread_id: threadId }),
      ...(messageId !== undefined && { message_id: messageId }),
      tags: list,
      sent: Date.now(),
    },
  };
}

/**
 * `POST /v1/messages/team_inbox/:token` and `/v1/messages/chat/:token`, the older Push API:
 * form or JSON, one token or several separated by commas (one copy per flow); 200 `{}`.
 */
export async function handlePush(
  req: IncomingMessage,
  res: ServerResponse,
  kind: "team_inbox" | "chat",
  tokenPart: string,
  ctx: MessageContext,
): Promise<string> {
  const text = await readMessageBody(req, res);
  if (text === undefined) return unreadOutcome(res);
  const faulted = await applyFault(req, res, ctx.faults);
  if (faulted !== undefined) return faulted;
  const body = parseBody(req, text);
  if (!body.ok) {
    sendValidationError(res, body.errors);
    return "400";
  }
  const input =
    typeof body.value === "object" && body.value !== null && !Array.isArray(body.value)
      ? (body.value as Input)
      : {};
  let tokens: string[];
  try {
    tokens = [
      ...new Set(
        decodeURIComponent(tokenPart)
          .split(",")
          .map((t) => t.trim()),
      ),
    ].filter(Boolean);
  } catch {
    tokens = [];
  }
  if (tokens.length === 0 || tokens.length > MAX_TOKENS) {
    sendValidationError(res, {
      flow_token: [tokens.length === 0 ? "can't be blank" : `at most ${MAX_TOKENS} tokens at once`],
    });
    return "400";
  }
  const flows: string[] = [];
  for (const token of tokens) {
    const source = await sourceFor(token, res, ctx);
    if ("answered" in source) return source.answered;
    flows.push(source.flow);
  }
  const changes: Change[] = [];
  if (kind === "team_inbox") {
    const checked = checkTeamInbox(input);
    if (!checked.item) {
      sendValidationError(res, checked.errors);
      return "400";
    }
    for (const flow of new Set(flows))
      changes.push({ t: "mail", item: { ...checked.item, id: 0, flow } });
  } else {
    const checked = checkChat(input);
    if (!checked.line) {
      sendValidationError(res, checked.errors);
      return "400";
    }
    const { line } = checked;
    for (const flow of new Set(flows)) {
      if (line.thread_id !== undefined && !ctx.store.threadInFlow(line.thread_id, flow)) {
        sendValidationError(res, { thread_id: ["does not exist in this flow"] });
        return "400";
      }
      changes.push({ t: "chat", line: { ...line, id: 0, flow } });
    }
  }
  try {
    await Promise.all(changes.map((change) => ctx.record(change)));
  } catch (error) {
    return storageFailed(res, error, ctx);
  }
  sendJson(res, 200, {});
  return `200 (${kind}, ${changes.length} flow${changes.length === 1 ? "" : "s"})`;
}
