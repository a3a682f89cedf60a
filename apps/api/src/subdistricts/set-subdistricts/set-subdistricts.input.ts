import { Field, InputType } from '@nestjs/graphql';
import { TextList } from '../../graphql/input-validation';

@InputType()
export class SetSubdistrictsInput {
  @Field(() => [String], { description: 'The whole list as it should stand, e.g. ["枫林", "湖南街道", "华泾镇"]; [] keeps none (any 街道 is taken)' })
  @TextList()
  names!: string[];
}
