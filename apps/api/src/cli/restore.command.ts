import { performance } from 'node:perf_hooks';
import { BackupFileError } from '../backup/backup-file';
import { backupFile, verifyBackup } from '../backup/backup-reader';
import { RestoreFailedError, RestoreRefusedError, checkRestorable, restoreBackup } from '../backup/restore';
import { parseConfig } from '../config/app-config';
import { installLogging } from '../observability/logging/tracker-logging';
import { resolveDatabase } from '../runtime/resolve-database';
import { DataDirInUseError } from '../runtime/data-dir-lock';
import { assertEventStoreAvailable, probeEventStore } from '../runtime/event-store-factory';
import { Lifetime } from '../runtime/lifetime';
import { type CliCommand, parseFlags } from './cli-command';

const count = (n: number): string => n.toLocaleString('en-US');

/**
 * `restore --in FILE`: a backup into an empty database, before the tracker's first start on it
 * (docs/design.md §19). The whole file is verified before any database is opened, so a damaged
 * file leaves even a fresh DATA_DIR untouched. Like `npm start`, it runs the embedded PostgreSQL
 * under DATA_DIR itself, or uses DATABASE_URL (and KURRENTDB_URL with EVENT_STORE=kurrentdb).
 */
export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: '把备份文件恢复到一个空数据库（新的 DATA_DIR，或空的 DATABASE_URL），在追踪系统第一次在那里启动之前。先完整校验文件，有错则什么也不写。',
  usage: '--in <备份文件>',
  async run(args, io) {
    const { flags } = parseFlags(args);
    const path = flags.get('in');
    if (typeof path !== 'string') {
      io.err('用法：npm run cli -- restore --in <备份文件>');
      return 2;
    }
    const started = performance.now();
    const lifetime = new Lifetime();
    try {
      io.err(`正在校验备份文件 ${path} …`);
      const summary = await verifyBackup(backupFile(path));
      checkRestorable(summary);
      const { header } = summary;
      io.out(`备份文件完好：${count(summary.events)} 个事件、${summary.credentials.length} 个账号凭据，${header.createdAt} 由 ${header.trackerVersion} 版（事件存储 ${header.eventStore}）写出。`);

      // The start-up chatter would bury the lines that matter: warnings and errors only, unless asked.
      const config = parseConfig({ ...process.env, LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn' });
      installLogging(config);
      assertEventStoreAvailable(config);
      await probeEventStore(config);
      const connectionString = await resolveDatabase(config, lifetime);
      const report = await restoreBackup(path, summary, { config, connectionString }, (events) => io.err(`已写入 ${count(events)} 个事件 …`));
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      io.out(`恢复完成：${count(report.events)} 个事件、${report.credentials} 个账号凭据，用时 ${seconds} 秒。`);
      io.out('现在用同一个 DATA_DIR（或 DATABASE_URL）启动追踪系统（npm start）：它会找到原来的账号（不会再创建 admin），并从第一个事件起建立读模型。');
      return 0;
    } catch (error) {
      if (error instanceof BackupFileError) io.err(`${error.message}没有写入任何数据。`);
      else if (error instanceof RestoreRefusedError || error instanceof RestoreFailedError) io.err(error.message);
      else if (error instanceof DataDirInUseError) io.err(`DATA_DIR ${error.dataDir} 正被一个运行中的追踪系统使用（pid ${error.ownerPid}）：恢复只写入尚未启动过的新 DATA_DIR。没有写入任何数据。`);
      else throw error;
      return 1;
    } finally {
      await lifetime.close();
    }
  },
};
