export { EmulatorError, JournalError, StorageError } from "./errors.js";
export type { FaultRule } from "./faults.js";
export { parseForm } from "./form.js";
export { sanitizeBody, sanitizeInline, sanitizeText } from "./sanitize.js";
export { startEmulator } from "./server.js";
export type {
  ChatLine,
  Emulator,
  EmulatorOptions,
  FlowConfig,
  FlowEvent,
  FlowView,
  MailItem,
  StoredMessage,
  ThreadView,
} from "./types.js";
export { flowdockToken } from "./update-action.js";
