import { isPositiveInteger, type Obj, obj } from "./payload.js";
import { type Repo, readRepo } from "./repository.js";
import { noRepository, type Skipped, skip } from "./skip.js";

/** What an event is about: its item, the number that keys the thread, and the repository. */
export interface Subject {
  item: Obj;
  id: number;
  repo: Repo;
}

/** Where an event keeps its subject, and how a skip names what is missing. */
export interface SubjectShape {
  /** The payload property holding the item: `issue`, `pull_request`, `workflow_run`. */
  item: string;
  /** The item's thread number (`number`, `id`, a job's `run_id`). */
  id: (item: Obj, payload: Obj) => unknown;
  /** `issue number`, `run id`, … */
  idName: string;
  /** The thread it posts to, when not the item's own: a job posts to its `run thread`. */
  thread?: string;
}

/** The event's subject, or a skip that says what the payload lacks. */
export function readSubject(
  payload: Obj,
  eventName: string,
  shape: SubjectShape,
): Subject | Skipped {
  const item = obj(payload[shape.item]);
  const id = item === undefined ? undefined : shape.id(item, payload);
  const repo = readRepo(payload);
  if (item === undefined || !isPositiveInteger(id))
    return skip(
      `The ${eventName} payload has no ${shape.idName}, so there is no ${shape.thread ?? "thread"} to post to.`,
    );
  if (repo === undefined) return noRepository(eventName);
  return { item, id, repo };
}
