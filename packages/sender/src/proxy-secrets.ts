/** The proxy variables both transports read, in the spellings they read. */
export const PROXY_VARIABLES = [
  "https_proxy",
  "HTTPS_PROXY",
  "http_proxy",
  "HTTP_PROXY",
  "all_proxy",
  "ALL_PROXY",
] as const;

/** `user` and `password` of a proxy URL (as written and decoded), to be redacted wherever they could show up. */
export function proxySecrets(proxy: string | undefined): string[] {
  if (proxy === undefined || !URL.canParse(proxy)) return [];
  const { username, password } = new URL(proxy);
  return [username, password]
    .filter((part) => part !== "")
    .flatMap((part) => [part, safeDecode(part)]);
}

/** The credentials of every proxy named in the environment. */
export function envProxySecrets(env: Record<string, string | undefined>): string[] {
  return PROXY_VARIABLES.flatMap((name) => {
    const value = env[name];
    if (!value) return [];
    return proxySecrets(value.includes("://") ? value : `http://${value}`);
  });
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
