import { BODY_TAGS } from "@flowdock-kit/core";
import sanitizeHtml from "sanitize-html";

const LINK: sanitizeHtml.Transformer = (tagName, attribs) => ({
  tagName,
  attribs: { ...attribs, rel: "noopener noreferrer nofollow", target: "_blank" },
});

const COMMON: sanitizeHtml.IOptions = {
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href", "src", "cite"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: { a: LINK },
};

const BODY: sanitizeHtml.IOptions = {
  ...COMMON,
  allowedTags: [...BODY_TAGS],
  allowedAttributes: {
    a: ["href", "title", "rel", "target"],
    img: ["src", "alt", "title", "width", "height"],
    abbr: ["title"],
    acronym: ["title"],
    td: ["colspan", "rowspan"],
    th: ["colspan", "rowspan"],
    ol: ["start"],
  },
  allowedSchemesByTag: { img: ["http", "https"] },
};

const INLINE: sanitizeHtml.IOptions = {
  ...COMMON,
  allowedTags: ["a"],
  allowedAttributes: { a: ["href", "title", "rel", "target"] },
};

const TEXT: sanitizeHtml.IOptions = { allowedTags: [], allowedAttributes: {} };

/** Message and thread bodies: the team-inbox tag list, http(s)/mailto links only, no attributes that run code. */
export function sanitizeBody(markup: string): string {
  return sanitizeHtml(markup, BODY);
}

/** Titles and field values: text with `<a>` links. */
export function sanitizeInline(markup: string): string {
  return sanitizeHtml(markup, INLINE);
}

/** Author names, status values, field labels: HTML-escaped text on the wire, shown as text. */
export function sanitizeText(markup: string): string {
  return sanitizeHtml(markup, TEXT);
}
