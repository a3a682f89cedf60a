// 党建翼联 co-building agreement commands.
import type { OrgUnitSnapshot } from '../shared/org-unit-ref';
import type { PartnerKind } from './co-building-agreement.events';
import type { Command } from '../shared/message';

export type SignCoBuildingAgreement = Command<'SignCoBuildingAgreement', {
  readonly agreementId: string;
  readonly branchId: string;
  /** Resolved by the app from the OrgChart. */
  readonly branch?: OrgUnitSnapshot | null;
  readonly partners: readonly { readonly name: string; readonly kind: PartnerKind }[];
  readonly signedOn: string;
  readonly validUntil?: string | null;
  readonly commitments: readonly string[];
}>;

export type RenewCoBuildingAgreement = Command<'RenewCoBuildingAgreement', { readonly agreementId: string; readonly validUntil: string }>;

export type TerminateCoBuildingAgreement = Command<'TerminateCoBuildingAgreement', { readonly agreementId: string; readonly terminatedOn: string; readonly reason: string }>;

export type CoBuildingAgreementCommand = SignCoBuildingAgreement | RenewCoBuildingAgreement | TerminateCoBuildingAgreement;
