// One tracker per DATA_DIR. The lock file holds the owner's pid (and its process name, to
// recognise a pid the kernel has since given to another program). A lock whose owner is dead
// (e.g. after SIGKILL) is stale and is taken over. postmaster.pid is the second, independent guard.
import { linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isProcessAlive, processName } from './process-info';

export const LOCK_FILE = 'tracker.lock';

export class DataDirInUseError extends Error {
  override readonly name = 'DataDirInUseError';
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(`DATA_DIR ${dataDir} 正被另一个运行中的追踪系统使用（pid ${ownerPid}）：请先停止它，或换一个 DATA_DIR。`);
  }
}

export interface DataDirLock {
  readonly path: string;
  /** The pid of a dead owner whose stale lock we took over. */
  readonly tookOverFrom: number | undefined;
  /** Removes the lock if it is still ours. Synchronous, so it can run in an 'exit' handler. */
  release(): void;
}

export interface LockProbes {
  readonly pid: number;
  readonly isAlive: (pid: number) => boolean;
  /** The running process name of a pid, when the platform can tell (Linux /proc). */
  readonly nameOf: (pid: number) => string | undefined;
}

const defaultProbes = (): LockProbes => ({ pid: process.pid, isAlive: isProcessAlive, nameOf: processName });

interface LockOwner {
  readonly pid: number;
  readonly name: string | undefined;
}

function parseOwner(text: string): LockOwner | undefined {
  const [pidLine, nameLine] = text.split('\n');
  const pid = /^\d+$/.test(pidLine?.trim() ?? '') ? Number(pidLine) : NaN;
  if (!Number.isSafeInteger(pid) || pid <= 0) return undefined;
  return { pid, name: nameLine?.trim() || undefined };
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function ownerIsRunning(owner: LockOwner, probes: LockProbes): boolean {
  // Our own pid in the lock: a previous run in a container that restarted with the same pid.
  if (owner.pid === probes.pid || !probes.isAlive(owner.pid)) return false;
  const current = owner.name === undefined ? undefined : probes.nameOf(owner.pid);
  // The pid lives, but as another program: the kernel reused it after our owner died.
  return current === undefined || current === owner.name;
}

/**
 * Takes the DATA_DIR lock, creating DATA_DIR if needed. Throws DataDirInUseError when a live
 * tracker holds it. Nothing else in DATA_DIR is touched before this succeeds.
 */
export function acquireDataDirLock(dataDir: string, probes: LockProbes = defaultProbes()): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const content = `${probes.pid}\n${probes.nameOf(probes.pid) ?? ''}\n`;
  // Written whole to a private file, then hard-linked into place: link() fails atomically if a
  // lock exists, and a reader never sees a half-written lock.
  const draft = `${path}.${probes.pid}.tmp`;
  writeFileSync(draft, content, { mode: 0o600 });
  let tookOverFrom: number | undefined;
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        linkSync(draft, path);
        return lockHandle(path, content, tookOverFrom);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const existing = readText(path);
      if (existing === undefined) continue; // released meanwhile
      const owner = parseOwner(existing);
      if (owner && ownerIsRunning(owner, probes)) throw new DataDirInUseError(dataDir, owner.pid);
      tookOverFrom = owner?.pid;
      removeStaleLock(path, existing, probes.pid);
    }
    throw new Error(`无法取得锁 ${path}：它一直在变。是否有另一个追踪系统正在同一个 DATA_DIR 上启动？`);
  } finally {
    unlinkSync(draft);
  }
}

/** Moves the stale lock aside, and puts it back if it turns out to be a fresh one (a racing start). */
function removeStaleLock(path: string, staleContent: string, pid: number): void {
  const aside = `${path}.${pid}.stale`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (readText(aside) !== staleContent) {
    try {
      linkSync(aside, path);
    } catch {
      // Someone holds the lock again; theirs wins.
    }
  }
  unlinkSync(aside);
}

function lockHandle(path: string, content: string, tookOverFrom: number | undefined): DataDirLock {
  let released = false;
  return {
    path,
    tookOverFrom,
    release() {
      if (released) return;
      released = true;
      if (readText(path) === content) unlinkSync(path);
    },
  };
}
