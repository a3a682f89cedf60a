import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { UnauthenticatedError } from '../errors/app-errors';
import { requestOf } from './auth.guard';
import type { Principal } from './principal';

/** Who sent the request and under which correlation id, as the AuthGuard established it. */
export interface Caller {
  readonly principal: Principal;
  readonly correlationId: string;
}

export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Caller => {
  const request = requestOf(context);
  if (!request.principal || !request.correlationId) throw new UnauthenticatedError('请先登录');
  return { principal: request.principal, correlationId: request.correlationId };
});
