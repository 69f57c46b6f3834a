import { randomBytes } from "node:crypto";
import type { Message, Thread } from "@flowdock-kit/core";
import { EmulatorError } from "./errors.js";
import { sourceId } from "./source-id.js";
import type { FlowView, StoredMessage, ThreadView } from "./types.js";

/** What the journal holds: enough to rebuild the store, and never a token (sources go by hash). */
export type JournalRecord =
  | { t: "source"; flow: string; source: string }
  | { t: "removed"; source: string }
  | { t: "message"; source: string; message: StoredMessage; thread?: Thread };

interface ThreadRecord {
  id: string;
  flow: string;
  source: string;
  external_thread_id?: string;
  thread: Thread;
  messages: StoredMessage[];
  updated_at: number;
}

interface FlowRecord {
  name: string;
  sources: Set<string>;
  /** Insertion order is activity order: an updated thread is moved to the end. */
  threads: Map<string, ThreadRecord>;
  uuids: Map<string, StoredMessage>;
  messages: number;
}

/** Where a token leads. */
export type SourceLookup =
  | { status: "ok"; source: string; flow: string }
  | { status: "unknown" }
  | { status: "removed" };

/** The outcome of {@link Store.prepare}. */
export type Prepared =
  | { status: "duplicate"; message: StoredMessage; threadId: string }
  | { status: "invalid"; errors: Record<string, string[]> }
  | { status: "new"; record: Extract<JournalRecord, { t: "message" }> };

function tagList(tags: Message["tags"]): string[] {
  if (tags === undefined) return [];
  const list = typeof tags === "string" ? tags.split(",") : tags;
  return list.map((tag) => tag.trim()).filter((tag) => tag.length > 0);
}

/** Flows, sources, threads and messages, in memory. */
export class Store {
  readonly #flows = new Map<string, FlowRecord>();
  readonly #sources = new Map<string, { flow: string; removed: boolean }>();
  readonly #threads = new Map<string, ThreadRecord>();
  /** `${source}\n${external_thread_id}` → thread id */
  readonly #external = new Map<string, string>();
  #nextId = 1;

  #flow(name: string): FlowRecord {
    let flow = this.#flows.get(name);
    if (!flow) {
      flow = { name, sources: new Set(), threads: new Map(), uuids: new Map(), messages: 0 };
      this.#flows.set(name, flow);
    }
    return flow;
  }

  lookup(token: string): SourceLookup {
    const source = sourceId(token);
    const entry = this.#sources.get(source);
    if (!entry) return { status: "unknown" };
    return entry.removed ? { status: "removed" } : { status: "ok", source, flow: entry.flow };
  }

  hasSource(source: string): boolean {
    return this.#sources.has(source);
  }

  sourceFlow(source: string): string | undefined {
    return this.#sources.get(source)?.flow;
  }

  /** Checks what a valid message would do, without changing anything. */
  prepare(source: string, flowName: string, message: Message, now: number): Prepared {
    const flow = this.#flow(flowName);
    if (message.uuid !== undefined) {
      const seen = flow.uuids.get(message.uuid);
      if (seen) return { status: "duplicate", message: seen, threadId: seen.thread_id };
    }
    let threadId: string | undefined;
    if (message.thread_id !== undefined) {
      const thread = this.#threads.get(message.thread_id);
      if (!thread || thread.flow !== flowName)
        return { status: "invalid", errors: { thread_id: ["does not exist in this flow"] } };
      threadId = thread.id;
    } else if (message.external_thread_id !== undefined) {
      threadId = this.#external.get(`${source}\n${message.external_thread_id}`);
    }
    if (threadId === undefined && message.thread === undefined)
      return { status: "invalid", errors: { thread: ["can't be blank"] } };
    const stored: StoredMessage = {
      id: this.#nextId,
      flow: flowName,
      thread_id: threadId ?? randomBytes(12).toString("base64url"),
      ...(message.external_thread_id !== undefined && {
        external_thread_id: message.external_thread_id,
      }),
      event: message.event,
      title: message.title,
      ...(message.body !== undefined && { body: message.body }),
      author: message.author,
      tags: tagList(message.tags),
      ...(message.uuid !== undefined && { uuid: message.uuid }),
      sent: now,
    };
    return {
      status: "new",
      record: {
        t: "message",
        source,
        message: stored,
        ...(message.thread !== undefined && { thread: message.thread }),
      },
    };
  }

  /** Applies a journal record (live or replayed); answers the id of the thread it changed. */
  apply(record: JournalRecord): string | undefined {
    switch (record.t) {
      case "source": {
        const known = this.#sources.get(record.source);
        if (known && known.flow !== record.flow)
          throw new EmulatorError(
            `this token already belongs to flow "${known.flow}", not "${record.flow}"`,
          );
        if (!known) this.#sources.set(record.source, { flow: record.flow, removed: false });
        this.#flow(record.flow).sources.add(record.source);
        return undefined;
      }
      case "removed": {
        const known = this.#sources.get(record.source);
        if (known) known.removed = true;
        return undefined;
      }
      case "message":
        return this.#applyMessage(record);
    }
  }

  #applyMessage({ source, message, thread }: Extract<JournalRecord, { t: "message" }>): string {
    const flow = this.#flow(message.flow);
    let record = this.#threads.get(message.thread_id);
    if (!record) {
      if (!thread) throw new EmulatorError(`message ${message.id} starts a thread with no state`);
      record = {
        id: message.thread_id,
        flow: message.flow,
        source,
        ...(message.external_thread_id !== undefined && {
          external_thread_id: message.external_thread_id,
        }),
        thread,
        messages: [],
        updated_at: message.sent,
      };
      this.#threads.set(record.id, record);
      if (message.external_thread_id !== undefined)
        this.#external.set(`${source}\n${message.external_thread_id}`, record.id);
    } else if (thread) {
      record.thread = thread;
    }
    record.messages.push(message);
    record.updated_at = message.sent;
    flow.threads.delete(record.id);
    flow.threads.set(record.id, record);
    flow.messages += 1;
    if (message.uuid !== undefined) flow.uuids.set(message.uuid, message);
    this.#nextId = Math.max(this.#nextId, message.id + 1);
    return record.id;
  }

  flows(): FlowView[] {
    return [...this.#flows.values()].map((flow) => {
      let removed = 0;
      for (const source of flow.sources) if (this.#sources.get(source)?.removed) removed += 1;
      return {
        name: flow.name,
        sources: flow.sources.size - removed,
        removed_sources: removed,
        threads: flow.threads.size,
        messages: flow.messages,
      };
    });
  }

  get flowCount(): number {
    return this.#flows.size;
  }

  hasFlow(name: string): boolean {
    return this.#flows.has(name);
  }

  /** Latest activity first. */
  threads(flowName: string, limit = Number.POSITIVE_INFINITY): ThreadView[] {
    const flow = this.#flows.get(flowName);
    if (!flow) return [];
    const out: ThreadView[] = [];
    const all = [...flow.threads.values()];
    for (let i = all.length - 1; i >= 0 && out.length < limit; i -= 1) {
      const record = all[i];
      if (record) out.push(view(record));
    }
    return out;
  }

  /** The thread's current state, without copying its messages. */
  threadState(id: string): Thread | undefined {
    return this.#threads.get(id)?.thread;
  }

  thread(id: string): ThreadView | undefined {
    const record = this.#threads.get(id);
    return record && view(record);
  }
}

function view(record: ThreadRecord): ThreadView {
  return {
    id: record.id,
    flow: record.flow,
    ...(record.external_thread_id !== undefined && {
      external_thread_id: record.external_thread_id,
    }),
    thread: record.thread,
    messages: [...record.messages],
    updated_at: record.updated_at,
  };
}
