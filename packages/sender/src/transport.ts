/** One request the client makes: a whole body, sent once, under a per-attempt deadline. */
export interface HttpRequest {
  method: string;
  /** Absolute http(s) URL. */
  url: string;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: string;
  /** Fires at the attempt's deadline: the transport must give up in whatever phase it is. */
  signal: AbortSignal;
}

/** The server's answer, headers read and the body not yet. */
export interface HttpAnswer {
  status: number;
  /** Lower-case header names; repeated headers joined with `, `. */
  headers: Record<string, string | undefined>;
  /** The body as text (capped at 1 MiB by the built-in transports); rejects when the signal fires. */
  text(): Promise<string>;
}

/** What the client sends through; {@link createUndiciTransport} and {@link createNodeTransport} are two. */
export interface Transport {
  /** Sends one request; rejects on a network failure or when `request.signal` fires. */
  request(request: HttpRequest): Promise<HttpAnswer>;
  /** Waits for requests in flight, then closes the transport's own connections. */
  close(): Promise<void>;
  /** Strings the client must keep out of errors, such as a proxy's credentials. */
  readonly secrets?: readonly string[];
}
