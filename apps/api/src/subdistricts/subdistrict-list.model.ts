import { Field, ID, ObjectType } from '@nestjs/graphql';
import { knownSubdistricts, SUBDISTRICT_LIST_ID, type SubdistrictListState } from '@tracker/domain';

@ObjectType('SubdistrictList', { description: '街道 and 镇 the bureau serves, as an ADMIN keeps them; recordHistory(id) shows who changed it and when' })
export class SubdistrictListModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'False while no list is kept: then any 街道 is taken' }) kept!: boolean;
  @Field(() => [String], { description: 'Each 街道 by its one name (枫林, not 枫林街道), in the order they were added' }) names!: string[];

  static from(state: SubdistrictListState): SubdistrictListModel {
    const names = knownSubdistricts(state);
    return Object.assign(new SubdistrictListModel(), { id: SUBDISTRICT_LIST_ID, kept: names.length > 0, names: [...names] });
  }
}

@ObjectType('SubdistrictListPayload')
export class SubdistrictListPayload {
  @Field({ description: 'Global position of the last event written' }) position!: string;
  @Field(() => SubdistrictListModel) subdistricts!: SubdistrictListModel;
}
