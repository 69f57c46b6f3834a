import type { Message, Thread } from "@flowdock-kit/core";
import type { StorageError } from "./errors.js";
import type {
  ChatLine,
  FlowEvent,
  FlowView,
  MailItem,
  StoredMessage,
  ThreadView,
} from "./types.js";

/** A change to what the emulator holds; never a token (sources go by hash). */
export type Change =
  | { t: "source"; flow: string; source: string }
  | { t: "removed"; source: string }
  | { t: "message"; source: string; message: StoredMessage; thread?: Thread }
  | { t: "mail"; item: MailItem }
  | { t: "chat"; line: ChatLine };

/** Where a token leads. */
export type SourceLookup =
  | { status: "ok"; source: string; flow: string }
  | { status: "unknown" }
  | { status: "removed" };

/** The outcome of {@link Store.prepare}. */
export type Prepared =
  | { status: "duplicate"; message: StoredMessage; threadId: string }
  | { status: "invalid"; errors: Record<string, string[]> }
  | { status: "new"; change: Extract<Change, { t: "message" }> };

/** A page of a list, newest first unless `order` is `asc`, as Flowdock's REST API paged. */
export interface PageQuery {
  limit: number;
  /** Only items with a smaller id (older). */
  untilId?: number;
  /** Only items with a larger id (newer). */
  sinceId?: number;
  order?: "asc" | "desc";
}

/** What `GET /api/flows/:flow/messages` filters by. */
export interface EventQuery extends PageQuery {
  event?: FlowEvent["event"];
  threadId?: string;
}

/** A thread with its latest messages only: what cards and lists need. */
export interface ThreadSummary extends Omit<ThreadView, "messages"> {
  /** Its latest events (messages and chat lines), oldest first. */
  latest: FlowEvent[];
}

/**
 * What the emulator holds, in memory or in SQLite. Reads answer at once; a write resolves once
 * it is durable (in SQLite: committed) and rejects, leaving no trace, when it cannot be stored.
 */
export interface Store {
  lookup(token: string): SourceLookup;
  hasSource(source: string): boolean;
  sourceFlow(source: string): string | undefined;
  readonly flowCount: number;
  hasFlow(name: string): boolean;
  flows(): FlowView[];
  /** Checks what a valid message would do, without changing anything; the id is not yet taken. */
  prepare(source: string, flow: string, message: Message, now: number): Prepared;
  /** Resolves a chat line's `thread_id`: whether it names a thread of this flow. */
  threadInFlow(threadId: string, flow: string): boolean;
  /**
   * Applies a change, giving a new message, mail or chat line its id; resolves with the id of the
   * thread it changed once it is durable.
   */
  apply(change: Change): Promise<string | undefined>;
  /**
   * Whether the message with this `uuid` is durable: true at once if it was committed, else once
   * the transaction holding it ends (false if that failed and left no trace).
   */
  committed(flow: string, uuid: string): Promise<boolean>;
  /**
   * The data was found damaged (by any read or write): further writes are refused with this
   * error, so nothing more goes into a file that must be moved away. Only stores on disk have it.
   */
  refuseWrites?(because: StorageError): void;
  /** Every thread of a flow with every message, latest activity first (for tests). */
  threads(flow: string): ThreadView[];
  /** Threads by latest activity (paged by `last_message_id`) in one flow, or in all of them. */
  threadPage(flow: string | undefined, page: PageQuery): ThreadSummary[];
  thread(id: string, latest: number): ThreadSummary | undefined;
  threadState(id: string): Thread | undefined;
  events(flow: string, query: EventQuery): FlowEvent[];
  /** The latest team-inbox items and chat lines of a flow, or of all flows, newest first. */
  stream(flow: string | undefined, limit: number): FlowEvent[];
  close(): Promise<void>;
}
