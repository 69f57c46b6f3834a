import { parsePage } from "./paging.js";
import { renderThreadPage, threadPath } from "./render.js";
import type { Store } from "./store-types.js";

/** `GET /threads/:id`: the thread's state and a page of its messages; 404 when unknown, 400 for a bad page. */
export function threadPage(
  store: Store,
  id: string,
  query: URLSearchParams,
): { status: 200 | 400 | 404; html?: string } {
  const view = store.thread(id, 0);
  if (!view) return { status: 404 };
  const page = parsePage(query, false);
  if (!page.ok) return { status: 400 };
  const asc = page.query.order === "asc";
  const items = store.events(view.flow, { ...page.query, threadId: id });
  if (!asc) items.reverse();
  const oldest = items[0]?.id;
  const newest = items.at(-1)?.id;
  const full = items.length === page.query.limit;
  const base = threadPath(id);
  const hasOlder = asc ? page.query.sinceId !== undefined : full;
  const hasNewer = asc ? full : page.query.untilId !== undefined;
  return {
    status: 200,
    html: renderThreadPage({
      flows: store.flows(),
      view: { ...view, latest: items },
      ...(hasOlder && oldest !== undefined && { older: `${base}?until_id=${oldest}` }),
      ...(hasNewer && newest !== undefined && { newer: `${base}?since_id=${newest}&sort=asc` }),
    }),
  };
}
