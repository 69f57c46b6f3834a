import type { Author, MessageEvent, Thread } from "@flowdock-kit/core";
import type { FaultRule } from "./faults.js";

/** A message as the emulator keeps it: never with its `flow_token`. */
export interface StoredMessage {
  id: number;
  flow: string;
  thread_id: string;
  external_thread_id?: string;
  event: MessageEvent;
  title: string;
  body?: string;
  author: Author;
  tags: string[];
  uuid?: string;
  /** When it was accepted, in milliseconds since the epoch. */
  sent: number;
}

/** An item posted to `/v1/messages/team_inbox/:token` (the older Push API): not a thread. */
export interface MailItem {
  id: number;
  flow: string;
  event: "mail";
  /** The application that sent it, e.g. `Jenkins`. */
  source: string;
  from_address: string;
  from_name?: string;
  reply_to?: string;
  subject: string;
  /** HTML. */
  content: string;
  project?: string;
  format?: string;
  link?: string;
  tags: string[];
  sent: number;
}

/** A chat line posted to `/v1/messages/chat/:token` (the older Push API). */
export interface ChatLine {
  id: number;
  flow: string;
  event: "message";
  /** Plain text. */
  content: string;
  external_user_name: string;
  thread_id?: string;
  message_id?: number;
  tags: string[];
  sent: number;
}

/** Anything a flow holds, as `GET /api/flows/:flow/messages` lists it. */
export type FlowEvent = StoredMessage | MailItem | ChatLine;

/** A thread as the read API and {@link Emulator.threads} show it. */
export interface ThreadView {
  id: string;
  flow: string;
  external_thread_id?: string;
  /** The latest state any message sent for it. */
  thread: Thread;
  messages: StoredMessage[];
  /** The `sent` time of its latest message. */
  updated_at: number;
  /** How many messages (and chat lines) it holds. */
  message_count: number;
  /** The id of its latest message or chat line: threads are listed and paged by it. */
  last_message_id: number;
}

/** A flow as the read API shows it; its tokens never appear. */
export interface FlowView {
  name: string;
  sources: number;
  removed_sources: number;
  threads: number;
  messages: number;
}

/** A flow and the token of its one source. */
export interface FlowConfig {
  name: string;
  token: string;
}

/** Options for {@link startEmulator}. */
export interface EmulatorOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on; `127.0.0.1` by default. */
  host?: string;
  /** Flows with the token of their source. */
  flows?: FlowConfig[];
  /** Accept any token, making a flow for each new one. */
  open?: boolean;
  /** In open mode, the most flows made for new tokens (1000 by default); others answer 403. */
  maxOpenFlows?: number;
  /**
   * Host names (with or without a port) the test controls (`POST /api/…`) answer besides the
   * address the emulator listens on: a page on any other name is refused, against DNS rebinding.
   */
  allowedHosts?: string[];
  /**
   * Keep everything in SQLite (`emulator.db`) in this folder, each message committed before it is
   * acknowledged; needs the optional dependency `better-sqlite3`. In memory when left out.
   */
  dataDir?: string;
  /** Caps the size of the database in `dataDir`, e.g. to try how a sender meets a full disk (507). */
  dataLimitBytes?: number;
  /** Signs the `FLOWDOCK-TOKEN` header sent to UpdateAction targets; `flowdock-emulator` by default. */
  appSecret?: string;
  /** Where to write one line per request and event; silent by default. Never given a token. */
  log?: (line: string) => void;
}

/** A running emulator. */
export interface Emulator {
  /**
   * The team inbox, e.g. `http://127.0.0.1:8080`: like {@link apiUrl}, an origin without a
   * trailing slash, so paths are appended the same way (`${url}/threads/…`).
   */
  url: string;
  /** Base of the Messages API, e.g. `http://127.0.0.1:8080`: senders post to `${apiUrl}/messages`. */
  apiUrl: string;
  port: number;
  /** Stops listening, ends live connections and closes the database. */
  close(): Promise<void>;
  flows(): FlowView[];
  /** The flow's threads, latest activity first. */
  threads(flow: string): ThreadView[];
  /** Adds a flow (or another source to an existing flow). */
  addFlow(flow: FlowConfig): void;
  /** Removes the source with this token: it answers 410 from now on. */
  removeSource(token: string): void;
  /** Faults for the next posts, as `POST /api/faults` queues them: `faults.add({ status: 503, times: 2 })`. */
  faults: {
    /** Queues a fault; throws {@link EmulatorError} for one it cannot apply. */
    add(rule: FaultRule): void;
    clear(): void;
    list(): FaultRule[];
  };
}
