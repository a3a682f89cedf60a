import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ForbiddenError } from '../errors/app-errors';
import { requestIdOf } from '../observability/logging/request-id';
import { Authenticator } from './authenticator';
import { ALLOWED_WITH_ONE_TIME_PASSWORD, IS_PUBLIC } from './public.decorator';
import type { AuthenticatedRequest } from './request-context';

/**
 * Every operation except those marked @Public needs a valid bearer token or session (docs/design.md §7,
 * §13). The guard only authenticates; what a principal may do is decided by each kind's access
 * check in its handler, because it depends on the record's org unit.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly authenticator: Authenticator,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = requestOf(context);
    // The access log's request id, so that a request's events and its log lines share one id.
    request.correlationId ??= requestIdOf(request);
    if (this.marked(context, IS_PUBLIC)) return true;
    request.principal = await this.authenticator.authenticate(request);
    if (request.principal.account?.mustChangePassword && !this.marked(context, ALLOWED_WITH_ONE_TIME_PASSWORD)) {
      throw new ForbiddenError('你的密码是管理员设置的一次性密码，请先修改密码，再进行其他操作');
    }
    return true;
  }

  private marked(context: ExecutionContext, key: symbol): boolean {
    return this.reflector.getAllAndOverride<boolean>(key, [context.getHandler(), context.getClass()]) === true;
  }
}

export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req;
  }
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}
