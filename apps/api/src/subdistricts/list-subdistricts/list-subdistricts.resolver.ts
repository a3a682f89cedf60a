import { Query, Resolver } from '@nestjs/graphql';
import { SubdistrictListModel } from '../subdistrict-list.model';
import { SubdistrictListReader } from '../subdistrict-list.reader';

@Resolver()
export class ListSubdistrictsResolver {
  constructor(private readonly list: SubdistrictListReader) {}

  @Query(() => SubdistrictListModel, { description: 'The 街道 list the bureau keeps (anyone signed in: forms offer it)' })
  async subdistricts(): Promise<SubdistrictListModel> {
    return SubdistrictListModel.from(await this.list.current());
  }
}
