import { escapeHtml, isHttpUrl, type ThreadAction } from "@flowdock-kit/core";
import { clip, clippedNote, SHOWN_BODY_CHARS, SHOWN_INLINE_CHARS, SHOWN_ROWS } from "./clip.js";
import { sanitizeBody, sanitizeInline, sanitizeText } from "./sanitize.js";
import type { ThreadSummary } from "./store-types.js";
import type { ChatLine, FlowEvent, FlowView, MailItem, StoredMessage } from "./types.js";

/** Where the read API has the whole of a thread's state, or of a flow's events. */
function threadApi(id: string): string {
  return `/api/threads/${encodeURIComponent(id)}`;
}
function eventsApi(flow: string, threadId?: string): string {
  const query = threadId === undefined ? "" : `?thread_id=${encodeURIComponent(threadId)}`;
  return `/api/flows/${encodeURIComponent(flow)}/messages${query}`;
}

/** `sanitize` for stored markup cut to `max` characters first, so its cost is bounded, with a note when cut. */
const shownWith =
  (sanitize: (markup: string) => string, max: number) =>
  (markup: string, href: string): string => {
    const { markup: kept, hidden } = clip(markup, max);
    return `${sanitize(kept)}${clippedNote(hidden, "characters", href)}`;
  };
/** A body. */
const shownBody = shownWith(sanitizeBody, SHOWN_BODY_CHARS);
/** A title or field value (text with links). */
const shownInline = shownWith(sanitizeInline, SHOWN_INLINE_CHARS);
/** A name, label or status value shown as text. */
const shownText = shownWith(sanitizeText, SHOWN_INLINE_CHARS);

/** Plain text escaped for HTML (never sanitised, so cheap), cut to the same length. */
function shownPlain(text: string): string {
  return escapeHtml(
    text.length > SHOWN_INLINE_CHARS ? `${text.slice(0, SHOWN_INLINE_CHARS)}…` : text,
  );
}

function time(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `<time datetime="${iso}">${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC</time>`;
}

function initials(name: string): string {
  const letters = name
    .split(/[\s._-]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? "")
    .join("");
  return escapeHtml(letters || "?");
}

function avatar(author: StoredMessage["author"]): string {
  const name = sanitizeText(clip(author.name, SHOWN_INLINE_CHARS).markup);
  const image =
    author.avatar !== undefined && isHttpUrl(author.avatar)
      ? `<img class="avatar-img" src="${escapeHtml(author.avatar)}" alt="" loading="lazy" referrerpolicy="no-referrer">`
      : "";
  // The initials sit under the picture and show when it is missing or fails to load.
  return `<span class="avatar" aria-hidden="true"><span class="initials">${initials(stripTags(name))}</span>${image}</span>`;
}

function stripTags(text: string): string {
  return text
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

function action(threadId: string, item: ThreadAction, index: number): string {
  const name = shownText(item.name, threadApi(threadId));
  if (item["@type"] === "ViewAction") {
    if (!isHttpUrl(item.url)) return "";
    const description =
      item.description !== undefined
        ? ` title="${escapeHtml(stripTags(sanitizeText(clip(item.description, SHOWN_INLINE_CHARS).markup)))}"`
        : "";
    return `<a class="action action-view" href="${escapeHtml(item.url)}"${description} target="_blank" rel="noopener noreferrer nofollow">${name}</a>`;
  }
  // The emulator calls the target itself, as Flowdock's servers did, so this works without JavaScript.
  return `<form class="action-form" method="post" action="/api/threads/${encodeURIComponent(threadId)}/actions/${index}"><button class="action action-update" type="submit" title="${shownPlain(`${item.target.httpMethod} ${item.target.urlTemplate}`)}">${name}</button></form>`;
}

function chatLine(item: ChatLine): string {
  const name = shownPlain(item.external_user_name);
  return `<li class="message message-chat" data-message-id="${item.id}"><span class="avatar" aria-hidden="true"><span class="initials">${initials(item.external_user_name)}</span></span><div class="message-main"><div class="message-line"><span class="author">${name}</span><span class="chat-label">chat</span>${tagsOf(item.tags)}<span class="message-time">${time(item.sent)}</span></div><div class="message-body chat-body">${escapeHtml(item.content.slice(0, SHOWN_BODY_CHARS))}</div></div></li>`;
}

function tagsOf(tags: string[]): string {
  const more =
    tags.length > SHOWN_ROWS ? `<span class="tag">+${tags.length - SHOWN_ROWS}</span>` : "";
  return tags.length
    ? `<span class="tags">${tags
        .slice(0, SHOWN_ROWS)
        .map((tag) => `<span class="tag">#${shownPlain(tag)}</span>`)
        .join("")}${more}</span>`
    : "";
}

/** One event of a thread or a flow's stream: a message, a chat line or a team-inbox item. */
export function renderEvent(item: FlowEvent): string {
  if (item.event === "message") return chatLine(item);
  if (item.event === "mail") return mailItem(item);
  return message(item);
}

/** A team-inbox item of the older Push API: an e-mail-like card, not a thread. */
function mailItem(item: MailItem): string {
  const whole = eventsApi(item.flow);
  const from = shownPlain(item.from_name ?? item.from_address);
  const subject = shownText(item.subject, whole);
  const link =
    item.link !== undefined && isHttpUrl(item.link)
      ? ` <a class="external" href="${escapeHtml(item.link)}" target="_blank" rel="noopener noreferrer nofollow">Open ↗</a>`
      : "";
  const project = item.project !== undefined ? ` · ${shownPlain(item.project)}` : "";
  return `<li class="message message-mail" data-message-id="${item.id}"><span class="avatar avatar-source" aria-hidden="true"><span class="initials">${initials(item.source)}</span></span><div class="message-main"><div class="message-line"><span class="mail-source">${shownPlain(item.source)}</span><span class="author">${from}</span>${tagsOf(item.tags)}<span class="message-time">${time(item.sent)}</span></div><div class="mail-subject">${subject}${link}</div><div class="message-meta">${shownPlain(item.from_address)}${project}</div><div class="message-body">${shownBody(item.content, whole)}</div></div></li>`;
}

function message(item: StoredMessage): string {
  const whole = eventsApi(item.flow, item.thread_id);
  const author = shownText(item.author.name, whole);
  const body =
    item.body !== undefined && item.body !== ""
      ? `<div class="message-body">${shownBody(item.body, whole)}</div>`
      : "";
  const title =
    item.event === "discussion"
      ? ""
      : `<span class="message-title">${shownInline(item.title, whole)}</span>`;
  const tags = tagsOf(item.tags);
  return `<li class="message message-${item.event}" data-message-id="${item.id}">${avatar(item.author)}<div class="message-main"><div class="message-line"><span class="author">${author}</span> ${title}${tags}<span class="message-time">${time(item.sent)}</span></div>${body}</div></li>`;
}

/** What a thread's state shows: the head (status, title, link) and the details under it. */
export function renderState(view: ThreadSummary): { head: string; details: string } {
  const { thread } = view;
  const whole = threadApi(view.id);
  const status = thread.status
    ? `<span class="status status-${thread.status.color}" data-color="${thread.status.color}">${shownText(thread.status.value, whole)}</span>`
    : "";
  const external =
    thread.external_url !== undefined && isHttpUrl(thread.external_url)
      ? `<a class="external" href="${escapeHtml(thread.external_url)}" target="_blank" rel="noopener noreferrer nofollow">Open ↗</a>`
      : "";
  const title = `<h2 class="thread-title">${shownInline(thread.title, whole)}</h2>`;
  const body = thread.body ? `<div class="thread-body">${shownBody(thread.body, whole)}</div>` : "";
  const fields = thread.fields?.length
    ? `<table class="fields"><tbody>${thread.fields
        .slice(0, SHOWN_ROWS)
        .map(
          (field) =>
            `<tr><th scope="row">${shownText(field.label, whole)}</th><td>${shownInline(field.value, whole)}</td></tr>`,
        )
        .join("")}</tbody></table>${rowsNote(thread.fields.length, "fields", whole)}`
    : "";
  const actions = thread.actions?.length
    ? `<div class="actions">${thread.actions
        .slice(0, SHOWN_ROWS)
        .map((item, i) => action(view.id, item, i))
        .join("")}</div>${rowsNote(thread.actions.length, "actions", whole)}`
    : "";
  return {
    head: `<header class="thread-head">${status}${title}${external}</header>`,
    details: `${body}${fields}${actions}`,
  };
}

function rowsNote(count: number, what: string, href: string): string {
  const note = clippedNote(count - SHOWN_ROWS, what, href);
  return note && `<p class="clipped-rows">${note}</p>`;
}

/** Renders parts of a card; the server passes cached versions, since sanitising is the costly part. */
export interface CardParts {
  event(item: FlowEvent): string;
  state(view: ThreadSummary): { head: string; details: string };
}

const FRESH: CardParts = { event: renderEvent, state: renderState };

function threadHead(view: ThreadSummary, titleHref: string | undefined, parts: CardParts): string {
  const { head, details } = parts.state(view);
  // Titles may hold links; the card's own link is a separate "View thread" anchor.
  const open =
    titleHref === undefined ? "" : ` · <a class="thread-link" href="${titleHref}">View thread</a>`;
  const count = view.message_count;
  return `${head}<div class="thread-meta"><a class="flow-name" href="/?flow=${encodeURIComponent(view.flow)}">${escapeHtml(view.flow)}</a> · ${count} message${count === 1 ? "" : "s"} · updated ${time(view.updated_at)}${open}</div>${details}`;
}

/** The path of a thread's own page. */
export function threadPath(id: string): string {
  return `/threads/${encodeURIComponent(id)}`;
}

/** One thread's card: the same markup on the page and in live updates. */
export function renderThread(view: ThreadSummary, parts: CardParts = FRESH): string {
  const href = threadPath(view.id);
  const hidden = view.message_count - view.latest.length;
  const earlier =
    hidden > 0
      ? `<p class="earlier"><a href="${href}">${hidden} earlier message${hidden === 1 ? "" : "s"}</a></p>`
      : "";
  return `<article class="thread" id="thread-${escapeHtml(view.id)}" data-thread-id="${escapeHtml(view.id)}" data-flow="${escapeHtml(view.flow)}" data-updated="${view.updated_at}">${threadHead(view, href, parts)}${earlier}<ol class="messages">${view.latest
    .map((item) => parts.event(item))
    .join("")}</ol></article>`;
}

/** The flow list in the sidebar. */
function renderFlows(flows: FlowView[], selected: string | undefined): string {
  const all = flows.reduce((sum, flow) => sum + flow.threads, 0);
  const item = (href: string, label: string, count: number, active: boolean) =>
    `<li><a href="${href}"${active ? ' class="active" aria-current="page"' : ""}><span>${label}</span><span class="count">${count}</span></a></li>`;
  return `<ul class="flow-list" id="flows">${item("/", "All flows", all, selected === undefined)}${flows
    .map((flow) =>
      item(
        `/?flow=${encodeURIComponent(flow.name)}`,
        escapeHtml(flow.name),
        flow.threads,
        flow.name === selected,
      ),
    )
    .join("")}</ul>`;
}

function layout(input: {
  title: string;
  flows: FlowView[];
  selected: string | undefined;
  main: string;
  flow?: string;
}): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${input.title} · Flowdock emulator</title>
<link rel="stylesheet" href="/inbox.css">
<script src="/inbox.js" defer></script>
</head>
<body>
<header class="topbar"><a class="logo" href="/">flowdock</a><span class="product">emulator</span><span class="live" id="live" data-state="offline">offline</span></header>
<div class="layout">
<nav class="sidebar" aria-label="Flows"><h2>Flows</h2>${renderFlows(input.flows, input.selected)}</nav>
${input.main}
</div>
</body>
</html>
`;
}

/** The whole team inbox page: it reads fine with JavaScript off, `/inbox.js` makes it live. */
export function renderPage(input: {
  flows: FlowView[];
  selected: string | undefined;
  threads: string[];
  /** Team-inbox items and chat lines, newest first. */
  stream: FlowEvent[];
  apiUrl: string;
}): string {
  const heading = input.selected === undefined ? "All flows" : escapeHtml(input.selected);
  const empty = `<p class="empty"${input.threads.length ? " hidden" : ""}>No threads yet. Send a message to <code>${escapeHtml(input.apiUrl)}/messages</code> and it shows up here.</p>`;
  const stream = input.stream.length
    ? `<aside class="stream" aria-label="Stream"><h2>Stream</h2><ol class="messages stream-items">${input.stream.map(renderEvent).join("")}</ol></aside>`
    : "";
  return layout({
    title: "Team inbox",
    flows: input.flows,
    selected: input.selected,
    main: `<main class="inbox" id="inbox" data-flow="${input.selected === undefined ? "" : escapeHtml(input.selected)}">
<h1>Team inbox <small>${heading}</small></h1>
${empty}
<div class="columns"><div class="threads" id="threads">${input.threads.join("\n")}</div>${stream}</div>
</main>`,
  });
}

/** A thread's own page: its state and a page of its messages, oldest first, with links to the rest. */
export function renderThreadPage(input: {
  flows: FlowView[];
  view: ThreadSummary;
  /** Older and newer pages, when there are any. */
  older?: string;
  newer?: string;
}): string {
  const { view } = input;
  const nav = (href: string | undefined, label: string, rel: string) =>
    href === undefined
      ? ""
      : `<a class="pager-link" rel="${rel}" href="${escapeHtml(href)}">${label}</a>`;
  const pager =
    input.older || input.newer
      ? `<nav class="pager" aria-label="Pages">${nav(input.older, "← Older messages", "prev")}${nav(input.newer, "Newer messages →", "next")}</nav>`
      : "";
  return layout({
    title: escapeHtml(stripTags(sanitizeText(clip(view.thread.title, SHOWN_INLINE_CHARS).markup))),
    flows: input.flows,
    selected: view.flow,
    main: `<main class="inbox thread-page" id="inbox" data-thread-id="${escapeHtml(view.id)}">
<p class="back"><a href="/?flow=${encodeURIComponent(view.flow)}">← Back to ${escapeHtml(view.flow)}</a></p>
<article class="thread thread-full" id="thread-${escapeHtml(view.id)}" data-thread-id="${escapeHtml(view.id)}" data-flow="${escapeHtml(view.flow)}">${threadHead(view, undefined, FRESH)}${pager}<ol class="messages">${view.latest.map(renderEvent).join("")}</ol>${pager}</article>
</main>`,
  });
}

/** A page that says what was not found, with a way back. */
export function renderNotFound(flows: FlowView[], what: string): string {
  return layout({
    title: "Not found",
    flows,
    selected: undefined,
    main: `<main class="inbox not-found" id="inbox"><h1>Not found</h1><p class="empty">${escapeHtml(what)} <a href="/">Back to the team inbox</a></p></main>`,
  });
}
