export {
  type ActivityInput,
  type ActivityMessage,
  type AuthorInput,
  buildActivity,
  buildDiscussion,
  type DiscussionInput,
  type DiscussionMessage,
  type FieldInput,
  type StatusInput,
  type ThreadInput,
  updateAction,
  viewAction,
} from "./builders.js";
export { isStatusColor, STATUS_COLORS, type StatusColor } from "./colors.js";
export { FieldTextError, FlowdockValidationError, type ValidationIssue } from "./errors.js";
export { parseField, parseTags } from "./field-text.js";
export {
  escapeHtml,
  type Html,
  html,
  isHtml,
  joinHtml,
  link,
  type Text,
  toHtmlString,
} from "./html.js";
export { BODY_TAGS, findUnsafeHtml, INLINE_TAGS } from "./html-inspect.js";
export { messageJsonSchema } from "./json-schema.js";
export { LIMITS } from "./limits.js";
export { MARKDOWN_RENDER_LIMIT, type MarkdownOptions, markdownToHtml } from "./markdown.js";
export {
  formatPath,
  type ParseResult,
  parseMessage,
  safeParseMessage,
  toValidationError,
} from "./parse.js";
export {
  type Author,
  AuthorSchema,
  type Field,
  FieldSchema,
  type Message,
  type MessageEvent,
  MessageEventSchema,
  MessageSchema,
  type Status,
  StatusSchema,
  type Thread,
  type ThreadAction,
  ThreadActionSchema,
  ThreadSchema,
  type UpdateAction,
  UpdateActionSchema,
  type ViewAction,
  ViewActionSchema,
} from "./schema.js";
export { BLOCK_MARKER, INLINE_MARKER, truncateHtml } from "./truncate.js";
export { isHttpUrl, isSafeLinkTarget } from "./url.js";
