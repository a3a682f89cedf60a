// A tracker killed with SIGKILL cannot stop its PostgreSQL, which then runs on as an orphan and
// holds DATA_DIR/pg. Once we hold the DATA_DIR lock (so no live tracker owns that postgres), we
// stop such a leftover cleanly before starting our own.
import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { isProcessAlive, processCommandLine, sleep } from './process-info';

export interface RuntimeLog {
  log(message: string): void;
  warn(message: string): void;
}

/** The postmaster pid recorded in DATA_DIR/pg/postmaster.pid, if any. */
export function readPostmasterPid(pgDir: string): number | undefined {
  const path = join(pgDir, 'postmaster.pid');
  if (!existsSync(path)) return undefined;
  const first = readFileSync(path, 'utf8').split('\n')[0]?.trim() ?? '';
  return /^\d+$/.test(first) ? Number(first) : undefined;
}

function isPostgresOf(pid: number, pgDir: string): boolean {
  const commandLine = processCommandLine(pid);
  return commandLine !== undefined && /postgres/.test(commandLine) && commandLine.includes(pgDir);
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await sleep(100)) {
    if (!isProcessAlive(pid)) return true;
  }
  return !isProcessAlive(pid);
}

/**
 * Stops a postgres still running on `pgDir` (fast shutdown, then immediate, then kill), and
 * removes a postmaster.pid whose process is gone or is some other program.
 * Call only while holding the DATA_DIR lock.
 */
export async function clearLeftoverPostgres(pgDir: string, log: RuntimeLog): Promise<void> {
  const pid = readPostmasterPid(pgDir);
  if (pid === undefined) return;
  if (isProcessAlive(pid) && isPostgresOf(pid, pgDir)) {
    log.warn(`正在停止 ${pgDir} 上遗留的 PostgreSQL（pid ${pid}）：上次的追踪系统没有正常退出`);
    for (const [signal, waitMs] of [['SIGINT', 15_000], ['SIGQUIT', 5_000], ['SIGKILL', 5_000]] as const) {
      try {
        process.kill(pid, signal);
      } catch {
        // already gone
      }
      if (await waitForExit(pid, waitMs)) break;
    }
    if (isProcessAlive(pid)) throw new Error(`无法停止 ${pgDir} 上遗留的 PostgreSQL（pid ${pid}）：请手动停止它，再重新启动。`);
    // Its backends follow the postmaster down; postgres itself refuses to start while any remain.
    return;
  }
  // Stale: postgres would mostly cope, but not when the pid now belongs to another program.
  unlinkSync(join(pgDir, 'postmaster.pid'));
}
