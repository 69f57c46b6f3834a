// Throughput of @flowdock-kit/core, on the built package: `npm run build && npm run bench`.
import { readFileSync } from "node:fs";
import { buildActivity, link, markdownToHtml, parseMessage } from "../dist/index.js";

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

console.log(`node ${process.version}`);
measure("buildActivity + validate + JSON.stringify", buildAndSerialise);
measure("parseMessage(seed example)", () => parseMessage(seed));
measure("markdownToHtml (short issue body)", () =>
  markdownToHtml("Fix **this** in `src/x.ts`, see https://example.com"),
);
