import { describe, expect, it } from "vitest";
import { changelogEntry } from "./changelog-entry.js";

const changelog = `# github-flowdock

## 1.1.0

### Minor Changes

- [#7](https://github.com/o/r/pull/7) Threads for workflow jobs.

#### A sub-heading stays in

## 1.0.0

### Major Changes

- First release.
`;

describe("changelogEntry", () => {
  it("returns the body of the version's section, up to the next version", () => {
    expect(changelogEntry(changelog, "1.1.0")).toBe(
      "### Minor Changes\n\n- [#7](https://github.com/o/r/pull/7) Threads for workflow jobs.\n\n#### A sub-heading stays in",
    );
    expect(changelogEntry(changelog, "1.0.0")).toBe("### Major Changes\n\n- First release.");
  });

  it("does not match a version that only starts the same way", () => {
    expect(changelogEntry(changelog, "1.1")).toBeUndefined();
    expect(changelogEntry(changelog, "1.0.0-next.0")).toBeUndefined();
  });
});
