// 社区责任 community-responsibility section totals, exactly the GraphQL shape of docs/design.md §6:
// money is a yuan string with two decimals ('41620.00'), hours a decimal string ('12.50').

export interface ReliefTotals {
  readonly personTimes: number;
  readonly amount: string;
}

export interface CampaignTotals {
  readonly campaignId: string;
  readonly name: string;
  readonly amount: string;
  readonly donorCount: number;
  /** Distinct donating unions. */
  readonly unionCount: number;
}

export interface CharitySection {
  readonly relief: ReliefTotals;
  readonly campaigns: readonly CampaignTotals[];
  readonly donatedTotal: string;
}

export interface ProgramTotals {
  readonly program: string;
  readonly count: number;
  readonly personTimes: number;
  readonly sites: number;
  /** The programme's own 街道 and service items, so that one line (学雷锋) can be checked alone. */
  readonly subdistricts: readonly string[];
  readonly serviceItems: readonly string[];
}

export interface ActivityTotals {
  readonly count: number;
  readonly personTimes: number;
  readonly volunteerHours: string;
  readonly sites: number;
  readonly subdistricts: readonly string[];
  readonly serviceItems: readonly string[];
  readonly beneficiaries: number;
  /** Sum of charity-sale transactions 笔. */
  readonly charitySalesCount: number;
  readonly charitySalesAmount: string;
  readonly byProgram: readonly ProgramTotals[];
}

export interface AgreementTotals {
  readonly signed: number;
  readonly active: number;
  readonly partners: number;
}

export interface ExamSentinelTotals {
  readonly exams: number;
  readonly sites: number;
  readonly supports: number;
}

export interface BoothTotals {
  readonly booths: number;
  readonly sessions: number;
  readonly peopleServed: number;
  readonly volunteerPersonTimes: number;
}

export interface VolunteeringSection {
  readonly activities: ActivityTotals;
  readonly agreements: AgreementTotals;
  readonly examSentinel: ExamSentinelTotals;
  readonly booths: BoothTotals;
}

/**
 * The same figures as B4SI (formerly LBG) counts them: volunteer time in paid working hours is the
 * company's contribution; time in employees' own time and employee giving are leverage; union
 * relief goes to employees and their families (see the README for the B4SI and GRI 413-1 mapping).
 */
export interface B4siTotals {
  readonly companyTimeHours: string;
  readonly ownTimeHours: string;
  /** 爱心一日捐 donations. */
  readonly employeeGiving: string;
  /** 帮困 relief paid. */
  readonly unionRelief: string;
}

export interface CommunityResponsibilitySection {
  readonly year: number;
  readonly charity: CharitySection;
  readonly volunteering: VolunteeringSection;
  readonly b4si: B4siTotals;
}
