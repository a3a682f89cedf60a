import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { LEDGER_PAGE_DEFAULT, LEDGER_PAGE_MAX } from '@tracker/projections';
import type { VolunteerProgram } from '@tracker/domain';
import { type Caller, CurrentCaller } from '../auth/current-principal.decorator';
import { BoothModel } from '../booths/booth.model';
import { CoBuildingAgreementModel } from '../co-building-agreements/co-building-agreement.model';
import { DonationCampaignModel } from '../donation-campaigns/donation-campaign.model';
import { ExamSentinelShiftModel } from '../exam-sentinel-shifts/exam-sentinel-shift.model';
import { VolunteerProgramEnum } from '../graphql/enums';
import { ReliefGrantModel } from '../relief-grants/relief-grant.model';
import { VolunteerActivityModel } from '../volunteer-activities/volunteer-activity.model';
import { type Connection, connectionType } from './ledger-connection.model';
import { LedgerFilterInput } from './ledger-filter.input';
import { LedgerReader } from './ledger-reader';

export const VolunteerActivityConnection = connectionType('VolunteerActivity', VolunteerActivityModel);
export const CoBuildingAgreementConnection = connectionType('CoBuildingAgreement', CoBuildingAgreementModel);
export const ReliefGrantConnection = connectionType('ReliefGrant', ReliefGrantModel);
export const ExamSentinelShiftConnection = connectionType('ExamSentinelShift', ExamSentinelShiftModel);

/** 志愿服务 in one month: the activities that count, by start date, and their 人次. */
@ObjectType('ActivityMonth')
export class ActivityMonthModel {
  @Field(() => Int, { description: '1 to 12' }) month!: number;
  @Field(() => Int, { description: 'Activities that start in the month (voided ones left out)' }) count!: number;
  @Field(() => Int, { description: '人次 of those activities' }) personTimes!: number;
}

const FIRST = { type: () => Int, nullable: true, defaultValue: LEDGER_PAGE_DEFAULT, description: `Rows per page, 1 to ${LEDGER_PAGE_MAX}` } as const;
const AFTER = { type: () => String, nullable: true, description: 'The endCursor of the page before' } as const;
const FILTER = { type: () => LedgerFilterInput } as const;

/** 台账 ledgers: every kind of record, found again by year, unit, programme, text, voided or not. */
@Resolver()
export class LedgersResolver {
  constructor(private readonly reader: LedgerReader) {}

  @Query(() => VolunteerActivityConnection, { description: 'RECORDER/COMPILER/ADMIN: the volunteer activities in scope that start in the year' })
  volunteerActivities(
    @Args('filter', FILTER) filter: LedgerFilterInput,
    @Args('program', { type: () => VolunteerProgramEnum, nullable: true }) program: VolunteerProgram | undefined,
    @Args('first', FIRST) first: number | undefined,
    @Args('after', AFTER) after: string | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<Connection<VolunteerActivityModel>> {
    return this.reader.volunteerActivities(caller, filter, program ?? undefined, { first: first ?? undefined, after: after ?? undefined });
  }

  @Query(() => [ActivityMonthModel], { description: 'RECORDER/COMPILER/ADMIN: the volunteer activities in scope of the year month by month (1 to 12, each listed), by start date' })
  volunteerActivityMonths(
    @Args('year', { type: () => Int }) year: number,
    @Args('orgUnitId', { type: () => ID, nullable: true, description: 'An org unit in your scope (its descendants included); default: your whole scope' }) orgUnitId: string | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<ActivityMonthModel[]> {
    return this.reader.volunteerActivityMonths(caller, { year, orgUnitId: orgUnitId ?? undefined });
  }

  @Query(() => CoBuildingAgreementConnection, { description: 'RECORDER/COMPILER/ADMIN: the 党建翼联 agreements in scope active in the year, by signing date' })
  coBuildingAgreements(
    @Args('filter', FILTER) filter: LedgerFilterInput,
    @Args('first', FIRST) first: number | undefined,
    @Args('after', AFTER) after: string | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<Connection<CoBuildingAgreementModel>> {
    return this.reader.coBuildingAgreements(caller, filter, { first: first ?? undefined, after: after ?? undefined });
  }

  @Query(() => [DonationCampaignModel], { description: 'TREASURER/COMPILER/ADMIN: the 爱心一日捐 campaigns of the year, each with the donations your scope sees' })
  donationCampaigns(@Args('filter', FILTER) filter: LedgerFilterInput, @CurrentCaller() caller: Caller): Promise<DonationCampaignModel[]> {
    return this.reader.donationCampaigns(caller, filter);
  }

  @Query(() => ReliefGrantConnection, { description: 'TREASURER/COMPILER/ADMIN only: the 帮困 relief grants in scope granted in the year, by grant date' })
  reliefGrants(
    @Args('filter', FILTER) filter: LedgerFilterInput,
    @Args('first', FIRST) first: number | undefined,
    @Args('after', AFTER) after: string | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<Connection<ReliefGrantModel>> {
    return this.reader.reliefGrants(caller, filter, { first: first ?? undefined, after: after ?? undefined });
  }

  @Query(() => ExamSentinelShiftConnection, { description: 'RECORDER/COMPILER/ADMIN: the 考务哨兵 shifts in scope of the year, by exam date' })
  examSentinelShifts(
    @Args('filter', FILTER) filter: LedgerFilterInput,
    @Args('first', FIRST) first: number | undefined,
    @Args('after', AFTER) after: string | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<Connection<ExamSentinelShiftModel>> {
    return this.reader.examSentinelShifts(caller, filter, { first: first ?? undefined, after: after ?? undefined });
  }

  @Query(() => [BoothModel], { description: 'RECORDER/COMPILER/ADMIN: the booths in scope open during the year, each with its sessions of the year' })
  booths(@Args('filter', FILTER) filter: LedgerFilterInput, @CurrentCaller() caller: Caller): Promise<BoothModel[]> {
    return this.reader.booths(caller, filter);
  }
}
