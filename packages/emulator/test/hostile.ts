import { TOKEN } from "./helpers.ts";

/** What a hostile integration would try: every string that reaches the page carries a payload. */
export const PWN = "window.__pwned=true;document.title='pwned'";

export function hostileMessage(token = TOKEN): Record<string, unknown> {
  return {
    flow_token: token,
    event: "activity",
    // Names, status values and labels are not checked for markup by the schema.
    author: { name: `Mallory <img src=x onerror="${PWN}">` },
    // Titles and field values may hold only <a> (core refuses anything else, unclosed tags too),
    // so their payloads are the ones the schema lets through.
    title: `changed the build <a href="https://evil.example/" title="x<y">here</a>`,
    external_thread_id: "hostile:1",
    thread: {
      title: `Hostile <a href="https://evil.example/">thread</a>`,
      body: [
        `<p>Looks harmless</p><script>${PWN}</script>`,
        `<img src="https://evil.example/x.png" onerror="${PWN}">`,
        `<a href="javascript:${PWN}">click me</a>`,
        `<a href="JaVaScRiPt&#x3a;${PWN}">or me</a>`,
        `<svg><script>${PWN}</script><animate onbegin="${PWN}"/></svg>`,
        `<iframe srcdoc="<script>${PWN}</script>"></iframe>`,
        `<form action="javascript:${PWN}"><button>go</button></form>`,
        `<div style="background:url(javascript:${PWN})" onmouseover="${PWN}">hover</div>`,
      ]
        .map((vector) => `<p>${vector}</p>`)
        .join(""),
      status: { color: "red", value: `<script>${PWN}</script>compromised` },
      fields: [
        {
          label: `<svg onload="${PWN}">Payload`,
          value: `1 < 2 <a href="https://evil.example/">evil</a>`,
        },
        { label: "Link", value: '<a href="https://example.com/safe">safe link</a>' },
      ],
    },
  };
}
