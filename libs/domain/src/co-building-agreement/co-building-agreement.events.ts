// 党建翼联 party-building co-construction agreements between a company party branch (or
// sub-bureau) and community partners: 居委 residents' committees, 街道 subdistricts, other
// organisations' party branches.
import type { CalendarDate } from '../shared/calendar-date';
import type { Event } from '../shared/message';

export const PARTNER_KINDS = ['RESIDENTS_COMMITTEE', 'SUBDISTRICT', 'ENTERPRISE_BRANCH', 'SCHOOL', 'HOSPITAL', 'OTHER'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export type Partner = { readonly name: string; readonly kind: PartnerKind };

export type CoBuildingAgreementSigned = Event<'CoBuildingAgreementSigned', {
  readonly agreementId: string;
  readonly branchId: string;
  readonly branchPath: readonly string[];
  readonly partners: readonly Partner[];
  readonly signedOn: CalendarDate;
  /** Absent for an open-ended agreement. */
  readonly validUntil?: CalendarDate;
  readonly commitments: readonly string[];
}>;

export type CoBuildingAgreementRenewed = Event<'CoBuildingAgreementRenewed', { readonly agreementId: string; readonly validUntil: CalendarDate }>;

export type CoBuildingAgreementTerminated = Event<'CoBuildingAgreementTerminated', { readonly agreementId: string; readonly terminatedOn: CalendarDate; readonly reason: string }>;

export type CoBuildingAgreementEvent = CoBuildingAgreementSigned | CoBuildingAgreementRenewed | CoBuildingAgreementTerminated;

export const CO_BUILDING_AGREEMENT_EVENT_TYPES = [
  'CoBuildingAgreementSigned',
  'CoBuildingAgreementRenewed',
  'CoBuildingAgreementTerminated',
] as const satisfies readonly CoBuildingAgreementEvent['type'][];
