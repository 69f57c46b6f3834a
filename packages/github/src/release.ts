import { joinHtml, type Text } from "@flowdock-kit/core";
import { compose, field, renderMarkdown, view } from "./compose.js";
import { refPath } from "./git-ref.js";
import { bool, type Obj, objects, str, url } from "./payload.js";
import {
  authorOf,
  linked,
  type Repo,
  repoField,
  repoUrl,
  threadIdOf,
  userLink,
} from "./repository.js";
import { unsupportedAction } from "./skip.js";
import { status } from "./status.js";
import { readSubject } from "./subject.js";
import type { MapOptions, MappedStatus, MapResult } from "./types.js";

/** The release's badge: deleted, draft, pre-release or published. */
function releaseStatus(release: Obj, action: string, options: MapOptions): MappedStatus {
  if (action === "deleted") return status("deleted", options);
  if (bool(release, "draft") === true || action === "unpublished") return status("draft", options);
  if (bool(release, "prerelease") === true) return status("pre-release", options);
  return status("published", options);
}

function releaseTitle(action: string, release: Obj, name: string): string | undefined {
  const draft = bool(release, "draft") === true;
  switch (action) {
    case "published":
      return bool(release, "prerelease") === true
        ? `published pre-release ${name}`
        : `published release ${name}`;
    case "created":
      return draft ? `created draft release ${name}` : `created release ${name}`;
    case "prereleased":
      return `published pre-release ${name}`;
    case "released":
      return `released ${name}`;
    case "unpublished":
      return `unpublished release ${name}`;
    case "edited":
      return `edited release ${name}`;
    case "deleted":
      return `deleted release ${name}`;
    default:
      return undefined;
  }
}

function assetsText(release: Obj): Text | undefined {
  const assets = objects(release, "assets")
    .map((asset) => {
      const name = str(asset, "name");
      return name === undefined ? undefined : linked(name, url(asset, "browser_download_url"));
    })
    .filter((asset): asset is Text => asset !== undefined);
  return assets.length > 0 ? joinHtml(assets, ", ") : undefined;
}

function tagText(repo: Repo, tag: string | undefined): Text | undefined {
  return tag === undefined ? undefined : linked(tag, repoUrl(repo, `/tree/${refPath(tag)}`));
}

/**
 * `release` (every action): an activity on the release's thread (`…:release:<id>`), whose body
 * is the release notes as safe HTML.
 */
export function mapReleaseEvent(payload: Obj, options: MapOptions): MapResult {
  const found = readSubject(payload, "release", {
    item: "release",
    id: (release) => release.id,
    idName: "release id",
  });
  if ("skipped" in found) return found;
  const { item: release, id, repo } = found;
  const action = str(payload, "action") ?? "";
  const tag = str(release, "tag_name");
  const name = str(release, "name") ?? tag ?? `#${id}`;
  const title = releaseTitle(action, release, name);
  if (title === undefined) return unsupportedAction("Release", action);
  const htmlUrl = action === "deleted" ? repoUrl(repo, "/releases") : url(release, "html_url");
  const state = {
    id: threadIdOf(repo, "release", id),
    title: `Release ${name} of ${repo.fullName}`,
    url: htmlUrl,
    status: releaseStatus(release, action, options),
    fields: [
      field("Repository", repoField(repo)),
      field("Tag", tagText(repo, tag)),
      field("Target", str(release, "target_commitish")),
      field("Author", release.author === undefined ? undefined : userLink(release.author)),
      field("Assets", assetsText(release)),
    ],
    body: renderMarkdown(str(release, "body"), repo, options),
    actions: [view("Open on GitHub", htmlUrl)],
  };
  return compose(state, [{ event: "activity", title, author: authorOf(payload) }], options);
}
