import { Controller, Get, Inject, Logger } from '@nestjs/common';
import { HealthCheck, type HealthCheckResult, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { Public } from '../auth/public.decorator';
import { ProjectionRuntime } from '../projections/projection-runtime';
import { DATABASE_PROBE, type DatabaseProbe } from './database-probe';
import { projectionReadiness, withinMs } from './readiness';

// Shorter than the Docker health check's 3 s timeout, so the probe answers 503 rather than nothing.
const CHECK_TIMEOUT_MS = 2_500;

/**
 * Probes for an orchestrator (docs/design.md §19), beside GET /health: live means the process answers
 * (nothing else is asked, so a slow database never gets a live process restarted); ready means
 * the database answers and no projection is FAILED, with each projection's lag in the body.
 * Both need no token.
 */
@Controller('health')
export class ProbesController {
  private readonly logger = new Logger('Health');

  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(DATABASE_PROBE) private readonly database: DatabaseProbe,
    private readonly projections: ProjectionRuntime,
  ) {}

  @Public()
  @Get('live')
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([async () => this.indicators.check('process').up({ uptimeSeconds: Math.round(process.uptime()) })]);
  }

  @Public()
  @Get('ready')
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.health.check([() => this.databaseAnswers(), () => this.projectionsHealthy()]);
  }

  private async databaseAnswers() {
    const check = this.indicators.check('database');
    try {
      await withinMs(CHECK_TIMEOUT_MS, this.database.ping(), 'database');
      return check.up();
    } catch (error) {
      // The driver's words (hosts, users) go to the log, not to an unauthenticated caller.
      this.logger.warn(`就绪检查：数据库没有应答（${(error as Error).message}）`);
      return check.down({ message: '数据库无响应' });
    }
  }

  private async projectionsHealthy() {
    const projector = this.projections.projector;
    const check = this.indicators.check(projector.name);
    try {
      const { ready, ...readiness } = projectionReadiness(await withinMs(CHECK_TIMEOUT_MS, projector.status(), 'projection status'));
      return ready ? check.up(readiness) : check.down({ ...readiness, message: '投影已停止（FAILED）：详见 projectionStatus 的 lastError，修复后重建或重启' });
    } catch (error) {
      this.logger.warn(`就绪检查：读不到统计的状态（${(error as Error).message}）`);
      return check.down({ message: '无法读取投影状态' });
    }
  }
}
