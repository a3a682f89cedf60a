import { Query } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { NameSuggestionsModel } from './name-suggestions.model';

export class GetNameSuggestionsQuery extends Query<NameSuggestionsModel> {
  constructor(
    readonly orgUnitId: string | undefined,
    readonly first: number,
    readonly caller: Caller,
  ) {
    super();
  }
}
