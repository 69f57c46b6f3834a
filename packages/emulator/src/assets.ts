/** Flowdock's status colours, with the text colour that reads on each. */
const STATUS_STYLES: Record<string, [background: string, text: string]> = {
  red: ["#d64541", "#fff"],
  green: ["#3a9e4f", "#fff"],
  yellow: ["#f2c12e", "#3b2f00"],
  cyan: ["#1ba9c4", "#fff"],
  orange: ["#ef7d22", "#fff"],
  grey: ["#8b929c", "#fff"],
  black: ["#24272b", "#fff"],
  lime: ["#95d13c", "#213300"],
  purple: ["#8a5cd1", "#fff"],
  blue: ["#2f7be0", "#fff"],
};

const statusRules = Object.entries(STATUS_STYLES)
  .map(([color, [bg, fg]]) => `.status-${color}{background:${bg};color:${fg}}`)
  .join("\n");

/** The page's stylesheet, served from `/inbox.css` so the CSP needs no inline styles. */
export const INBOX_CSS = `:root{--bg:#f4f5f7;--card:#fff;--text:#1f2328;--muted:#5f6b7a;--line:#e3e6ea;--accent:#4e7de9;--side:#2e3440}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--text);font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
a{color:var(--accent);text-decoration:none}
a:hover{text-decoration:underline}
code,pre,kbd,samp,tt{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.92em}
.topbar{display:flex;align-items:center;gap:.6rem;height:48px;padding:0 1.25rem;background:#1f2430;color:#fff}
.logo{font-weight:700;font-size:1.15rem;letter-spacing:-.02em;color:#7fd36e}
.product{color:#c8cdd6}
.live{margin-left:auto;font-size:.8rem;color:#c8cdd6;display:flex;align-items:center;gap:.4rem}
.live::before{content:"";width:8px;height:8px;border-radius:50%;background:#8b929c}
.live[data-state="live"]::before{background:#5ad16a}
.layout{display:grid;grid-template-columns:220px minmax(0,1fr);min-height:calc(100vh - 48px)}
.sidebar{background:var(--side);color:#d8dee9;padding:1rem .75rem}
.sidebar h2{margin:.25rem .5rem .75rem;font-size:.75rem;text-transform:uppercase;letter-spacing:.08em;color:#9aa3b2}
.flow-list{list-style:none;margin:0;padding:0}
.flow-list a{display:flex;justify-content:space-between;align-items:center;padding:.4rem .6rem;border-radius:6px;color:#d8dee9}
.flow-list a:hover{background:#3b4252;text-decoration:none}
.flow-list a.active{background:#4c566a;color:#fff;font-weight:600}
.count{font-size:.75rem;background:#434c5e;border-radius:10px;padding:0 .5rem;color:#e5e9f0}
.inbox{padding:1.25rem 1.5rem 3rem;max-width:980px;width:100%}
.inbox h1{font-size:1.35rem;margin:0 0 1rem;font-weight:650}
.inbox h1 small{font-weight:400;color:var(--muted);margin-left:.4rem;font-size:.95rem}
.empty{color:var(--muted);background:var(--card);border:1px dashed var(--line);border-radius:10px;padding:1.5rem;text-align:center}
.threads{display:flex;flex-direction:column;gap:1rem}
.thread{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1rem 1.15rem;box-shadow:0 1px 2px rgba(16,24,40,.05)}
.thread.fresh{animation:fresh 1.6s ease-out}
@keyframes fresh{from{box-shadow:0 0 0 3px rgba(78,125,233,.45)}to{box-shadow:0 1px 2px rgba(16,24,40,.05)}}
.thread-head{display:flex;align-items:center;gap:.6rem;flex-wrap:wrap}
.thread-title{font-size:1.05rem;margin:0;font-weight:600;flex:1 1 auto;min-width:0;overflow-wrap:anywhere}
.thread-title a{color:inherit}
.external{font-size:.85rem;white-space:nowrap}
.status{display:inline-block;border-radius:999px;padding:.1rem .6rem;font-size:.75rem;font-weight:600;text-transform:uppercase;letter-spacing:.04em;white-space:nowrap}
${statusRules}
.thread-meta{color:var(--muted);font-size:.8rem;margin:.2rem 0 .6rem}
.flow-name{font-weight:600}
.thread-body,.message-body{overflow-wrap:anywhere}
.thread-body{margin:.5rem 0}
.thread-body>:first-child,.message-body>:first-child{margin-top:0}
.thread-body>:last-child,.message-body>:last-child{margin-bottom:0}
.thread-body img,.message-body img{max-width:100%;height:auto}
.thread-body pre,.message-body pre{background:#f6f8fa;padding:.6rem .75rem;border-radius:6px;overflow:auto}
blockquote{margin:.5rem 0;padding:0 .8rem;border-left:3px solid var(--line);color:var(--muted)}
.fields{border-collapse:collapse;margin:.6rem 0;font-size:.875rem;width:auto;max-width:100%}
.fields th,.fields td{text-align:left;padding:.3rem .75rem .3rem 0;border-bottom:1px solid var(--line);vertical-align:top}
.fields tr:last-child th,.fields tr:last-child td{border-bottom:0}
.fields th{color:var(--muted);font-weight:500;white-space:nowrap;padding-right:1.25rem}
.actions{display:flex;flex-wrap:wrap;gap:.5rem;margin:.6rem 0}
.action-form{margin:0;display:inline}
.action{display:inline-block;font:inherit;font-size:.85rem;padding:.25rem .75rem;border-radius:6px;border:1px solid var(--line);background:#f8f9fb;color:var(--text);cursor:pointer}
.action:hover{background:#eef1f5;text-decoration:none}
.action-update{border-color:#c9d6f5;background:#eef3fd;color:#2d5bc8}
.action[data-result="ok"]{border-color:#9fd6a9;background:#eaf7ed;color:#1f7a34}
.action[data-result="error"]{border-color:#f0b1ae;background:#fdeceb;color:#b3261e}
.earlier{font-size:.8rem;color:var(--muted);margin:.6rem 0 0}
.messages{list-style:none;margin:.6rem 0 0;padding:.6rem 0 0;border-top:1px solid var(--line);display:flex;flex-direction:column;gap:.55rem}
.message{display:flex;gap:.6rem;align-items:flex-start}
.avatar{position:relative;flex:none;width:28px;height:28px;border-radius:50%;overflow:hidden;background:#dfe4ea;color:#4a5563;font-size:.7rem;font-weight:700;display:grid;place-items:center}
.avatar-img{position:absolute;inset:0;width:100%;height:100%;object-fit:cover}
.message-main{min-width:0;flex:1}
.message-line{display:flex;flex-wrap:wrap;align-items:baseline;gap:.35rem}
.author{font-weight:600}
.message-title{color:var(--text)}
.message-time{margin-left:auto;color:var(--muted);font-size:.75rem;white-space:nowrap}
.message-discussion .message-body{background:#f6f8fa;border-radius:8px;padding:.45rem .7rem;margin-top:.2rem}
.message-activity .message-body{color:var(--muted);font-size:.875rem}
.tag{font-size:.75rem;color:var(--muted);margin-left:.2rem}
.columns{display:grid;grid-template-columns:minmax(0,1fr);gap:1rem;align-items:start}
.columns:has(.stream){grid-template-columns:minmax(0,1fr) minmax(220px,300px)}
.stream{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:.8rem 1rem;min-width:0}
.stream h2{margin:0 0 .4rem;font-size:.75rem;text-transform:uppercase;letter-spacing:.08em;color:var(--muted)}
.stream .messages{border-top:0;padding-top:0;margin-top:0}
.thread-link{white-space:nowrap}
.message-line,.message-title,.author,.mail-subject,.message-meta,.thread-meta{overflow-wrap:anywhere;min-width:0}
.fields td{overflow-wrap:anywhere}
.message-meta{color:var(--muted);font-size:.75rem}
.message-mail{border-left:3px solid #ef7d22;padding-left:.5rem}
.mail-source{font-size:.7rem;font-weight:700;text-transform:uppercase;letter-spacing:.05em;color:#9a4d0c;background:#fdf0e4;border-radius:4px;padding:0 .35rem}
.mail-subject{font-weight:600}
.avatar-source{border-radius:6px;background:#fdf0e4;color:#9a4d0c}
.message-chat .chat-body{background:#eef3fd;border-radius:8px;padding:.35rem .7rem;margin-top:.2rem;white-space:pre-wrap;overflow-wrap:anywhere}
.chat-label{font-size:.7rem;color:#2d5bc8;border:1px solid #c9d6f5;border-radius:4px;padding:0 .3rem}
.back{margin:0 0 .75rem;font-size:.9rem}
.pager{display:flex;justify-content:space-between;gap:1rem;margin:.75rem 0;font-size:.85rem}
.pager-link[rel="next"]{margin-left:auto}
.thread-full .messages{gap:.75rem}
.not-found .empty a{margin-left:.4rem}
a.logo:hover{text-decoration:none}
@media (max-width:900px){.columns:has(.stream){grid-template-columns:minmax(0,1fr)}}
@media (max-width:720px){.layout{grid-template-columns:1fr}.sidebar{padding:.5rem}.flow-list{display:flex;flex-wrap:wrap;gap:.25rem}}
`;

/** The page's script, served from `/inbox.js`: live updates over SSE, action buttons, local times. */
export const INBOX_JS = `"use strict";
(() => {
  const threads = document.getElementById("threads");
  const inbox = document.getElementById("inbox");
  const live = document.getElementById("live");
  const flows = document.getElementById("flows");
  const selected = inbox ? inbox.dataset.flow : "";

  const localTimes = (root) => {
    for (const el of root.querySelectorAll("time[datetime]")) {
      const date = new Date(el.getAttribute("datetime"));
      if (Number.isNaN(date.getTime())) continue;
      el.title = date.toLocaleString();
      el.textContent = date.toLocaleString([], { dateStyle: "medium", timeStyle: "short" });
    }
  };
  localTimes(document);

  // A broken avatar hides and lets the initials under it show; a broken picture in a body hides.
  const broken = (el) => {
    if (el.classList.contains("avatar-img")) el.remove();
    else if (el.closest(".thread-body, .message-body")) el.hidden = true;
  };
  document.addEventListener("error", (event) => {
    if (event.target instanceof HTMLImageElement) broken(event.target);
  }, true);
  // Pictures that failed before this script ran.
  for (const img of document.images) if (img.complete && img.naturalWidth === 0) broken(img);

  const setCount = (name, count) => {
    if (!flows) return;
    let link = [...flows.querySelectorAll("a")].find((a) => new URL(a.href).searchParams.get("flow") === name);
    if (!link) {
      const li = document.createElement("li");
      link = document.createElement("a");
      link.href = "/?flow=" + encodeURIComponent(name);
      const label = document.createElement("span");
      label.textContent = name;
      const badge = document.createElement("span");
      badge.className = "count";
      link.append(label, badge);
      li.append(link);
      flows.append(li);
    }
    link.querySelector(".count").textContent = String(count);
  };

  const onThread = (event) => {
    const data = JSON.parse(event.data);
    let total = 0;
    for (const flow of data.flows) {
      setCount(flow.name, flow.threads);
      total += flow.threads;
    }
    const all = flows && flows.querySelector("a[href='/'] .count");
    if (all) all.textContent = String(total);
    if (!threads || (selected && data.flow !== selected)) return;
    // The card was rendered and sanitised by the server, exactly as on a full page load.
    const template = document.createElement("template");
    template.innerHTML = data.html;
    const card = template.content.firstElementChild;
    if (!card) return;
    const old = document.getElementById(card.id);
    if (old) old.remove();
    localTimes(card);
    card.classList.add("fresh");
    threads.prepend(card);
    const empty = document.querySelector(".empty");
    if (empty) empty.hidden = true;
  };

  // A team-inbox item or chat line: the newest goes on top of the stream, which appears if need be.
  const onStream = (event) => {
    const data = JSON.parse(event.data);
    if (selected && data.flow !== selected) return;
    let list = document.querySelector(".stream-items");
    if (!list) {
      const columns = document.querySelector(".columns");
      if (!columns) return;
      const aside = document.createElement("aside");
      aside.className = "stream";
      aside.setAttribute("aria-label", "Stream");
      const heading = document.createElement("h2");
      heading.textContent = "Stream";
      list = document.createElement("ol");
      list.className = "messages stream-items";
      aside.append(heading, list);
      columns.append(aside);
    }
    const template = document.createElement("template");
    template.innerHTML = data.html;
    const item = template.content.firstElementChild;
    if (!item) return;
    localTimes(item);
    list.prepend(item);
  };

  if (window.EventSource && live) {
    const source = new EventSource("/events");
    let missed = false;
    // After a drop (the server disconnects a page that falls behind) updates were missed: reload.
    source.addEventListener("open", () => {
      if (missed) { location.reload(); return; }
      live.dataset.state = "live"; live.textContent = "live";
    });
    source.addEventListener("error", () => {
      if (live.dataset.state === "live") missed = true;
      live.dataset.state = "offline"; live.textContent = "reconnecting";
    });
    source.addEventListener("thread", onThread);
    source.addEventListener("stream", onStream);
  }

  // Update actions: the emulator calls the target as Flowdock did; show the outcome on the button.
  document.addEventListener("submit", async (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.classList.contains("action-form")) return;
    event.preventDefault();
    const button = form.querySelector("button");
    if (button) { button.disabled = true; delete button.dataset.result; }
    try {
      const response = await fetch(form.action, { method: "POST", headers: { accept: "application/json" } });
      const result = await response.json().catch(() => ({}));
      if (button) {
        button.dataset.result = response.ok && result.ok ? "ok" : "error";
        button.title = result.status ? "Target answered " + result.status : (result.message || "");
      }
    } catch {
      if (button) button.dataset.result = "error";
    } finally {
      if (button) button.disabled = false;
    }
  });
})();
`;
