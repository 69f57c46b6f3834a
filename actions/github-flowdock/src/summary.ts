import { escapeHtml, type Message, type StatusColor } from "@flowdock-kit/core";

/** What one run of the action did, for the job summary. */
export interface Report {
  threadId: string;
  threadTitle: string;
  threadUrl?: string;
  status?: { value: string; color: StatusColor };
  messages: readonly Message[];
  outcome: "sent" | "dry-run" | "failed";
  attempts: number;
  error?: string;
}

// The summary page has no colour styling for text, so each Flowdock colour gets its emoji.
const SWATCHES: Record<StatusColor, string> = {
  red: "🔴",
  green: "🟢",
  yellow: "🟡",
  cyan: "🩵",
  orange: "🟠",
  grey: "⚪",
  black: "⚫",
  lime: "🟩",
  purple: "🟣",
  blue: "🔵",
};

/** The job summary as HTML: the linked thread, its status and colour, what was posted, attempts. */
export function renderSummary(report: Report): string {
  const wireTitle = report.messages[0]?.thread?.title;
  const title = wireTitle ? inline(wireTitle) : escapeHtml(report.threadTitle);
  const heading = report.threadUrl
    ? `<a href="${escapeHtml(report.threadUrl)}">${title}</a>`
    : title;
  const lines = [`<h3>Flowdock: ${heading}</h3>`];
  if (report.status) {
    const { value, color } = report.status;
    lines.push(`<p><b>Status:</b> ${SWATCHES[color]} ${escapeHtml(value)} (${color})</p>`);
  }
  const rows = report.messages.map(
    (message) =>
      `<tr><td>${message.event}</td><td>${inline(message.author.name)}</td><td>${message.title}</td></tr>`,
  );
  lines.push(
    `<table><tr><th>Message</th><th>Author</th><th>Title</th></tr>${rows.join("")}</table>`,
  );
  const thread = `Thread <code>${escapeHtml(report.threadId)}</code>`;
  if (report.outcome === "sent") {
    lines.push(`<p>✅ ${thread}: posted in ${plural(report.attempts, "attempt")}.</p>`);
  } else if (report.outcome === "dry-run") {
    lines.push(`<p>🧪 ${thread}: dry run, nothing was sent.</p>`);
  } else {
    lines.push(
      `<p>⚠️ ${thread}: <b>not delivered</b> after ${plural(report.attempts, "attempt")}: ${escapeHtml(report.error ?? "unknown error")}</p>`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** The summary for an event the action does not post. */
export function renderSkipped(reason: string): string {
  return `<h3>Flowdock</h3>\n<p>Nothing posted: ${escapeHtml(reason)}</p>\n`;
}

// Text on the wire is already escaped by core's builders and titles may hold links: drop the tags
// so that the heading's own link stays whole and nothing but escaped text is left.
function inline(wire: string): string {
  return wire.replace(/<[^>]*>/g, "");
}

/** `1 attempt`, `3 attempts`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
