import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../auth/public.decorator';
import type { AuthenticatedRequest } from '../../auth/request-context';
import { type Principal, hasRole } from '../../auth/principal';
import { Authenticator } from '../../auth/authenticator';
import { UnauthenticatedError } from '../../errors/app-errors';
import { TrackerMetrics } from './tracker-metrics';

/**
 * GET /metrics: Prometheus text (docs/design.md §19), for an ADMIN bearer token only. It checks the token
 * itself, as the auth guard does for every request (an account's token as the account is now), to
 * answer plain HTTP 401/403 rather than a GraphQL error a scraper cannot read.
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
    const header = request.headers['authorization'];
    let principal: Principal;
    try {
      principal = await this.authenticator.authenticateToken(Array.isArray(header) ? header[0] : header);
    } catch (error) {
      if (!(error instanceof UnauthenticatedError)) throw error;
      response.status(401).setHeader('www-authenticate', 'Bearer').json({ code: 'UNAUTHENTICATED', message: '读取指标需要管理员令牌：Authorization: Bearer <令牌>' });
      return;
    }
    // For the access line's account, as the auth guard does for every other request.
    request.principal = principal;
    if (!hasRole(principal, 'ADMIN')) {
      response.status(403).json({ code: 'FORBIDDEN', message: '只有管理员可以读取指标' });
      return;
    }
    const text = await this.metrics.scrape();
    // end(), not send(): Express would rewrite the content type that Prometheus reads the format from.
    response.setHeader('content-type', this.metrics.contentType);
    response.end(text);
  }
}
