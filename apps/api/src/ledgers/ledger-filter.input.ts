import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { RecordId, Text, WholeNumber } from '../graphql/input-validation';

/** What every ledger query filters by (docs/design.md §14). */
@InputType('LedgerFilter')
export class LedgerFilterInput {
  @Field(() => Int, { description: "The records of this year, by each kind's own date (a campaign: its own year; an agreement: active that year)" })
  @WholeNumber()
  year!: number;

  @Field(() => ID, { nullable: true, description: 'An org unit in your scope (its descendants included); default: your whole scope' })
  @RecordId({ optional: true })
  orgUnitId?: string;

  @Field({ nullable: true, defaultValue: false, description: 'List voided records too' })
  @IsOptional()
  @IsBoolean({ message: '应为 true 或 false' })
  includeVoided?: boolean;

  @Field({ nullable: true, description: 'Words in the title, site, exam name, partner, union or booth name, as the kind has them (case-insensitive)' })
  @Text({ optional: true })
  search?: string;

  @Field(() => ID, { nullable: true, description: "One record only, by its id (a record's own page), still within the year and your scope" })
  @RecordId({ optional: true })
  id?: string;
}
