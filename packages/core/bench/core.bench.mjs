// Throughput of @flowdock-kit/core, on the built package: `npm run build && npm run bench`.
// `node bench/core.bench.mjs --scaling` times micromark alone on growing hostile bodies (how
// MARKDOWN_RENDER_LIMIT was chosen) and markdownToHtml on 20 MB ones.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import {
  buildActivity,
  buildDiscussion,
  link,
  MARKDOWN_RENDER_LIMIT,
  markdownToHtml,
  parseMessage,
} from "../dist/index.js";

const seed = JSON.parse(
  readFileSync(new URL("../test/fixtures/seed-message.json", import.meta.url), "utf8"),
);
const body = markdownToHtml(
  "The flux capacitor has been in storage for **more than 30 years** and needs to be spick and span.\n\n- [x] dust\n- [ ] polish",
);

function buildAndSerialise(i) {
  const message = buildActivity({
    title: "updated ticket",
    author: { name: "Marty", avatar: "https://avatars.githubusercontent.com/u/3017123?v=3" },
    externalThreadId: `ticket:${i}`,
    thread: {
      title: `Polish the flux capacitor <#${i}>`,
      body,
      externalUrl: `https://example.com/projects/bttf/tickets/${i}`,
      status: { color: "green", value: "open" },
      fields: [
        { label: "Dustiness", value: "5 - severe" },
        { label: "Ticket", value: link(`#${i}`, `https://example.com/projects/bttf/tickets/${i}`) },
      ],
    },
  });
  return JSON.stringify(message);
}

function measure(name, fn, seconds = 2) {
  for (let i = 0; i < 2000; i++) fn(i); // warm up the JIT
  let count = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 500; i++) fn(count++);
  }
  const perSecond = Math.round(count / ((performance.now() - start) / 1000));
  console.log(`${name.padEnd(44)} ${perSecond.toLocaleString("en-US").padStart(10)} ops/s`);
}

/** Median wall time of a fresh Node that imports core, parses one message and renders one body. */
function coldStart(runs = 15) {
  const script = `const t=performance.now();const c=await import(${JSON.stringify(new URL("../dist/index.js", import.meta.url).href)});c.parseMessage(${JSON.stringify(seed)});c.markdownToHtml("LGTM, thanks!");console.log(performance.now()-t)`;
  const times = [];
  for (let i = 0; i < runs; i++) {
    times.push(Number(execFileSync(process.execPath, ["--input-type=module", "-e", script])));
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(runs / 2)];
  console.log(
    `${"cold import + parse + render (median)".padEnd(44)} ${median.toFixed(1).padStart(10)} ms`,
  );
}

// One paragraph of a repeated piece: the inputs that took micromark longest per character.
const HOSTILE = {
  "]": "]",
  "*a": "*a",
  "~a": "~a",
  "<a\\n": "<a\n",
  "[a](": "[a](",
  prose:
    "Some **bold** text, `code`, a [link](https://example.com/x) and https://auto.example/y.\n\n",
};
const repeat = (piece, size) => piece.repeat(Math.ceil(size / piece.length)).slice(0, size);

function scaling() {
  const options = { extensions: [gfm()], htmlExtensions: [gfmHtml()] };
  micromark(repeat(HOSTILE.prose, 20_000), options); // warm up
  const sizes = [2_500, 5_000, 10_000, 20_000];
  console.log(`micromark + GFM alone, best of 3, ms by characters: ${sizes.join(", ")}`);
  for (const [name, piece] of Object.entries(HOSTILE)) {
    const times = [];
    for (const size of sizes) {
      let best = Number.POSITIVE_INFINITY;
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        micromark(repeat(piece, size), options);
        best = Math.min(best, performance.now() - start);
      }
      times.push(best.toFixed(0).padStart(6));
    }
    console.log(`  ${name.padEnd(8)} ${times.join(" ")}`);
  }
  console.log(`markdownToHtml on 20 MB (MARKDOWN_RENDER_LIMIT ${MARKDOWN_RENDER_LIMIT}):`);
  for (const [name, piece] of Object.entries(HOSTILE)) {
    for (const maxLength of [undefined, 20_000_000]) {
      const body = repeat(piece, 20_000_000);
      const start = performance.now();
      const out = markdownToHtml(body, { maxLength });
      const ms = (performance.now() - start).toFixed(0);
      const rss = Math.round(process.memoryUsage().rss / 2 ** 20);
      console.log(
        `  ${name.padEnd(8)} maxLength ${String(maxLength ?? "default").padEnd(8)} ${ms.padStart(6)} ms, ${out.value.length} chars out, rss ${rss} MB`,
      );
    }
  }
}

function hugeBuilderText() {
  const text = "a < b\n".repeat(2_000_000);
  const start = performance.now();
  buildDiscussion({ title: text, body: text, author: { name: "a" }, threadId: "t" });
  const ms = (performance.now() - start).toFixed(0);
  console.log(`buildDiscussion, 12 MB plain title and body: ${ms} ms`);
}

console.log(`node ${process.version}`);
if (process.argv.includes("--scaling")) {
  scaling();
  hugeBuilderText();
  process.exit(0);
}
measure("buildActivity + validate + JSON.stringify", buildAndSerialise);
measure("parseMessage(seed example)", () => parseMessage(seed));
measure("markdownToHtml (short issue body)", () =>
  markdownToHtml("Fix **this** in `src/x.ts`, see https://example.com"),
);
measure("markdownToHtml (plain comment)", () => markdownToHtml("LGTM, thanks!"));
measure("markdownToHtml (plain paragraphs, 600 chars)", () =>
  markdownToHtml(
    "It looks like you accidently spelled 'commit' with two 't's. Could you fix it before we merge?\n\n".repeat(
      6,
    ),
  ),
);
coldStart();
