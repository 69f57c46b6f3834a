import { MentionsError } from "./errors.js";
import type { MapOptions } from "./types.js";

/** A Flowdock nick as a tag can carry it: no spaces, commas or `#`, which would split or retype it. */
const NICK = /^[^\s,#=@]+$/;

// GitHub logins: letters, digits and single hyphens; apps end in `[bot]`.
const LOGIN = /^[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:\[bot\])?$/;

/**
 * Parses a login → nick map written as `octocat=marty, hubot=doc` (commas or new lines; a nick
 * may start with `@`). Throws a {@link MentionsError} naming the bad entry, or a login given twice.
 */
export function parseMentions(text: string): Record<string, string> {
  // No prototype: a login such as "constructor" must not find Object's own properties.
  const mentions: Record<string, string> = Object.create(null);
  const seen = new Set<string>();
  for (const raw of text.split(/[,\r\n]/)) {
    const part = raw.trim();
    if (part === "") continue;
    const equals = part.indexOf("=");
    const login = equals > 0 ? part.slice(0, equals).trim() : "";
    const nick =
      equals > 0
        ? part
            .slice(equals + 1)
            .trim()
            .replace(/^@/, "")
        : "";
    if (!LOGIN.test(login))
      throw new MentionsError(part, 'expected "github-login=flowdock-nick", e.g. "octocat=marty"');
    if (!NICK.test(nick))
      throw new MentionsError(part, "a Flowdock nick has no spaces, commas, # or = in it");
    if (seen.has(login.toLowerCase())) throw new MentionsError(part, `"${login}" is listed twice`);
    seen.add(login.toLowerCase());
    mentions[login] = nick;
  }
  return mentions;
}

/** The `@nick` tags for `logins` that `mentions` maps; GitHub logins match case-insensitively. */
export function mentionTags(
  mentions: MapOptions["mentions"],
  logins: readonly (string | undefined)[] | undefined,
): string[] {
  if (mentions === undefined || mentions === null || logins === undefined) return [];
  const byLogin = new Map<string, string>();
  for (const [login, nick] of Object.entries(mentions)) {
    if (typeof nick !== "string") continue;
    const bare = nick.trim().replace(/^@/, "");
    if (NICK.test(bare)) byLogin.set(login.trim().toLowerCase(), bare);
  }
  const tags: string[] = [];
  for (const login of logins) {
    const nick = login === undefined ? undefined : byLogin.get(login.toLowerCase());
    if (nick !== undefined && !tags.includes(`@${nick}`)) tags.push(`@${nick}`);
  }
  return tags;
}

/** The user's tags, then the `@nick`s of the people a message concerns, each once. */
export function messageTags(
  options: MapOptions,
  logins: readonly (string | undefined)[] | undefined,
): string[] {
  const given: unknown = options.tags;
  // A JavaScript caller may pass one tag as a string; spreading it would tag each letter.
  const tags = typeof given === "string" ? [given] : Array.isArray(given) ? [...given] : [];
  for (const tag of mentionTags(options.mentions, logins)) if (!tags.includes(tag)) tags.push(tag);
  return tags;
}

/** `login` unless it is the sender's: nobody needs a highlight for what they did themselves. */
export function someoneElse(login: string | undefined, sender: string): string | undefined {
  return login === undefined || login.toLowerCase() === sender.toLowerCase() ? undefined : login;
}
