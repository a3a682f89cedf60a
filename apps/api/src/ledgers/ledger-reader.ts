import { Injectable } from '@nestjs/common';
import { type ActivityMonth, LEDGER_PAGE_DEFAULT, type LedgerFilter, type PageRequest } from '@tracker/projections';
import type { Caller } from '../auth/current-principal.decorator';
import { BoothModel } from '../booths/booth.model';
import { CoBuildingAgreementModel } from '../co-building-agreements/co-building-agreement.model';
import { DonationCampaignModel } from '../donation-campaigns/donation-campaign.model';
import { ExamSentinelShiftModel } from '../exam-sentinel-shifts/exam-sentinel-shift.model';
import { OrgChartReader } from '../org-units/org-chart.reader';
import { ReliefGrantModel } from '../relief-grants/relief-grant.model';
import { VolunteerActivityModel } from '../volunteer-activities/volunteer-activity.model';
import { type Connection, connectionOf } from './ledger-connection.model';
import { type LedgerKind, ledgerScope } from './ledger-access';
import type { LedgerFilterInput } from './ledger-filter.input';
import { Ledgers } from './ledgers';

/** One page as the API asks for it. */
export interface PageArgs {
  readonly first?: number;
  readonly after?: string;
}

/** The ledger queries of docs/design.md §14: access and scope, then the library's rows as the API's records. */
@Injectable()
export class LedgerReader {
  constructor(
    private readonly ledgers: Ledgers,
    private readonly orgChart: OrgChartReader,
  ) {}

  async volunteerActivities(caller: Caller, input: LedgerFilterInput, program: string | undefined, page: PageArgs): Promise<Connection<VolunteerActivityModel>> {
    const filter = await this.filter(caller, 'volunteerActivities', input);
    return connectionOf(await this.ledgers.queries.volunteerActivities({ ...filter, program }, pageOf(page)), (row) => VolunteerActivityModel.fromRow(row));
  }

  /** 志愿服务 month by month, under the activity ledger's access and scope. */
  async volunteerActivityMonths(caller: Caller, input: Pick<LedgerFilterInput, 'year' | 'orgUnitId'>): Promise<ActivityMonth[]> {
    return this.ledgers.queries.volunteerActivityMonths(await this.filter(caller, 'volunteerActivities', input));
  }

  async coBuildingAgreements(caller: Caller, input: LedgerFilterInput, page: PageArgs): Promise<Connection<CoBuildingAgreementModel>> {
    const filter = await this.filter(caller, 'coBuildingAgreements', input);
    return connectionOf(await this.ledgers.queries.coBuildingAgreements(filter, pageOf(page)), (row) => CoBuildingAgreementModel.fromRow(row));
  }

  async reliefGrants(caller: Caller, input: LedgerFilterInput, page: PageArgs): Promise<Connection<ReliefGrantModel>> {
    const filter = await this.filter(caller, 'reliefGrants', input);
    return connectionOf(await this.ledgers.queries.reliefGrants(filter, pageOf(page)), (row) => ReliefGrantModel.fromRow(row));
  }

  async examSentinelShifts(caller: Caller, input: LedgerFilterInput, page: PageArgs): Promise<Connection<ExamSentinelShiftModel>> {
    const filter = await this.filter(caller, 'examSentinelShifts', input);
    return connectionOf(await this.ledgers.queries.examSentinelShifts(filter, pageOf(page)), (row) => ExamSentinelShiftModel.fromRow(row));
  }

  async donationCampaigns(caller: Caller, input: LedgerFilterInput): Promise<DonationCampaignModel[]> {
    const entries = await this.ledgers.queries.donationCampaigns(await this.filter(caller, 'donationCampaigns', input));
    return entries.map((entry) => DonationCampaignModel.fromRows(entry.campaign, entry.donations));
  }

  async booths(caller: Caller, input: LedgerFilterInput): Promise<BoothModel[]> {
    const entries = await this.ledgers.queries.booths(await this.filter(caller, 'booths', input));
    return entries.map((entry) => BoothModel.fromRows(entry.booth, entry.sessions));
  }

  private async filter(caller: Caller, kind: LedgerKind, input: Pick<LedgerFilterInput, 'year' | 'orgUnitId'> & Partial<LedgerFilterInput>): Promise<LedgerFilter> {
    const scope = ledgerScope(caller.principal, await this.orgChart.current(), kind, input.orgUnitId ?? undefined);
    return { year: input.year, scope, includeVoided: input.includeVoided === true, ...(input.search ? { search: input.search } : {}), ...(input.id ? { id: input.id } : {}) };
  }
}

const pageOf = ({ first, after }: PageArgs): PageRequest => ({ first: first ?? LEDGER_PAGE_DEFAULT, ...(after ? { after } : {}) });
