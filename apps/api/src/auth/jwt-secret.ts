import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const SECRET_FILE = 'jwt-secret';

export interface JwtSecret {
  readonly secret: string;
  /** True when the secret came from DATA_DIR, not JWT_SECRET. */
  readonly fromDataDir: boolean;
}

/**
 * JWT_SECRET when set; otherwise a secret generated once and kept in DATA_DIR (mode 0600), so
 * tokens stay valid across restarts (docs/design.md §9).
 */
export async function resolveJwtSecret(configured: string | undefined, dataDir: string): Promise<JwtSecret> {
  if (configured) return { secret: configured, fromDataDir: false };
  const path = join(dataDir, SECRET_FILE);
  const existing = await readFile(path, 'utf8').catch(() => undefined);
  if (existing && existing.trim().length >= 32) return { secret: existing.trim(), fromDataDir: true };
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  // 'wx' fails if another process created it meanwhile; then read theirs.
  await writeFile(path, `${secret}\n`, { mode: 0o600, flag: 'wx' }).catch(async () => undefined);
  const stored = (await readFile(path, 'utf8')).trim();
  return { secret: stored, fromDataDir: true };
}

/** For the CLI: the secret must already exist (JWT_SECRET, or a tracker started once on DATA_DIR). */
export async function readJwtSecret(configured: string | undefined, dataDir: string): Promise<string> {
  if (configured) return configured;
  const stored = await readFile(join(dataDir, SECRET_FILE), 'utf8').catch(() => undefined);
  if (!stored?.trim()) {
    throw new Error(`没有 JWT 密钥：请设置 JWT_SECRET，或先启动一次追踪系统，让它创建 ${join(dataDir, SECRET_FILE)}。`);
  }
  return stored.trim();
}
