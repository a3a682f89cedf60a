import { Controller, Get, Inject, Logger, Req, Res } from '@nestjs/common';
import type { EventStore } from '@tracker/event-store';
import type { Request, Response } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { CredentialStore } from '../accounts/store/credential-store';
import { admitAdminBearer } from '../auth/admin-bearer';
import { Authenticator } from '../auth/authenticator';
import { Public } from '../auth/public.decorator';
import type { AuthenticatedRequest } from '../auth/request-context';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.token';
import { EVENT_STORE } from '../event-store-info/event-store.token';
import { packageVersion } from '../version/package-version';
import { backupLines } from './backup-lines';

// Level 1: the file is mostly repeated JSON keys and Chinese text, which even the fastest level
// shrinks about tenfold; the higher levels cost several times the CPU of the running tracker for a few per cent.
const GZIP_LEVEL = 1;

/**
 * GET /admin/backup: the whole backup file (docs/design.md §19), streamed as it is read, for an
 * ADMIN bearer token (what `npm run cli -- backup` sends). The stream waits for the client, so a
 * slow download holds one page of the log, however long the log.
 */
@Controller('admin')
export class BackupController {
  private readonly logger = new Logger('Backup');
  private readonly trackerVersion = packageVersion();

  constructor(
    private readonly authenticator: Authenticator,
    private readonly credentials: CredentialStore,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('backup')
  async download(@Req() request: Request & AuthenticatedRequest, @Res() response: Response): Promise<void> {
    const admin = await admitAdminBearer(this.authenticator, request, response, {
      unauthenticated: '备份需要管理员令牌：Authorization: Bearer <令牌>',
      forbidden: '只有管理员可以备份',
    });
    if (!admin) return;
    const createdAt = new Date();
    response.status(200);
    response.setHeader('content-type', 'application/gzip');
    response.setHeader('content-disposition', `attachment; filename="tracker-backup-${createdAt.toISOString().slice(0, 10)}.ndjson.gz"`);
    response.setHeader('cache-control', 'no-store');
    this.logger.log({ msg: `${admin.subject} 开始备份`, account: admin.subject });
    const lines = backupLines({
      store: this.store,
      credentials: () => this.credentials.all(),
      eventStore: this.config.eventStore,
      trackerVersion: this.trackerVersion,
      now: () => createdAt,
    });
    try {
      // One page in the buffer: Readable.from's default keeps 16 (each a page of the log, megabytes as text).
      await pipeline(Readable.from(lines, { highWaterMark: 1 }), createGzip({ level: GZIP_LEVEL }), response);
      this.logger.log({ msg: `${admin.subject} 的备份已发送`, account: admin.subject });
    } catch (error) {
      // The answer has begun, so no status can say it: the file ends without its trailer, and the CLI refuses it.
      this.logger.warn({ msg: `备份在发送中途中断：${(error as Error).message}`, account: admin.subject });
    }
  }
}
