import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { requestIdOf } from '../observability/logging/request-id';
import { IS_PUBLIC } from './public.decorator';
import type { AuthenticatedRequest } from './request-context';
import { TokenService } from './token.service';

/**
 * Every operation except those marked @Public needs a valid bearer token (docs/design.md §7). The guard
 * only authenticates; what a principal may do is decided by AccessPolicy in each handler,
 * because it depends on the record's org unit.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly tokens: TokenService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = requestOf(context);
    if (!request.principal) {
      const header = request.headers['authorization'];
      request.principal = await this.tokens.verify(Array.isArray(header) ? header[0] : header);
      // The access log's request id, so that a request's events and its log lines share one id.
      request.correlationId = requestIdOf(request);
    }
    return true;
  }
}

export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req;
  }
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}
