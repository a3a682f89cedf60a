import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../auth/public.decorator';
import type { AuthenticatedRequest } from '../../auth/request-context';
import { admitAdminBearer } from '../../auth/admin-bearer';
import { Authenticator } from '../../auth/authenticator';
import { TrackerMetrics } from './tracker-metrics';

/**
 * GET /metrics: Prometheus text (docs/design.md §19), for an ADMIN bearer token only (admitAdminBearer:
 * plain HTTP 401/403 rather than a GraphQL error a scraper cannot read).
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly authenticator: Authenticator,
    private readonly metrics: TrackerMetrics,
  ) {}

  @Public()
  @Get()
  async scrape(@Req() request: Request & AuthenticatedRequest, @Res() response: Response): Promise<void> {
    const admitted = await admitAdminBearer(this.authenticator, request, response, {
      unauthenticated: '读取指标需要管理员令牌：Authorization: Bearer <令牌>',
      forbidden: '只有管理员可以读取指标',
    });
    if (!admitted) return;
    const text = await this.metrics.scrape();
    // end(), not send(): Express would rewrite the content type that Prometheus reads the format from.
    response.setHeader('content-type', this.metrics.contentType);
    response.end(text);
  }
}
