import { joinHtml, type Text } from "@flowdock-kit/core";
import { type Obj, obj, objects, str, url } from "./payload.js";
import { linked, loginOf, userLink } from "./repository.js";

/** Label names, comma separated, or `undefined` when there are none. */
export function labelsText(item: Obj): string | undefined {
  const names = objects(item, "labels")
    .map((label) => str(label, "name"))
    .filter((name): name is string => name !== undefined);
  return names.length > 0 ? names.join(", ") : undefined;
}

/** Users as profile links, comma separated. */
export function usersText(users: readonly Obj[]): Text | undefined {
  return users.length > 0 ? joinHtml(users.map(userLink), ", ") : undefined;
}

/** The item's assignees (`assignees`, or the older single `assignee`). */
export function assigneesText(item: Obj): Text | undefined {
  const list = objects(item, "assignees");
  const single = obj(item.assignee);
  return usersText(list.length > 0 ? list : single !== undefined ? [single] : []);
}

/** The milestone's title linked to its page. */
export function milestoneText(item: Obj): Text | undefined {
  const milestone = obj(item.milestone);
  const title = str(milestone, "title");
  return title === undefined ? undefined : linked(title, url(milestone, "html_url"));
}

/**
 * The title for actions issues and pull requests share (`labeled issue bug`), or `undefined` when
 * `action` is not one of them. `noun` is `issue` or `pull request`.
 */
export function sharedActionTitle(
  action: string,
  noun: string,
  payload: Obj,
  item: Obj,
): string | undefined {
  const label = str(obj(payload.label), "name");
  const assignee = loginOf(payload.assignee);
  // GHES payloads leave out the top-level milestone; after milestoning, the item carries it.
  const milestone =
    str(obj(payload.milestone), "title") ??
    (action === "milestoned" ? str(obj(item.milestone), "title") : undefined);
  switch (action) {
    case "labeled":
      return label === undefined ? `labeled ${noun}` : `labeled ${noun} ${label}`;
    case "unlabeled":
      return label === undefined
        ? `removed a label from ${noun}`
        : `removed label ${label} from ${noun}`;
    case "assigned":
      return `assigned ${noun} to ${assignee}`;
    case "unassigned":
      return `unassigned ${assignee} from ${noun}`;
    case "milestoned":
      return milestone === undefined
        ? `added ${noun} to a milestone`
        : `added ${noun} to milestone ${milestone}`;
    case "demilestoned":
      return milestone === undefined
        ? `removed ${noun} from its milestone`
        : `removed ${noun} from milestone ${milestone}`;
    case "edited": {
      // GitHub's timeline says "changed the title" for a rename; a reader wants the old name.
      const oldTitle = str(obj(obj(payload.changes)?.title), "from");
      return oldTitle === undefined
        ? `edited ${noun}`
        : `changed the ${noun} title from ${oldTitle}`;
    }
    case "reopened":
      return `reopened ${noun}`;
    case "locked":
      return `locked ${noun}`;
    case "unlocked":
      return `unlocked ${noun}`;
    default:
      return undefined;
  }
}
