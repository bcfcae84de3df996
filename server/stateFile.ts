/**
 * The endpoint's state file: read once at start (a damaged or foreign file is
 * refused whole), written atomically after changes (temporary file in the same
 * folder, fsync, rename, fsync of the folder), so a crash mid-write leaves the
 * last good state in place.
 */
import { open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseSnapshot, SnapshotError } from '../simulator/core/snapshot';
import type { SimState } from '../simulator/core/model';

/** Raised when the state file cannot be used; the file has not been touched. */
export class StateFileError extends Error {
  override readonly name = 'StateFileError';
  constructor(
    message: string,
    readonly statePath: string,
  ) {
    super(message);
  }
}

/**
 * Reads the state file. Returns `undefined` when it does not exist yet (the
 * endpoint then starts empty); throws {@link StateFileError} when it exists but
 * is not a snapshot this build can load.
 */
export async function loadStateFile(statePath: string): Promise<SimState | undefined> {
  let text: string;
  try {
    text = await readFile(statePath, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new StateFileError(`Cannot read the state file ${statePath}: ${(e as Error).message}`, statePath);
  }
  try {
    return parseSnapshot(text);
  } catch (e) {
    if (e instanceof SnapshotError) {
      throw new StateFileError(
        `Refusing to load the state file ${statePath}: ${e.message} The file was left as it is; move it away (or pass --state with another file) to start with an empty account.`,
        statePath,
      );
    }
    throw e;
  }
}

let tempCounter = 0;

/** A temporary name next to `statePath` that the `.endpoint-state*.json` ignore rule still covers. */
function tempPathFor(statePath: string): string {
  const { dir, name, ext } = path.parse(statePath);
  return path.join(dir, `${name}.tmp-${process.pid}-${++tempCounter}${ext || '.json'}`);
}

/**
 * Writes `text` to `statePath` atomically: a reader (or the next start after a
 * crash) sees either the old file or the new one, never a partial write.
 */
export async function writeFileAtomic(statePath: string, text: string): Promise<void> {
  const temp = tempPathFor(statePath);
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, statePath);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw e;
  }
  await syncDirectory(path.dirname(statePath));
}

/** Makes the rename itself durable (not possible on every platform; best effort). */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* Windows cannot open or fsync a directory; the rename is still atomic. */
  }
}

/**
 * Serialises saves of a changing state. {@link StateSaver.save} resolves once
 * a write that started after it was called has finished. Saves asked for
 * while a write is queued share it (group commit), and a save may wait up to
 * `delayMs` to gather more changes into one write; {@link StateSaver.flush}
 * starts a waiting write at once.
 */
export class StateSaver {
  #tail: Promise<void> = Promise.resolve();
  #queued: Promise<void> | undefined;
  #startNow: (() => void) | undefined;
  #lastWritten: unknown;

  constructor(
    readonly statePath: string,
    private readonly current: () => SimState,
    /** How a state is written (tests count or slow down writes). */
    private readonly write: (statePath: string, text: string) => Promise<void> = writeFileAtomic,
  ) {}

  /** Records `state` as already on disk (as loaded), so it is not rewritten. */
  markSaved(state: unknown): void {
    this.#lastWritten = state;
  }

  /** Whether the state differs from what was last written (states are replaced, never mutated: compared by reference). */
  get dirty(): boolean {
    return this.current() !== this.#lastWritten;
  }

  /**
   * Writes the current state if it changed, after at most `delayMs` (0: as
   * soon as the previous write is done). Resolves when it is on disk, rejects
   * if the write failed.
   */
  save(delayMs = 0): Promise<void> {
    if (this.#queued) {
      if (delayMs === 0) this.#startNow?.();
      return this.#queued;
    }
    if (!this.dirty) return Promise.resolve();
    let startNow!: () => void;
    const gathered = new Promise<void>((resolve) => (startNow = resolve));
    const timer = delayMs > 0 ? setTimeout(startNow, delayMs) : undefined;
    timer?.unref();
    if (delayMs <= 0) startNow();
    this.#startNow = startNow;
    const queued = Promise.all([this.#tail, gathered]).then(() => {
      clearTimeout(timer);
      this.#queued = undefined;
      this.#startNow = undefined;
      return this.#write();
    });
    this.#queued = queued;
    this.#tail = queued.catch(() => undefined);
    return queued;
  }

  /** Starts any waiting write now and resolves when every write asked for so far has finished. */
  async flush(): Promise<void> {
    this.#startNow?.();
    await this.#tail;
  }

  async #write(): Promise<void> {
    const state = this.current();
    if (state === this.#lastWritten) return;
    await this.write(this.statePath, JSON.stringify(state));
    this.#lastWritten = state;
  }
}
