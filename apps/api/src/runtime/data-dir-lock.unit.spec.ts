import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirInUseError, LOCK_FILE, type LockProbes, acquireDataDirLock } from './data-dir-lock';

const ME = 4242;
const probes = (alive: Record<number, string | undefined>, pid = ME): LockProbes => ({
  pid,
  isAlive: (p) => p in alive || p === pid,
  nameOf: (p) => (p === pid ? 'node' : alive[p]),
});

describe('acquireDataDirLock', () => {
  let dir: string;
  beforeEach(() => {
    dir = join(mkdtempSync(join(tmpdir(), 'tracker-lock-')), 'data');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const lockText = () => readFileSync(join(dir, LOCK_FILE), 'utf8');

  it('creates DATA_DIR and a private lock holding our pid, and removes it on release', () => {
    const lock = acquireDataDirLock(dir, probes({}));
    expect(lockText()).toBe(`${ME}\nnode\n`);
    expect(statSync(lock.path).mode & 0o777).toBe(0o600);
    expect(lock.tookOverFrom).toBeUndefined();
    lock.release();
    expect(existsSync(lock.path)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a DATA_DIR held by a live tracker, naming its pid, and leaves its lock alone', () => {
    acquireDataDirLock(dir, probes({}, 777));
    const attempt = () => acquireDataDirLock(dir, probes({ 777: 'node' }));
    expect(attempt).toThrow(DataDirInUseError);
    expect(attempt).toThrow(`DATA_DIR ${dir} 正被另一个运行中的追踪系统使用（pid 777）：请先停止它，或换一个 DATA_DIR。`);
    expect(lockText()).toBe('777\nnode\n');
  });

  it('takes over the stale lock of a dead owner (e.g. after kill -9)', () => {
    acquireDataDirLock(dir, probes({}, 777));
    const lock = acquireDataDirLock(dir, probes({}));
    expect(lock.tookOverFrom).toBe(777);
    expect(lockText()).toBe(`${ME}\nnode\n`);
  });

  it('takes over a lock whose pid now belongs to another program', () => {
    acquireDataDirLock(dir, probes({}, 777));
    expect(acquireDataDirLock(dir, probes({ 777: 'sshd' })).tookOverFrom).toBe(777);
  });

  it('takes over a lock naming our own pid (a container restarted with the same pid)', () => {
    acquireDataDirLock(dir, probes({}));
    expect(acquireDataDirLock(dir, probes({})).tookOverFrom).toBe(ME);
  });

  it('takes over an unreadable (garbage) lock', () => {
    acquireDataDirLock(dir, probes({})).release();
    writeFileSync(join(dir, LOCK_FILE), 'not a pid');
    expect(acquireDataDirLock(dir, probes({})).tookOverFrom).toBeUndefined();
    expect(lockText()).toBe(`${ME}\nnode\n`);
  });

  it('does not remove a lock that another tracker took over from us', () => {
    const mine = acquireDataDirLock(dir, probes({}));
    acquireDataDirLock(dir, probes({}, 999)); // we are "dead" to it: takes over
    mine.release();
    expect(lockText()).toBe('999\nnode\n');
  });

  it('uses real process probes by default: a dead child pid is stale, a live parent pid is not', () => {
    const child = spawnSync(process.execPath, ['-e', '0']);
    acquireDataDirLock(dir, probes({}, child.pid));
    const lock = acquireDataDirLock(dir);
    expect(lock.tookOverFrom).toBe(child.pid);
    lock.release();
    writeFileSync(join(dir, LOCK_FILE), `${process.ppid}\n`);
    expect(() => acquireDataDirLock(dir)).toThrow(`（pid ${process.ppid}）`);
  });
});
