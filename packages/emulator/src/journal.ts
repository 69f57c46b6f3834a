import type { FileHandle } from "node:fs/promises";
import { mkdir, open, readFile, truncate } from "node:fs/promises";
import { join } from "node:path";
import { JournalError } from "./errors.js";

/** What {@link readJournal} found. */
export interface JournalContents<T> {
  records: T[];
  /** Lines that could not be read; a torn last line from a hard kill is dropped, not counted. */
  skipped: number;
}

/** The journal's file in `dataDir`. */
function journalPath(dataDir: string): string {
  return join(dataDir, "journal.jsonl");
}

/**
 * Reads every complete record. A last line without its newline was never acknowledged (the
 * newline is written with the record and synced before the answer), so it is cut off the file.
 */
export async function readJournal<T>(dataDir: string): Promise<JournalContents<T>> {
  const path = journalPath(dataDir);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { records: [], skipped: 0 };
    throw new JournalError(`cannot read the journal ${path}`, { cause: error });
  }
  const end = text.lastIndexOf("\n") + 1;
  if (end < text.length) await truncate(path, Buffer.byteLength(text.slice(0, end)));
  const records: T[] = [];
  let skipped = 0;
  for (const line of text.slice(0, end).split("\n")) {
    if (line === "") continue;
    try {
      records.push(JSON.parse(line) as T);
    } catch {
      skipped += 1;
    }
  }
  return { records, skipped };
}

/**
 * An append-only JSONL file. Appends made while a write is in flight are grouped into the next
 * write, and each write is fsync'd before its appends resolve, so one fsync covers many messages.
 */
export class Journal {
  readonly #file: FileHandle;
  #pending: string[] = [];
  #waiting: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  #flushing: Promise<void> | undefined;
  #closed = false;

  private constructor(file: FileHandle) {
    this.#file = file;
  }

  static async open(dataDir: string): Promise<Journal> {
    try {
      await mkdir(dataDir, { recursive: true });
      return new Journal(await open(journalPath(dataDir), "a"));
    } catch (error) {
      throw new JournalError(`cannot open the journal in ${dataDir}`, { cause: error });
    }
  }

  /** Resolves once the record is on disk. */
  append(record: unknown): Promise<void> {
    if (this.#closed) return Promise.reject(new JournalError("the journal is closed"));
    this.#pending.push(`${JSON.stringify(record)}\n`);
    const done = new Promise<void>((resolve, reject) => this.#waiting.push({ resolve, reject }));
    this.#flushing ??= this.#flush();
    return done;
  }

  /** Resolves once everything appended so far is on disk. */
  sync(): Promise<void> {
    if (this.#pending.length === 0 && this.#flushing === undefined) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.#waiting.push({ resolve, reject });
      this.#flushing ??= this.#flush();
    });
  }

  async #flush(): Promise<void> {
    while (this.#waiting.length > 0) {
      const chunk = this.#pending.join("");
      const waiting = this.#waiting;
      this.#pending = [];
      this.#waiting = [];
      try {
        if (chunk) {
          await this.#file.appendFile(chunk);
          await this.#file.datasync();
        }
        for (const waiter of waiting) waiter.resolve();
      } catch (error) {
        const failure = new JournalError("cannot write the journal", { cause: error });
        for (const waiter of waiting) waiter.reject(failure);
      }
    }
    this.#flushing = undefined;
  }

  async close(): Promise<void> {
    await this.sync();
    this.#closed = true;
    await this.#file.close();
  }
}
