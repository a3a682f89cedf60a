// The 社区责任 section's GraphQL shape, fixed by docs/design.md §6. Money is Decimal yuan ("41620.00").
import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { VolunteerProgram } from '@tracker/domain';
import { VolunteerProgramEnum } from '../graphql/enums';
import { DecimalScalar } from '../graphql/scalars/decimal.scalar';

@ObjectType({ description: '帮困 hardship relief: 人次 and 元' })
export class ReliefTotals {
  @Field(() => Int) personTimes!: number;
  @Field(() => DecimalScalar) amount!: string;
}

@ObjectType({ description: 'One 爱心一日捐 campaign: all its donations, as corrected' })
export class CampaignTotals {
  @Field() campaignId!: string;
  @Field() name!: string;
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => Int) donorCount!: number;
  @Field(() => Int, { description: 'Distinct donating unions' }) unionCount!: number;
}

@ObjectType({ description: '（1）救灾与慈善捐助 charity and relief' })
export class CharitySection {
  @Field(() => ReliefTotals) relief!: ReliefTotals;
  @Field(() => [CampaignTotals]) campaigns!: CampaignTotals[];
  @Field(() => DecimalScalar) donatedTotal!: string;
}

@ObjectType()
export class ProgramTotals {
  @Field(() => VolunteerProgramEnum) program!: VolunteerProgram;
  @Field(() => Int) count!: number;
  @Field(() => Int) personTimes!: number;
  @Field(() => Int) sites!: number;
  @Field(() => [String], { description: 'The programme’s own 街道 subdistricts' }) subdistricts!: string[];
  @Field(() => [String], { description: 'The programme’s own service items' }) serviceItems!: string[];
}

@ObjectType({ description: 'Volunteer activities (学雷锋 and the other programs)' })
export class ActivityTotals {
  @Field(() => Int) count!: number;
  @Field(() => Int) personTimes!: number;
  @Field(() => DecimalScalar) volunteerHours!: string;
  @Field(() => Int, { description: 'Distinct sites' }) sites!: number;
  @Field(() => [String]) subdistricts!: string[];
  @Field(() => [String]) serviceItems!: string[];
  @Field(() => Int) beneficiaries!: number;
  @Field(() => Int, { description: 'Sum of charity-sale transactions (笔)' }) charitySalesCount!: number;
  @Field(() => DecimalScalar) charitySalesAmount!: string;
  @Field(() => [ProgramTotals]) byProgram!: ProgramTotals[];
}

@ObjectType({ description: '党建翼联 co-building agreements' })
export class AgreementTotals {
  @Field(() => Int, { description: 'Signed in the year' }) signed!: number;
  @Field(() => Int, { description: 'Active at some point in the year' }) active!: number;
  @Field(() => Int, { description: 'Distinct partners of the active agreements' }) partners!: number;
}

@ObjectType({ description: '考务哨兵 exam-site support' })
export class ExamSentinelTotals {
  @Field(() => Int, { description: 'Distinct exams (name + date), 场' }) exams!: number;
  @Field(() => Int, { description: 'Distinct exam sites, 考点' }) sites!: number;
  @Field(() => Int, { description: 'Sum of supporters, 次' }) supports!: number;
}

@ObjectType({ description: 'Hello老友亭 and other kiosks' })
export class BoothTotals {
  @Field(() => Int, { description: 'Booths with at least one session in the year' }) booths!: number;
  @Field(() => Int) sessions!: number;
  @Field(() => Int) peopleServed!: number;
  @Field(() => Int) volunteerPersonTimes!: number;
}

@ObjectType({ description: '（2）志愿服务 volunteering' })
export class VolunteeringSection {
  @Field(() => ActivityTotals) activities!: ActivityTotals;
  @Field(() => AgreementTotals) agreements!: AgreementTotals;
  @Field(() => ExamSentinelTotals) examSentinel!: ExamSentinelTotals;
  @Field(() => BoothTotals) booths!: BoothTotals;
}

@ObjectType({ description: 'The same figures split as B4SI (LBG) counts them; see the README for B4SI and GRI 413-1' })
export class B4siTotals {
  @Field(() => DecimalScalar, { description: 'Volunteer hours in paid working time (WORKING_HOURS): the company’s contribution of time' }) companyTimeHours!: string;
  @Field(() => DecimalScalar, { description: 'Volunteer hours in employees’ own time (OWN_TIME): leverage' }) ownTimeHours!: string;
  @Field(() => DecimalScalar, { description: '爱心一日捐 employee giving, yuan: leverage' }) employeeGiving!: string;
  @Field(() => DecimalScalar, { description: '帮困 union relief paid, yuan' }) unionRelief!: string;
}

@ObjectType({ description: '社区责任: the community-responsibility section of one year' })
export class CommunityResponsibilitySection {
  @Field(() => Int) year!: number;
  @Field(() => CharitySection) charity!: CharitySection;
  @Field(() => VolunteeringSection) volunteering!: VolunteeringSection;
  @Field(() => B4siTotals) b4si!: B4siTotals;
}
