import { Query } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { CommunityResponsibilitySection } from '../section.model';

export class GetCommunityResponsibilitySectionQuery extends Query<CommunityResponsibilitySection> {
  constructor(
    readonly year: number,
    readonly orgUnitId: string | undefined,
    readonly asOf: Date | undefined,
    readonly caller: Caller,
  ) {
    super();
  }
}
