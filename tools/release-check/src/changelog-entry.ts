/**
 * The body of the `## <version>` section of a changesets CHANGELOG.md (without its heading),
 * or undefined when the changelog has no such section.
 */
export function changelogEntry(markdown: string, version: string): string | undefined {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === `## ${version}`);
  if (start === -1) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => /^#{1,2}\s/.test(line));
  return (end === -1 ? rest : rest.slice(0, end)).join("\n").trim();
}
