import { Global, Module } from '@nestjs/common';
import { ListSubdistrictsResolver } from './list-subdistricts/list-subdistricts.resolver';
import { GetNameSuggestionsHandler } from './name-suggestions/name-suggestions.handler';
import { NameSuggestionsResolver } from './name-suggestions/name-suggestions.resolver';
import { SetSubdistrictsHandler } from './set-subdistricts/set-subdistricts.handler';
import { SetSubdistrictsResolver } from './set-subdistricts/set-subdistricts.resolver';
import { SubdistrictListReader } from './subdistrict-list.reader';

/**
 * The 街道 list (issue 12) and the names already used. Global: the handlers of every command that
 * names a 街道 read the list, as they read the org chart.
 */
@Global()
@Module({
  providers: [SubdistrictListReader, SetSubdistrictsHandler, SetSubdistrictsResolver, ListSubdistrictsResolver, GetNameSuggestionsHandler, NameSuggestionsResolver],
  exports: [SubdistrictListReader],
})
export class SubdistrictsModule {}
