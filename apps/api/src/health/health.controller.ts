import { Controller, Get, HttpStatus, Inject, Logger, Res } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import { Public } from '../auth/public.decorator';
import { DATABASE_PROBE, type DatabaseProbe } from './database-probe';

/** GET /health: 200 {"status":"ok"} when the database answers, 503 otherwise. Needs no token. */
@Controller('health')
export class HealthController {
  private readonly logger = new Logger(HealthController.name);

  constructor(@Inject(DATABASE_PROBE) private readonly database: DatabaseProbe) {}

  @Public()
  @Get()
  async health(@Res({ passthrough: true }) res: ServerResponse): Promise<{ status: 'ok' | 'unavailable' }> {
    try {
      await this.database.ping();
      return { status: 'ok' };
    } catch (error) {
      this.logger.warn(`健康检查失败：数据库没有应答（${(error as Error).message}）`);
      res.statusCode = HttpStatus.SERVICE_UNAVAILABLE;
      return { status: 'unavailable' };
    }
  }
}
