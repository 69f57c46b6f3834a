/** A parsed `MAJOR.MINOR.PATCH[-PRERELEASE]` version. */
export interface Version {
  major: number;
  minor: number;
  patch: number;
  prerelease: string | undefined;
}

/** Parses a plain semver version (no build metadata, no range), or undefined. */
export function parseVersion(text: string): Version | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/.exec(text);
  if (!match) return undefined;
  const [, major = "", minor = "", patch = "", prerelease] = match;
  return { major: Number(major), minor: Number(minor), patch: Number(patch), prerelease };
}

/** Orders stable versions by major, minor, patch (prereleases are never compared here). */
export function compareStable(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}
