import { escapeHtml, isHttpUrl, type ThreadAction } from "@flowdock-kit/core";
import { sanitizeBody, sanitizeInline, sanitizeText } from "./sanitize.js";
import type { FlowView, StoredMessage, ThreadView } from "./types.js";

/** How many of a thread's latest messages the page shows. */
const SHOWN_MESSAGES = 10;

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
  const name = sanitizeText(author.name);
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
  const name = sanitizeText(item.name);
  if (item["@type"] === "ViewAction") {
    if (!isHttpUrl(item.url)) return "";
    const description =
      item.description !== undefined
        ? ` title="${escapeHtml(stripTags(sanitizeText(item.description)))}"`
        : "";
    return `<a class="action action-view" href="${escapeHtml(item.url)}"${description} target="_blank" rel="noopener noreferrer nofollow">${name}</a>`;
  }
  // The emulator calls the target itself, as Flowdock's servers did, so this works without JavaScript.
  return `<form class="action-form" method="post" action="/api/threads/${encodeURIComponent(threadId)}/actions/${index}"><button class="action action-update" type="submit" title="${escapeHtml(`${item.target.httpMethod} ${item.target.urlTemplate}`)}">${name}</button></form>`;
}

function message(item: StoredMessage): string {
  const author = sanitizeText(item.author.name);
  const body =
    item.body !== undefined && item.body !== ""
      ? `<div class="message-body">${sanitizeBody(item.body)}</div>`
      : "";
  const title =
    item.event === "discussion"
      ? ""
      : `<span class="message-title">${sanitizeInline(item.title)}</span>`;
  const tags = item.tags.length
    ? `<span class="tags">${item.tags.map((tag) => `<span class="tag">#${escapeHtml(tag)}</span>`).join("")}</span>`
    : "";
  return `<li class="message message-${item.event}" data-message-id="${item.id}">${avatar(item.author)}<div class="message-main"><div class="message-line"><span class="author">${author}</span> ${title}${tags}<span class="message-time">${time(item.sent)}</span></div>${body}</div></li>`;
}

/** One thread's card: the same markup on the page and in live updates. */
export function renderThread(view: ThreadView): string {
  const { thread } = view;
  const status = thread.status
    ? `<span class="status status-${thread.status.color}" data-color="${thread.status.color}">${sanitizeText(thread.status.value)}</span>`
    : "";
  const external =
    thread.external_url !== undefined && isHttpUrl(thread.external_url)
      ? `<a class="external" href="${escapeHtml(thread.external_url)}" target="_blank" rel="noopener noreferrer nofollow">Open ↗</a>`
      : "";
  const body = thread.body ? `<div class="thread-body">${sanitizeBody(thread.body)}</div>` : "";
  const fields = thread.fields?.length
    ? `<table class="fields"><tbody>${thread.fields
        .map(
          (field) =>
            `<tr><th scope="row">${sanitizeText(field.label)}</th><td>${sanitizeInline(field.value)}</td></tr>`,
        )
        .join("")}</tbody></table>`
    : "";
  const actions = thread.actions?.length
    ? `<div class="actions">${thread.actions.map((item, i) => action(view.id, item, i)).join("")}</div>`
    : "";
  const hidden = view.messages.length - SHOWN_MESSAGES;
  const earlier =
    hidden > 0 ? `<p class="earlier">${hidden} earlier message${hidden === 1 ? "" : "s"}</p>` : "";
  const count = view.messages.length;
  return `<article class="thread" id="thread-${escapeHtml(view.id)}" data-thread-id="${escapeHtml(view.id)}" data-flow="${escapeHtml(view.flow)}" data-updated="${view.updated_at}"><header class="thread-head">${status}<h2 class="thread-title">${sanitizeInline(thread.title)}</h2>${external}</header><div class="thread-meta"><span class="flow-name">${escapeHtml(view.flow)}</span> · ${count} message${count === 1 ? "" : "s"} · updated ${time(view.updated_at)}</div>${body}${fields}${actions}${earlier}<ol class="messages">${view.messages
    .slice(-SHOWN_MESSAGES)
    .map(message)
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

/** The whole team inbox page: it reads fine with JavaScript off, `/inbox.js` makes it live. */
export function renderPage(input: {
  flows: FlowView[];
  selected: string | undefined;
  threads: string[];
  apiUrl: string;
}): string {
  const heading = input.selected === undefined ? "All flows" : escapeHtml(input.selected);
  const empty = `<p class="empty"${input.threads.length ? " hidden" : ""}>No threads yet. Send a message to <code>${escapeHtml(input.apiUrl)}/messages</code> and it shows up here.</p>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Team inbox · Flowdock emulator</title>
<link rel="stylesheet" href="/inbox.css">
<script src="/inbox.js" defer></script>
</head>
<body>
<header class="topbar"><span class="logo">flowdock</span><span class="product">emulator</span><span class="live" id="live" data-state="offline">offline</span></header>
<div class="layout">
<nav class="sidebar" aria-label="Flows"><h2>Flows</h2>${renderFlows(input.flows, input.selected)}</nav>
<main class="inbox" id="inbox" data-flow="${input.selected === undefined ? "" : escapeHtml(input.selected)}">
<h1>Team inbox <small>${heading}</small></h1>
${empty}
<div class="threads" id="threads">${input.threads.join("\n")}</div>
</main>
</div>
</body>
</html>
`;
}
