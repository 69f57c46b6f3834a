import type { Message, Thread } from "@flowdock-kit/core";
import { EmulatorError } from "./errors.js";
import { type PrepareReader, prepareMessage } from "./prepare-message.js";
import { sourceId } from "./source-id.js";
import type {
  Change,
  EventQuery,
  PageQuery,
  Prepared,
  SourceLookup,
  Store,
  ThreadSummary,
} from "./store-types.js";
import type { FlowEvent, FlowView, StoredMessage, ThreadView } from "./types.js";

interface ThreadRecord {
  id: string;
  flow: string;
  source: string;
  external_thread_id?: string;
  thread: Thread;
  /** Messages and chat lines, oldest first. */
  events: FlowEvent[];
  updated_at: number;
  last_message_id: number;
}

interface FlowRecord {
  name: string;
  sources: Set<string>;
  /** Insertion order is activity order: an updated thread is moved to the end. */
  threads: Map<string, ThreadRecord>;
  uuids: Map<string, StoredMessage>;
  /** Everything the flow holds, oldest (lowest id) first. */
  events: FlowEvent[];
  /** Its team-inbox items and chat lines, oldest first. */
  stream: FlowEvent[];
}

/** The first index in `list` (ascending ids) whose id is above `id`. */
function after(list: readonly { id: number }[], id: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid]?.id ?? 0) <= id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A page of `list` (ascending ids) that `keep` accepts, newest first unless `asc`. */
function page<T extends { id: number }>(
  list: readonly T[],
  query: PageQuery,
  keep: (item: T) => boolean = () => true,
): T[] {
  const lo = query.sinceId === undefined ? 0 : after(list, query.sinceId);
  const hi = query.untilId === undefined ? list.length : after(list, query.untilId - 1);
  const out: T[] = [];
  if (query.order === "asc") {
    for (let i = lo; i < hi && out.length < query.limit; i += 1) {
      const item = list[i];
      if (item && keep(item)) out.push(item);
    }
  } else {
    for (let i = hi - 1; i >= lo && out.length < query.limit; i -= 1) {
      const item = list[i];
      if (item && keep(item)) out.push(item);
    }
  }
  return out;
}

function isMessage(event: FlowEvent): event is StoredMessage {
  return event.event === "activity" || event.event === "discussion";
}

function summary(record: ThreadRecord, latest: number): ThreadSummary {
  return {
    id: record.id,
    flow: record.flow,
    ...(record.external_thread_id !== undefined && {
      external_thread_id: record.external_thread_id,
    }),
    thread: record.thread,
    updated_at: record.updated_at,
    message_count: record.events.length,
    last_message_id: record.last_message_id,
    latest: latest > 0 ? record.events.slice(-latest) : [],
  };
}

/** Flows, sources, threads and messages in the heap: what the emulator keeps without `dataDir`. */
export class MemoryStore implements Store, PrepareReader {
  readonly #flows = new Map<string, FlowRecord>();
  readonly #sources = new Map<string, { flow: string; removed: boolean }>();
  readonly #threads = new Map<string, ThreadRecord>();
  /** Every flow's threads in activity order, as in {@link FlowRecord.threads}. */
  readonly #activity = new Map<string, ThreadRecord>();
  /** Every flow's team-inbox items and chat lines, oldest first. */
  readonly #stream: FlowEvent[] = [];
  /** `${source}\n${external_thread_id}` → thread id */
  readonly #external = new Map<string, string>();
  #nextId = 1;

  #flow(name: string): FlowRecord {
    let flow = this.#flows.get(name);
    if (!flow) {
      flow = {
        name,
        sources: new Set(),
        threads: new Map(),
        uuids: new Map(),
        events: [],
        stream: [],
      };
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

  get flowCount(): number {
    return this.#flows.size;
  }

  hasFlow(name: string): boolean {
    return this.#flows.has(name);
  }

  uuidMessage(flow: string, uuid: string): StoredMessage | undefined {
    return this.#flows.get(flow)?.uuids.get(uuid);
  }

  threadFlow(id: string): string | undefined {
    return this.#threads.get(id)?.flow;
  }

  externalThread(source: string, externalId: string): string | undefined {
    return this.#external.get(`${source}\n${externalId}`);
  }

  threadInFlow(threadId: string, flow: string): boolean {
    return this.threadFlow(threadId) === flow;
  }

  prepare(source: string, flow: string, message: Message, now: number): Prepared {
    return prepareMessage(this, source, flow, message, now);
  }

  apply(change: Change): Promise<string | undefined> {
    try {
      return Promise.resolve(this.#apply(change));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  committed(flow: string, uuid: string): Promise<boolean> {
    return Promise.resolve(this.uuidMessage(flow, uuid) !== undefined);
  }

  #apply(change: Change): string | undefined {
    switch (change.t) {
      case "source": {
        const known = this.#sources.get(change.source);
        if (known && known.flow !== change.flow)
          throw new EmulatorError(
            `this token already belongs to flow "${known.flow}", not "${change.flow}"`,
          );
        if (!known) this.#sources.set(change.source, { flow: change.flow, removed: false });
        this.#flow(change.flow).sources.add(change.source);
        return undefined;
      }
      case "removed": {
        const known = this.#sources.get(change.source);
        if (known) known.removed = true;
        return undefined;
      }
      case "mail": {
        change.item.id = this.#nextId++;
        const flow = this.#flow(change.item.flow);
        flow.events.push(change.item);
        flow.stream.push(change.item);
        this.#stream.push(change.item);
        return undefined;
      }
      case "chat": {
        const { line } = change;
        const thread = line.thread_id === undefined ? undefined : this.#threads.get(line.thread_id);
        line.id = this.#nextId++;
        const flow = this.#flow(line.flow);
        flow.events.push(line);
        flow.stream.push(line);
        this.#stream.push(line);
        if (thread) this.#touch(thread, line);
        return thread?.id;
      }
      case "message":
        return this.#applyMessage(change);
    }
  }

  #touch(record: ThreadRecord, event: FlowEvent): void {
    record.events.push(event);
    record.updated_at = event.sent;
    record.last_message_id = event.id;
    const flow = this.#flow(record.flow);
    flow.threads.delete(record.id);
    flow.threads.set(record.id, record);
    this.#activity.delete(record.id);
    this.#activity.set(record.id, record);
  }

  #applyMessage({ source, message, thread }: Extract<Change, { t: "message" }>): string {
    let record = this.#threads.get(message.thread_id);
    if (!record) {
      if (!thread) throw new EmulatorError("a new thread needs its state");
      record = {
        id: message.thread_id,
        flow: message.flow,
        source,
        ...(message.external_thread_id !== undefined && {
          external_thread_id: message.external_thread_id,
        }),
        thread,
        events: [],
        updated_at: message.sent,
        last_message_id: 0,
      };
      this.#threads.set(record.id, record);
      if (message.external_thread_id !== undefined)
        this.#external.set(`${source}\n${message.external_thread_id}`, record.id);
    } else if (thread) {
      record.thread = thread;
    }
    message.id = this.#nextId++;
    const flow = this.#flow(message.flow);
    flow.events.push(message);
    if (message.uuid !== undefined) flow.uuids.set(message.uuid, message);
    this.#touch(record, message);
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
        messages: flow.events.length,
      };
    });
  }

  threads(flowName: string): ThreadView[] {
    const flow = this.#flows.get(flowName);
    if (!flow) return [];
    return [...flow.threads.values()].reverse().map((record) => {
      const { latest: _, ...rest } = summary(record, 0);
      return { ...rest, messages: record.events.filter(isMessage) };
    });
  }

  threadPage(flowName: string | undefined, query: PageQuery): ThreadSummary[] {
    const threads = flowName === undefined ? this.#activity : this.#flows.get(flowName)?.threads;
    if (!threads) return [];
    const ordered = [...threads.values()].map((record) => ({ id: record.last_message_id, record }));
    return page(ordered, query).map(({ record }) => summary(record, 10));
  }

  thread(id: string, latest: number): ThreadSummary | undefined {
    const record = this.#threads.get(id);
    return record && summary(record, latest);
  }

  threadState(id: string): Thread | undefined {
    return this.#threads.get(id)?.thread;
  }

  events(flowName: string, query: EventQuery): FlowEvent[] {
    if (query.threadId !== undefined) {
      const record = this.#threads.get(query.threadId);
      if (!record || record.flow !== flowName) return [];
      return page(
        record.events,
        query,
        (item) => query.event === undefined || item.event === query.event,
      );
    }
    const flow = this.#flows.get(flowName);
    if (!flow) return [];
    const { event } = query;
    return page(
      flow.events,
      query,
      event === undefined ? undefined : (item) => item.event === event,
    );
  }

  stream(flowName: string | undefined, limit: number): FlowEvent[] {
    const list = flowName === undefined ? this.#stream : (this.#flows.get(flowName)?.stream ?? []);
    return list.slice(-limit).reverse();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
