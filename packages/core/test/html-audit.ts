import { parseFragment } from "parse5";

// An independent judge of "safe HTML": a spec-compliant parser (parse5) and the WHATWG URL parser,
// so core's own checker is never the only thing deciding whether its output is safe.
const ALLOWED_BODY =
  "a abbr acronym address article aside b big blockquote br caption cite code dd del details dfn div dl dt em figcaption figure footer h1 h2 h3 h4 h5 h6 header hgroup hr i img ins kbd li nav ol p pre samp section small span strong sub summary sup table tbody td tfoot th thead tr tt ul var wbr".split(
    " ",
  );

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

function safeUrl(value: string): boolean {
  // A URL the browser cannot parse goes nowhere, so it is inert.
  if (!URL.canParse(value, "https://relative.invalid/")) return true;
  const url = new URL(value, "https://relative.invalid/");
  return ["http:", "https:", "mailto:"].includes(url.protocol);
}

/** Every problem a browser would have with `markup` as inbox HTML; empty when it is inert. */
export function auditHtml(markup: string, allowed: readonly string[] = ALLOWED_BODY): string[] {
  const problems: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeName === "#comment") problems.push("comment");
    if (node.tagName !== undefined) {
      if (!allowed.includes(node.tagName)) problems.push(`<${node.tagName}>`);
      for (const { name, value } of node.attrs ?? []) {
        if (name.startsWith("on")) problems.push(`${name}=`);
        if (name === "style") problems.push("style=");
        if (
          ["href", "src", "action", "formaction", "xlink:href"].includes(name) &&
          !safeUrl(value)
        ) {
          problems.push(`${name}=${value}`);
        }
      }
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(parseFragment(markup) as unknown as Node);
  return problems;
}

/** The text a reader sees (entities decoded), for checking that escaped text survives intact. */
export function visibleText(markup: string): string {
  let text = "";
  const visit = (node: Node & { value?: string }) => {
    if (node.nodeName === "#text") text += node.value ?? "";
    for (const child of node.childNodes ?? []) visit(child);
  };
  visit(parseFragment(markup) as unknown as Node);
  return text;
}
