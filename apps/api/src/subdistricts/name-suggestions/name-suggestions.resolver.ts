import { QueryBus } from '@nestjs/cqrs';
import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { NameSuggestionsModel } from './name-suggestions.model';
import { GetNameSuggestionsQuery } from './name-suggestions.query';

@Resolver()
export class NameSuggestionsResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => NameSuggestionsModel, {
    description: 'The 街道, sites, exam sites and service items already used by an org unit and its descendants (default: your scope), most used first',
  })
  nameSuggestions(
    @Args('orgUnitId', { type: () => ID, nullable: true }) orgUnitId: string | undefined,
    @Args('first', { type: () => Int, defaultValue: 20, description: 'At most this many of each (1 to 100)' }) first: number,
    @CurrentCaller() caller: Caller,
  ): Promise<NameSuggestionsModel> {
    return this.queries.execute(new GetNameSuggestionsQuery(orgUnitId ?? undefined, first, caller));
  }
}
