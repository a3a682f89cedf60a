// 党建翼联 co-building agreement commands.
import type { OrgUnitSnapshot } from '../shared/org-unit-ref';
import type { PartnerKind } from './co-building-agreement.events';

export type SignCoBuildingAgreement = {
  readonly type: 'SignCoBuildingAgreement';
  readonly data: {
    readonly agreementId: string;
    readonly branchId: string;
    /** Resolved by the app from the OrgChart. */
    readonly branch?: OrgUnitSnapshot | null;
    readonly partners: readonly { readonly name: string; readonly kind: PartnerKind }[];
    readonly signedOn: string;
    readonly validUntil?: string | null;
    readonly commitments: readonly string[];
  };
};

export type RenewCoBuildingAgreement = {
  readonly type: 'RenewCoBuildingAgreement';
  readonly data: { readonly agreementId: string; readonly validUntil: string };
};

export type TerminateCoBuildingAgreement = {
  readonly type: 'TerminateCoBuildingAgreement';
  readonly data: { readonly agreementId: string; readonly terminatedOn: string; readonly reason: string };
};

export type CoBuildingAgreementCommand = SignCoBuildingAgreement | RenewCoBuildingAgreement | TerminateCoBuildingAgreement;
