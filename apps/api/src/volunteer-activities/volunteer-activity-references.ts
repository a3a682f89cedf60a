import { Injectable } from '@nestjs/common';
import {
  coBuildingAgreementDecider,
  coBuildingAgreementSnapshot,
  orgUnitSnapshot,
  streamIdFor,
  type CoBuildingAgreementSnapshot,
  type OrgChartState,
  type OrgUnitSnapshot,
} from '@tracker/domain';
import { AggregateLoader } from '../command-handling/aggregate-loader';

/**
 * Snapshots of the records an activity refers to, read when the command arrives: the organizer
 * from the org chart (its path *as it is today* goes into the event) and the 党建翼联 agreement.
 */
@Injectable()
export class ReferenceSnapshots {
  constructor(private readonly loader: AggregateLoader) {}

  organizer(chart: OrgChartState, organizerId: string | undefined | null): OrgUnitSnapshot | null {
    return organizerId ? (orgUnitSnapshot(chart, organizerId) ?? null) : null;
  }

  async agreement(agreementId: string | undefined | null): Promise<CoBuildingAgreementSnapshot | null> {
    if (!agreementId) return null;
    const state = await this.loader.load(streamIdFor('cobuildingagreement', agreementId), coBuildingAgreementDecider);
    return coBuildingAgreementSnapshot(state) ?? null;
  }
}
