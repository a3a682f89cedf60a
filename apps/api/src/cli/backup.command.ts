import { JwtService } from '@nestjs/jwt';
import { createWriteStream, existsSync } from 'node:fs';
import { readFile, rename, rm } from 'node:fs/promises';
import { PassThrough, Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BackupFileError } from '../backup/backup-file';
import { type BackupSummary, verifyBackup } from '../backup/backup-reader';
import { readJwtSecret } from '../auth/jwt-secret';
import { parseConfig } from '../config/app-config';
import { type CliCommand, type CliIo, parseFlags } from './cli-command';
import type { Fetch } from './tracker-client';

/** A backup the command could not make; the message says why, in Chinese. */
class BackupCommandError extends Error {}

const count = (n: number): string => n.toLocaleString('en-US');

/** The tracker's address from --url (its base, or its /graphql endpoint as the other commands take it), or this machine's PORT. */
function backupUrl(given: string | true | undefined, port: number): string {
  const base = typeof given === 'string' ? given.replace(/\/+$/, '').replace(/\/graphql$/, '') : `http://localhost:${port}`;
  return `${base}/admin/backup`;
}

/** --token-file (an ADMIN token made with issue-token, for a tracker elsewhere), or a short-lived one signed with this machine's secret. */
async function adminToken(tokenFile: string | true | undefined): Promise<string> {
  if (typeof tokenFile === 'string') {
    const token = (await readFile(tokenFile, 'utf8').catch(() => undefined))?.trim();
    if (!token) throw new BackupCommandError(`无法从 ${tokenFile} 读出令牌。`);
    return token;
  }
  const config = parseConfig(process.env);
  const secret = await readJwtSecret(config.jwtSecret, config.dataDir).catch(() => {
    throw new BackupCommandError('找不到签发令牌的密钥：请设置与追踪系统相同的 JWT_SECRET 或 DATA_DIR，或用 --token-file 给出一个管理员令牌（npm run cli -- issue-token --roles ADMIN …）。');
  });
  return new JwtService({ secret }).sign({ sub: 'cli:backup', name: '运维命令 backup', roles: ['ADMIN'], orgUnitIds: [] }, { algorithm: 'HS256', expiresIn: 3600 });
}

/** The backup file as the tracker streams it. */
async function requestBackup(fetchImpl: Fetch, url: string, token: string): Promise<Readable> {
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { authorization: `Bearer ${token}` } });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new BackupCommandError(`无法连接 ${url}（${cause?.code ?? cause?.message ?? String(error)}）：追踪系统在运行吗？用 --url 指定它的地址。`);
  }
  if (response.status === 401 || response.status === 403) {
    const refusal = (await response.json().catch(() => undefined)) as { message?: string } | undefined;
    throw new BackupCommandError(`追踪系统拒绝了备份：${refusal?.message ?? `HTTP ${response.status}`}`);
  }
  if (response.status !== 200 || !response.body || response.headers.get('content-type') !== 'application/gzip') {
    throw new BackupCommandError(`${url} 的回答（HTTP ${response.status}）不是备份文件：--url 是追踪系统的地址吗？`);
  }
  return Readable.fromWeb(response.body);
}

/**
 * Writes the download to `path` and verifies it as it arrives (the reader a restore uses), so a
 * cut connection or a damaged stream is reported now, not on the day of the restore.
 */
async function saveVerified(body: Readable, path: string): Promise<BackupSummary> {
  const copy = new PassThrough({ highWaterMark: 1024 * 1024 });
  const verifying = verifyBackup(copy);
  const tee = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (copy.write(chunk)) done(null, chunk);
      else copy.once('drain', () => done(null, chunk));
    },
    flush(done) {
      copy.end();
      done();
    },
  });
  // A file the verifier refuses stops the download; a download that fails ends the verifier's input.
  verifying.catch((error: unknown) => tee.destroy(error as Error));
  const saving = pipeline(body, tee, createWriteStream(path, { flags: 'wx' })).catch((error: unknown) => {
    copy.destroy(error as Error);
    throw error;
  });
  const [summary] = await Promise.all([verifying, saving]);
  return summary;
}

/**
 * `backup --out FILE`: the logical backup of a RUNNING tracker (docs/design.md §19), over HTTP with
 * an ADMIN token. The file appears under its name only once it is whole and verified.
 */
export function createBackupCommand(fetchImpl: Fetch = fetch): CliCommand {
  return {
    name: 'backup',
    summary: '从运行中的追踪系统备份全部事件和账号凭据，写成一个带校验和的文件（可恢复到另一台机器，或从 PostgreSQL 迁到 KurrentDB）。',
    usage: '--out <文件> [--url http://localhost:3000] [--token-file <管理员令牌文件>]',
    async run(args, io: CliIo) {
      const { flags } = parseFlags(args);
      const out = flags.get('out');
      if (typeof out !== 'string') {
        io.err('用法：npm run cli -- backup --out <文件> [--url http://localhost:3000] [--token-file <管理员令牌文件>]');
        return 2;
      }
      const partial = `${out}.partial`;
      try {
        if (existsSync(out)) throw new BackupCommandError(`${out} 已经存在：备份不覆盖已有文件，请换一个文件名。`);
        const url = backupUrl(flags.get('url'), parseConfig(process.env).port);
        const body = await requestBackup(fetchImpl, url, await adminToken(flags.get('token-file')));
        io.err(`正在从 ${url} 备份 …`);
        await rm(partial, { force: true });
        const summary = await saveVerified(body, partial);
        await rename(partial, out);
        io.out(`备份完成：${out}，${count(summary.events)} 个事件、${summary.credentials.length} 个账号凭据，已校验。`);
        return 0;
      } catch (error) {
        await rm(partial, { force: true });
        if (error instanceof BackupFileError) io.err(`备份没有完成：${error.message}`);
        else if (error instanceof BackupCommandError) io.err(error.message);
        else if (error instanceof Error && /terminated|ECONNRESET|socket/i.test(`${error.message} ${String((error as { cause?: unknown }).cause)}`)) {
          io.err(`备份没有完成：连接在下载中途断开（${error.message}）。`);
        } else throw error;
        return 1;
      }
    },
  };
}

export const backupCommand: CliCommand = createBackupCommand();
