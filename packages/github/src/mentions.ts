import type { MapOptions } from "./types.js";

/** A Flowdock nick as a tag can carry it: no spaces, commas or `#`, which would split or retype it. */
const NICK = /^[^\s,#@]+$/;

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
