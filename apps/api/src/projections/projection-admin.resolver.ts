import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { assertAdmin } from '../auth/access-policy';
import { type Caller, CurrentCaller } from '../auth/current-principal.decorator';
import { hasRole, ROLE_NAMES } from '../auth/principal';
import { ForbiddenError } from '../errors/app-errors';
import { ProjectionRuntime } from './projection-runtime';
import { ProjectionStatusModel, RebuildReportModel } from './projection-status.model';

/** What an operator watches (lag, FAILED) and the ADMIN-only rebuild. */
@Resolver()
export class ProjectionAdminResolver {
  constructor(private readonly projections: ProjectionRuntime) {}

  @Query(() => [ProjectionStatusModel], { description: 'COMPILER/ADMIN: each projection’s checkpoint, lag and state' })
  async projectionStatus(@CurrentCaller() { principal }: Caller): Promise<ProjectionStatusModel[]> {
    if (!hasRole(principal, 'ADMIN') && !hasRole(principal, 'COMPILER')) {
      throw new ForbiddenError(`查看统计数据的处理状态需要${ROLE_NAMES.COMPILER}或${ROLE_NAMES.ADMIN}角色`);
    }
    const status = await this.projections.projector.status();
    return [Object.assign(new ProjectionStatusModel(), status)];
  }

  @Mutation(() => RebuildReportModel, {
    description: 'ADMIN: rebuild the read model from the first event into fresh tables, then switch over atomically; queries keep answering meanwhile',
  })
  async rebuildProjections(@CurrentCaller() { principal }: Caller): Promise<RebuildReportModel> {
    assertAdmin(principal);
    return Object.assign(new RebuildReportModel(), await this.projections.projector.rebuild());
  }
}
