import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('NameSuggestions', { description: 'Names already used in records in your scope, most used first: offer them instead of letting people type variants' })
export class NameSuggestionsModel {
  @Field(() => [String], { description: '街道: with a list kept, its names (those used most first)' }) subdistricts!: string[];
  @Field(() => [String], {
    description: '街道 the records name, whether or not the list keeps them (most used first): what a change to the list would leave behind',
  })
  subdistrictsUsed!: string[];
  @Field(() => [String], { description: '地点 of volunteer activities' }) sites!: string[];
  @Field(() => [String], { description: '考点 of 考务哨兵 shifts' }) examSites!: string[];
  @Field(() => [String], { description: '服务内容 of volunteer activities' }) serviceItems!: string[];
}
